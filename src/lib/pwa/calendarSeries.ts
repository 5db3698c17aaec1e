/**
 * The plan as calendar events: the doses the Today timetable shows, from the same functions.
 *
 * Guarantees:
 * - The plan is read through timeline.ts (`planSegments`): one schedule in force a day, clipped to the
 *   medicine's first and last days. As-needed medicines and doses a taper has brought to zero are left out.
 * - One recurring series per schedule segment, titration step and dose slot. Doses are placed as Today
 *   places them (routineDay.ts): a bedtime after midnight is the last dose of the routine day before and
 *   falls on the next calendar day, so the series and its rhythm move a day on.
 * - A series never starts on a day whose wall time the clocks skip or repeat, and the days in it from
 *   `today` on where they do are left out of it (EXDATE) and written as single events at the instant
 *   Today shows (the first moment after the gap, or the first of the two).
 */
import { addDays, formatLocalDay, type LocalDay } from '$lib/domain/dates';
import { formatAmount, recurrenceMatches, slotClock, titrationSteps } from '$lib/domain/medication/plan';
import type { PlanStep, Recurrence } from '$lib/domain/medication/plan';
import { calendarDayOf, turnClock } from '$lib/domain/medication/routineDay';
import { planSegments, type Segment } from '$lib/domain/medication/timeline';
import { isScheduled } from '$lib/domain/medication/timetable';
import { clockIn, instantAt } from '$lib/domain/medication/zone';
import type { Medication, Routine, Schedule } from '$lib/domain/records';
import type { ZoneChanges } from './calendarZone';

/** One event of the file, before it meets the exports that came before it. */
export interface PlannedEvent {
	uid: string;
	medicationId: string;
	summary: string;
	description: string;
	/** The wall clock the event starts at. */
	clock: string;
	/** Calendar days of the first and the last dose (null: no end). */
	firstDay: LocalDay;
	lastDay: LocalDay | null;
	/** The rhythm on the calendar's days; null for a single dose. */
	recurrence: Recurrence | null;
	/** Days of the series a calendar must skip: their doses are single events of their own. */
	exclude: LocalDay[];
	/** A single dose's instant (epoch ms); null for a series. */
	at: number | null;
}

export interface PlanInput {
	medications: readonly Medication[];
	schedules: readonly Schedule[];
	routine: Routine;
}

/** Doses on days the clocks change get events of their own this many years ahead; each export renews them. */
const SEPARATE_DOSE_YEARS = 5;

/** A step's days within one segment; `stepFrom` is the day the plan gives it, `total` the plan's step count. */
type StepRange = PlanStep & { total: number; stepFrom: LocalDay; until: LocalDay | null };

const later = (a: LocalDay, b: LocalDay): LocalDay => (a > b ? a : b);
const earlier = (a: LocalDay | null, b: LocalDay | null): LocalDay | null => (a === null ? b : b === null || a < b ? a : b);
const compact = (day: LocalDay) => day.replace(/-/g, '');

/** Each step's days, clipped to the segment; empty ones dropped. */
function stepRanges(segment: Segment): StepRange[] {
	const { schedule } = segment;
	const steps = titrationSteps(schedule);
	// Before a plan's first step each slot has its own amount, as amountOn says; that range is step 0.
	const before = { number: 0, from: schedule.from, amounts: schedule.slots.map((slot) => slot.amount) };
	const all = steps.length === 0 || steps[0].from > schedule.from ? [before, ...steps] : steps;
	return all
		.map((step, index) => {
			const next = all[index + 1];
			const until = earlier(segment.until, next ? addDays(next.from, -1) : null);
			return { ...step, total: steps.length, stepFrom: step.from, from: later(step.from, segment.from), until };
		})
		.filter((range) => range.until === null || range.from <= range.until);
}

/** The first dose day in [from, until]; an every-N-days rhythm only counts from its own first day. */
function firstDoseDay(recurrence: Recurrence, from: LocalDay, until: LocalDay | null): LocalDay | null {
	let day = recurrence.kind === 'everyNDays' ? later(from, recurrence.from) : from;
	// A week, or at most 365 days for every N days, always reaches the next dose day.
	for (let i = 0; i <= 365 && (until === null || day <= until); i++, day = addDays(day, 1)) {
		if (recurrenceMatches(recurrence, day)) return day;
	}
	return null;
}

/** The last dose day in [from, until]. */
function lastDoseDay(recurrence: Recurrence, from: LocalDay, until: LocalDay): LocalDay | null {
	for (let i = 0, day = until; i <= 365 && day >= from; i++, day = addDays(day, -1)) {
		if (recurrenceMatches(recurrence, day)) return day;
	}
	return null;
}

/** The rhythm moved `shift` days on: a routine day's dose after midnight is on the next calendar day. */
function shifted(recurrence: Recurrence, shift: number): Recurrence {
	if (shift === 0 || recurrence.kind === 'daily') return recurrence;
	if (recurrence.kind === 'weekdays') return { kind: 'weekdays', days: recurrence.days.map((day) => (day + shift) % 7) };
	return { ...recurrence, from: addDays(recurrence.from, shift) };
}

function describe(range: StepRange): string {
	const from = formatLocalDay(range.stepFrom, 'en-GB');
	const step = range.number > 0 && range.total > 1 ? `Step ${range.number} of ${range.total}, from ${from}. ` : '';
	return `${step}Recorded in Tandem as your prescriber decided.`;
}

/** Why a dose on a change day is an event of its own. */
function changeNote(occurrences: 0 | 2, clock: string, at: string): string {
	return occurrences === 0
		? ` The clocks go forward that night and skip ${clock}, so this dose is at ${at}.`
		: ` The clocks go back that night and ${clock} comes twice; this dose is at the first.`;
}

interface Series {
	base: string;
	medicationId: string;
	summary: string;
	description: string;
	clock: string;
	recurrence: Recurrence;
	first: LocalDay;
	last: LocalDay | null;
}

/**
 * A series, started on its first dose day whose wall time exists once, with its doses on days the
 * clocks skip or repeat it — from `today` to the horizon — taken out and written as single events.
 */
function placed(series: Series, zone: ZoneChanges, today: LocalDay, horizon: LocalDay): PlannedEvent[] {
	const { base, medicationId, summary, description, clock, recurrence, first, last } = series;
	let start: LocalDay | null = first;
	while (start !== null && zone.occurrences(start, clock) !== 1) start = firstDoseDay(recurrence, addDays(start, 1), last);
	const isDoseDay = (day: LocalDay) => day >= first && (last === null || day <= last) && recurrenceMatches(recurrence, day);
	const changed = zone
		.changeDays(later(first, today), earlier(last, horizon)!)
		.filter(isDoseDay)
		.map((day) => ({ day, times: zone.occurrences(day, clock) }))
		.filter(({ times }) => times !== 1);
	const singles = changed.map(({ day, times }): PlannedEvent => {
		const at = instantAt(day, clock, zone.timeZone);
		const shown = clockIn(at, zone.timeZone);
		return {
			uid: `${base}-${compact(day)}@tandem.invalid`,
			medicationId,
			summary,
			description: description + changeNote(times === 0 ? 0 : 2, clock, shown),
			clock: shown,
			firstDay: day,
			lastDay: day,
			recurrence: null,
			exclude: [],
			at
		};
	});
	if (start === null) return singles;
	const exclude = changed.map(({ day }) => day).filter((day) => day > start);
	const whole = { uid: `${base}@tandem.invalid`, medicationId, summary, description, clock, firstDay: start, lastDay: last };
	return [{ ...whole, recurrence, exclude, at: null }, ...singles];
}

/** Every event the plan gives, past ones too; `today` is the routine day the export is made on. */
export function plannedEvents(input: PlanInput, zone: ZoneChanges, today: LocalDay): PlannedEvent[] {
	const turn = turnClock(input.routine);
	const horizon = addDays(today, SEPARATE_DOSE_YEARS * 366);
	return input.medications.flatMap((medication) => {
		// A stop recorded without a day (never written by Tandem) leaves no dose due, as Today says.
		if (medication.asNeeded || (medication.status === 'stopped' && medication.stopDay === null)) return [];
		const segments = planSegments(medication, input.schedules);
		return segments.flatMap((segment) => {
			const { schedule } = segment;
			if (!isScheduled(medication, schedule)) return [];
			// Data from before one schedule a day can split a schedule; each piece is its own event.
			const pieces = segments.filter((other) => other.schedule.id === schedule.id);
			const piece = pieces.length > 1 ? `.${compact(segment.from)}` : '';
			return stepRanges(segment).flatMap((range) => {
				const first = firstDoseDay(schedule.recurrence, range.from, range.until);
				const last = range.until === null ? null : lastDoseDay(schedule.recurrence, range.from, range.until);
				if (first === null) return [];
				return schedule.slots.flatMap((slot, index) => {
					const amount = range.amounts[index] ?? 0;
					// A taper that has reached zero has no dose to take in that slot.
					if (amount <= 0) return [];
					const clock = slotClock(slot, input.routine);
					const shift = calendarDayOf(first, clock, turn) === first ? 0 : 1;
					const series: Series = {
						base: `${schedule.id}${piece}-${slot.id}-${range.number}`,
						medicationId: medication.id,
						summary: `${medication.name} ${formatAmount(amount, medication.unit)}`,
						description: describe(range),
						clock,
						recurrence: shifted(schedule.recurrence, shift),
						first: addDays(first, shift),
						last: last === null ? null : addDays(last, shift)
					};
					return placed(series, zone, today, horizon);
				});
			});
		});
	});
}
