/**
 * The medication plan as an iCalendar file (RFC 5545) to import into Apple, Google or Outlook calendars.
 *
 * Guarantees:
 * - The events are the doses the Today timetable shows, from the same plan functions: one recurring event
 *   per schedule, titration step and dose slot. As-needed and paused medicines, doses a taper has brought
 *   to zero and schedules wholly in the past are left out.
 * - Times are wall-clock times in the person's zone (DTSTART;TZID) and the file carries a VTIMEZONE built
 *   from the tz database the app itself uses, so an 08:00 dose stays at 08:00 when the clocks change.
 *   UNTIL and DTSTAMP are UTC, whatever zone the device is in.
 * - A UID names schedule, slot and step only, and SEQUENCE grows with every edit of the schedule or the
 *   medicine, so importing a newer file updates the events instead of duplicating them.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import ical, { ICalAlarmType, ICalEventRepeatingFreq, ICalWeekday, type ICalRepeatingOptions } from 'ical-generator';
import { addDays, formatLocalDay, type LocalDay } from '$lib/domain/dates';
import { formatAmount, medicationDueOn, recurrenceMatches, slotClock, titrationSteps } from '$lib/domain/medication/plan';
import type { PlanStep, Recurrence } from '$lib/domain/medication/plan';
import { isScheduled } from '$lib/domain/medication/timetable';
import { instantAt, localDayIn } from '$lib/domain/medication/zone';
import type { CalendarEvent, Medication, Routine, Schedule } from '$lib/domain/records';

/** What an export records of each event it wrote, so the next export can update or cancel it. */
export type CalendarEventDraft = Omit<CalendarEvent, 'id' | 'createdAt' | 'updatedAt'>;

export interface CalendarFile {
	text: string;
	events: CalendarEventDraft[];
}

export interface CalendarInput {
	medications: Medication[];
	schedules: Schedule[];
	routine: Routine;
	timeZone: string;
	/** ISO instant of the export: DTSTAMP, and "today" for leaving out past schedules. */
	generatedAt: string;
	/** The events earlier exports wrote (the calendarEvents records). */
	previous?: readonly CalendarEvent[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SEQUENCE_EPOCH = Date.parse('2020-01-01T00:00:00Z');
/** Zone changes are listed this far past today for plans without an end; each export renews them. */
const OPEN_ENDED_YEARS = 20;
const WEEKDAYS = [ICalWeekday.SU, ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA];

/** A step's days once clipped; `stepFrom` is the day the plan gives it, `total` the plan's step count. */
type StepRange = PlanStep & { total: number; stepFrom: LocalDay; until: LocalDay | null };

const later = (a: LocalDay, b: LocalDay): LocalDay => (a > b ? a : b);
const earlier = (a: LocalDay | null, b: LocalDay | null): LocalDay | null => (a === null ? b : b === null || a < b ? a : b);

/** Each step's days, clipped to the schedule and to the medicine's start and stop days; empty ones dropped. */
function stepRanges(medication: Medication, schedule: Schedule): StepRange[] {
	const steps = titrationSteps(schedule);
	// Before a plan's first step each slot has its own amount, as amountOn says; that range is step 0.
	const before = { number: 0, from: schedule.from, amounts: schedule.slots.map((slot) => slot.amount) };
	const all = steps.length === 0 || steps[0].from > schedule.from ? [before, ...steps] : steps;
	const start = later(schedule.from, medication.startDay);
	const end = earlier(schedule.until, medication.stopDay);
	return all
		.map((step, index) => {
			const next = all[index + 1];
			const until = earlier(end, next ? addDays(next.from, -1) : null);
			return { ...step, total: steps.length, stepFrom: step.from, from: later(step.from, start), until };
		})
		.filter((range) => range.until === null || range.from <= range.until);
}

/** The first dose day in a range; an every-N-days rhythm only counts from its own first day. */
function firstDoseDay(recurrence: Recurrence, from: LocalDay, until: LocalDay | null): LocalDay | null {
	let day = recurrence.kind === 'everyNDays' ? later(from, recurrence.from) : from;
	// A week, or at most 365 days for every N days, always reaches the next dose day.
	for (let i = 0; i <= 365 && (until === null || day <= until); i++, day = addDays(day, 1)) {
		if (recurrenceMatches(recurrence, day)) return day;
	}
	return null;
}

function describe(range: StepRange): string {
	const from = formatLocalDay(range.stepFrom, 'en-GB');
	const step = range.number > 0 && range.total > 1 ? `Step ${range.number} of ${range.total}, from ${from}. ` : '';
	return `${step}Recorded in Tandem as your prescriber decided.`;
}

/** One recurring event per schedule, step and slot: a slot's doses over one titration step. */
function doseSeries(input: CalendarInput, today: LocalDay) {
	return input.schedules.flatMap((schedule) => {
		const medication = input.medications.find((candidate) => isScheduled(candidate, schedule));
		// Left out when nothing is due from today on: paused, already stopped, or the schedule has ended.
		const current = medication && medicationDueOn(medication, later(medication.startDay, today));
		if (!medication || !current || (schedule.until !== null && schedule.until < today)) return [];
		// Renaming the medicine changes every summary, so its edits count as revisions too.
		const revised = Math.max(Date.parse(schedule.updatedAt), Date.parse(medication.updatedAt));
		const sequence = Math.max(0, Math.floor((revised - SEQUENCE_EPOCH) / 1000));
		const { recurrence } = schedule;
		return stepRanges(medication, schedule).flatMap((range) => {
			const [first, until, description] = [firstDoseDay(recurrence, range.from, range.until), range.until, describe(range)];
			return schedule.slots.flatMap((slot, index) => {
				const amount = range.amounts[index] ?? 0;
				// A taper that has reached zero has no dose to take in that slot.
				if (amount <= 0 || first === null) return [];
				const id = `${schedule.id}-${slot.id}-${range.number}@tandem.invalid`;
				const summary = `${medication.name} ${formatAmount(amount, medication.unit)}`;
				const event = { id, sequence, summary, description };
				return [{ event, first, until, clock: slotClock(slot, input.routine), recurrence }];
			});
		});
	});
}

function repeating(recurrence: Recurrence, until: number | null): ICalRepeatingOptions {
	const rule: ICalRepeatingOptions =
		recurrence.kind === 'weekdays'
			? { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [...new Set(recurrence.days)].sort().map((day) => WEEKDAYS[day]) }
			: { freq: ICalEventRepeatingFreq.DAILY, ...(recurrence.kind === 'everyNDays' ? { interval: recurrence.n } : {}) };
	// A plain Date: with no calendar-wide zone set, ical-generator writes it as UTC, as RFC 5545 requires.
	return until === null ? rule : { ...rule, until: new Date(until) };
}

function offsetText(minutes: number): string {
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60) * 100 + (abs % 60)).padStart(4, '0')}`;
}

/** The first minute in (low, high] whose offset differs from low's, when the zone changed once between. */
function changeBetween(offset: (ms: number) => number, low: number, high: number): number {
	const was = offset(low);
	while (high - low > MINUTE) {
		const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
		if (offset(middle) === was) low = middle;
		else high = middle;
	}
	return high;
}

/**
 * The zone's VTIMEZONE with every change from `fromYear` to `toYear` listed, read from the same tz
 * database as the rest of the app (through Intl), so no bundled rule table can go stale.
 */
function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
	const offset = (ms: number) => tzOffset(timeZone, new Date(ms));
	const start = Date.UTC(fromYear, 0, 1);
	const changes: { at: number; from: number; to: number }[] = [];
	for (let day = start, end = Date.UTC(toYear + 1, 0, 1); day < end; day += DAY) {
		const [from, to] = [offset(day), offset(day + DAY)];
		if (from !== to) changes.push({ at: changeBetween(offset, day, day + DAY), from, to });
	}
	const initial = offset(start);
	const initialKind = changes[0] && changes[0].to < changes[0].from ? 'DAYLIGHT' : 'STANDARD';
	const observance = (at: number, from: number, to: number, kind = to > from ? 'DAYLIGHT' : 'STANDARD') => [
		`BEGIN:${kind}`,
		// An onset is the local time the change happens, read with the offset before it.
		`DTSTART:${new Date(at + from * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '')}`,
		`TZOFFSETFROM:${offsetText(from)}`,
		`TZOFFSETTO:${offsetText(to)}`,
		`END:${kind}`
	];
	const observances = [observance(start, initial, initial, initialKind), ...changes.map((c) => observance(c.at, c.from, c.to))];
	return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances.flat(), 'END:VTIMEZONE'].join('\r\n');
}

export function buildCalendar(input: CalendarInput): CalendarFile {
	const { timeZone } = input;
	const generatedAt = Date.parse(input.generatedAt);
	const today = localDayIn(generatedAt, timeZone);
	const series = doseSeries(input, today);
	const calendar = ical({ name: 'Tandem medication', prodId: { company: 'Tandem', product: 'Medication plan', language: 'EN' } });
	for (const dose of series) {
		const start = instantAt(dose.first, dose.clock, timeZone);
		// UNTIL is the last moment of the range's last day, so that day's dose is the last one.
		const until = dose.until === null ? null : instantAt(addDays(dose.until, 1), '00:00', timeZone) - 1000;
		calendar.createEvent({
			...dose.event,
			stamp: new Date(generatedAt),
			// TZDate, not Date: ical-generator reads its wall clock in the zone rather than the device's.
			start: new TZDate(start, timeZone),
			end: new TZDate(start + 5 * MINUTE, timeZone),
			timezone: timeZone,
			repeating: repeating(dose.recurrence, until),
			alarms: [{ type: ICalAlarmType.display, trigger: 0 }]
		});
	}
	const years = series.flatMap((dose) => [dose.first, dose.until ?? today]).map((day) => Number(day.slice(0, 4)));
	const openEnded = series.some((dose) => dose.until === null);
	const [fromYear, toYear] = [Math.min(...years), Math.max(...years) + (openEnded ? OPEN_ENDED_YEARS : 0)];
	// Named per event rather than calendar-wide, so DTSTAMP and UNTIL are written in UTC.
	calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) });
	return { text: calendar.toString(), events: [] };
}

export interface ReminderDose {
	medication: string;
	at: string;
	amount: number;
	unit: string;
}

/**
 * A supporter's calendar of someone's next doses, to remind them: one single event per dose at its
 * instant (UTC, so it is right in any zone), with an alert at that time. UIDs name the owner's board
 * and the dose's instant, so exporting again updates the same events.
 */
export function buildReminderCalendar(input: {
	ownerName: string;
	boardId: string;
	doses: ReminderDose[];
	generatedAt: string;
}): string {
	const calendar = ical({
		name: `${input.ownerName}’s doses`,
		prodId: { company: 'Tandem', product: 'Dose reminders', language: 'EN' }
	});
	for (const dose of input.doses) {
		const start = Date.parse(dose.at);
		calendar.createEvent({
			id: `tandem-board-${input.boardId}-${dose.medication}-${dose.at}@tandem.local`,
			stamp: new Date(input.generatedAt),
			start: new Date(start),
			end: new Date(start + 5 * MINUTE),
			summary: `Remind ${input.ownerName}: ${dose.medication} ${formatAmount(dose.amount, dose.unit)}`,
			alarms: [{ type: ICalAlarmType.display, trigger: 0 }]
		});
	}
	return calendar.toString();
}
