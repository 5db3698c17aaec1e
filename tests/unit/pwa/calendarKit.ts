/**
 * The calendar tests' shared steps: a plan changed through timeline.ts as the app changes it, exports
 * made one after another with the records the earlier ones left (as src/lib/db/calendar.ts keeps them),
 * and the two sides compared — the doses a calendar holds after importing the files, and the doses
 * Today's timetable shows — as lines "instant summary".
 */
import { addDays, type LocalDay } from '$lib/domain/dates';
import { formatAmount, type ScheduleDraft } from '$lib/domain/medication/plan';
import { routineDayEnd, routineDayOf, turnClock } from '$lib/domain/medication/routineDay';
import { planEdit, startPlan, type PlanOperation } from '$lib/domain/medication/timeline';
import { timetableFor } from '$lib/domain/medication/timetable';
import type { CalendarEvent, Medication, Routine, Schedule } from '$lib/domain/records';
import { buildCalendar, type CalendarFile, type CalendarInput } from '$lib/pwa/calendar';
import { occurrencesBetween, type HeldCalendar } from '../../fixtures/icalApply';

export interface Plan {
	medications: Medication[];
	schedules: Schedule[];
}

let serial = 0;
const stampAt = (at: string) => ({ at, newId: () => `schedule-${serial++}` });

/** A plan with one more medication, started on its first day under `draft`. */
export function withMedication(plan: Plan, medication: Medication, draft: ScheduleDraft, at: string): Plan {
	const recorded = { ...medication, createdAt: at, updatedAt: at };
	return {
		medications: [...plan.medications, recorded],
		schedules: [...plan.schedules, startPlan(recorded, { ...draft, from: recorded.startDay }, stampAt(at))]
	};
}

/** The plan after one operation, applied the way src/lib/db/medications.ts applies it (throws when refused). */
export function operate(plan: Plan, medicationId: string, operation: PlanOperation, at: string): Plan {
	const medication = plan.medications.find((candidate) => candidate.id === medicationId);
	if (!medication) throw new Error(`no medication ${medicationId}`);
	const edit = planEdit(medication, plan.schedules, operation, stampAt(at));
	const removed = new Set(edit.remove);
	const put = new Map(edit.put.map((schedule) => [schedule.id, schedule]));
	return {
		medications: plan.medications.map((candidate) => (candidate.id === medicationId ? edit.medication : candidate)),
		schedules: [...plan.schedules.filter((schedule) => !removed.has(schedule.id) && !put.has(schedule.id)), ...put.values()]
	};
}

export type ExportSettings = Pick<CalendarInput, 'routine' | 'timeZone'>;

/** Exports in order, each with the records the earlier ones left, as the database keeps them. */
export class Exports {
	records: CalendarEvent[] = [];
	readonly files: CalendarFile[] = [];

	constructor(readonly settings: ExportSettings) {}

	export(plan: Plan, generatedAt: string): CalendarFile {
		const file = buildCalendar({ ...plan, ...this.settings, generatedAt, previous: this.records });
		const byUid = new Map(this.records.map((record) => [record.uid, record]));
		for (const event of file.events) {
			const known = byUid.get(event.uid);
			byUid.set(event.uid, {
				...event,
				id: known?.id ?? event.uid,
				createdAt: known?.createdAt ?? generatedAt,
				updatedAt: generatedAt
			});
		}
		this.records = [...byUid.values()];
		this.files.push(file);
		return file;
	}
}

/** The instants from the start of routine day `first` to the end of routine day `last`. */
export interface Window {
	first: LocalDay;
	last: LocalDay;
	from: number;
	to: number;
}

export function windowOf(first: LocalDay, last: LocalDay, routine: Routine, timeZone: string): Window {
	const turn = turnClock(routine);
	return { first, last, from: routineDayEnd(addDays(first, -1), turn, timeZone), to: routineDayEnd(last, turn, timeZone) };
}

/** From the routine day of `generatedAt` on, for `days` days. */
export function windowAfter(generatedAt: string, days: number, settings: ExportSettings): Window {
	const today = routineDayOf(Date.parse(generatedAt), turnClock(settings.routine), settings.timeZone);
	return windowOf(today, addDays(today, days - 1), settings.routine, settings.timeZone);
}

const line = (at: number, summary: string) => `${new Date(at).toISOString()} ${summary}`;

/** The doses the calendar holds in the window, and those of them that would not ring (no alarm). */
export function calendarDoses(held: HeldCalendar, window: Window): { lines: string[]; silent: string[] } {
	const found = occurrencesBetween(held, window.from, window.to);
	return {
		lines: found.map((dose) => line(dose.at, dose.summary)).sort(),
		silent: found.filter((dose) => !dose.alarm).map((dose) => line(dose.at, dose.summary))
	};
}

/** The doses the calendar holds in the window. */
export function calendarLines(held: HeldCalendar, window: Window): string[] {
	return calendarDoses(held, window).lines;
}

/** The doses Today's timetable shows in the window, by their due instants. */
export function timetableLines(plan: Plan, settings: ExportSettings, window: Window): string[] {
	const lines: string[] = [];
	// A day either side: a dose belongs to the window by its instant, whatever the clocks did that night.
	for (let day = addDays(window.first, -1); day <= addDays(window.last, 1); day = addDays(day, 1)) {
		for (const entry of timetableFor(day, { ...plan, ...settings, events: [], now: 0 })) {
			if (entry.dueAt >= window.from && entry.dueAt < window.to) {
				lines.push(line(entry.dueAt, `${entry.medication.name} ${formatAmount(entry.amount, entry.unit)}`));
			}
		}
	}
	return lines.sort();
}
