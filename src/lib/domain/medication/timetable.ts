/**
 * The Today timetable: every scheduled dose due on a day, in time order, with its status. A dose
 * belongs to the day it was due, whenever it was taken; a dose not marked by the end of its day is
 * shown as missed, never dropped. Days are the routine's days (routineDay.ts): a bedtime after
 * midnight is the last dose of its day, and the day ends when the night is half over.
 */
import type { LocalDay } from '../dates';
import type { DoseEvent, Medication, Routine, RoutineMoment, Schedule } from '../records';
import { DEFAULT_ON_TIME_MINUTES, ROUTINE_LABELS } from '../settings';
import { doseTiming, takenTiming, type DoseTiming } from './doseTiming';
import { amountOn, medicationDueOn, recurrenceMatches, slotClock, stepOn, weekdayOf, type DoseSlot } from './plan';
import { dueInstant, routineDayEnd, turnClock } from './routineDay';
import { scheduleInForce } from './timeline';

/** `late`: past its on-time window with nothing recorded, while its day lasts; `missed` once the day is over. */
export type DoseStatus = 'taken' | 'skipped' | 'missed' | 'late' | 'due' | 'upcoming';

export interface TimetableEntry {
	/** `${scheduleId}:${slotId}:${day}` */
	key: string;
	medication: Medication;
	schedule: Schedule;
	slot: DoseSlot;
	slotIndex: number;
	day: LocalDay;
	clock: string;
	dueAt: number;
	moment: RoutineMoment | null;
	amount: number;
	unit: string;
	step: { number: number; total: number } | null;
	atClinic: boolean;
	status: DoseStatus;
	event: DoseEvent | null;
	/** How a taken dose was timed against its due time (doseTiming.ts); null until it is taken. */
	timing: DoseTiming | null;
}

export interface TimetableInput {
	medications: Medication[];
	schedules: Schedule[];
	events: DoseEvent[];
	routine: Routine;
	now: number;
	timeZone: string;
	/** The on-time window either side of a due time (Settings); the default setting when not given. */
	onTimeMinutes?: number;
}

/** Dose records by medication, slot and due day: a dose is matched by the day it was due, never by when it was taken. */
export type EventIndex = Map<string, Map<string, Map<LocalDay, DoseEvent>>>;

/** A record updated later replaces an earlier one for the same dose (taken, then undone and skipped). */
function isNewer(event: DoseEvent, known: DoseEvent): boolean {
	return Date.parse(event.updatedAt) >= Date.parse(known.updatedAt);
}

export function indexEvents(events: readonly DoseEvent[]): EventIndex {
	const index: EventIndex = new Map();
	for (const event of events) {
		if (event.slotId === null) continue;
		let bySlot = index.get(event.medicationId);
		if (!bySlot) index.set(event.medicationId, (bySlot = new Map()));
		let byDay = bySlot.get(event.slotId);
		if (!byDay) bySlot.set(event.slotId, (byDay = new Map()));
		const known = byDay.get(event.dueDay);
		if (!known || isNewer(event, known)) byDay.set(event.dueDay, event);
	}
	return index;
}

/** The records of one slot by due day (undefined when it has none). */
export function slotEvents(index: EventIndex, medicationId: string, slotId: string): Map<LocalDay, DoseEvent> | undefined {
	return index.get(medicationId)?.get(slotId);
}

/** Scheduled, not as-needed: PRN doses are taken on demand and never appear in the timetable. */
export function isScheduled(medication: Medication, schedule: Schedule): boolean {
	return !medication.asNeeded && schedule.prn === null && schedule.medicationId === medication.id;
}

/** Observed dosing at the clinic on every day that is not a take-home day. */
export function atClinicOn(medication: Medication, schedule: Schedule, day: LocalDay): boolean {
	return medication.clinicDispensed && !schedule.takeHomeDays.includes(weekdayOf(day));
}

/**
 * The status a dose has without a record: missed once its (routine) day is over, late once past its
 * on-time window (the same rule adherence counts by), due once its time has come.
 */
export function statusWithoutEvent(
	day: LocalDay,
	dueAt: number,
	now: number,
	turn: string,
	timeZone: string,
	windowMinutes = DEFAULT_ON_TIME_MINUTES
): DoseStatus {
	if (now >= routineDayEnd(day, turn, timeZone)) return 'missed';
	if (doseTiming(dueAt, now, windowMinutes).kind === 'late') return 'late';
	return now >= dueAt ? 'due' : 'upcoming';
}

function byTimeThenName(a: TimetableEntry, b: TimetableEntry): number {
	return a.dueAt - b.dueAt || a.medication.name.localeCompare(b.medication.name) || a.slotIndex - b.slotIndex;
}

export function timetableFor(day: LocalDay, input: TimetableInput): TimetableEntry[] {
	const events = indexEvents(input.events);
	const turn = turnClock(input.routine);
	const window = input.onTimeMinutes ?? DEFAULT_ON_TIME_MINUTES;
	const entries: TimetableEntry[] = [];
	for (const medication of input.medications) {
		if (medication.asNeeded || !medicationDueOn(medication, day)) continue;
		const schedule = scheduleInForce(medication, input.schedules, day);
		if (!schedule || !isScheduled(medication, schedule) || !recurrenceMatches(schedule.recurrence, day)) continue;
		const step = stepOn(schedule, day);
		schedule.slots.forEach((slot, slotIndex) => {
			const amount = amountOn(schedule, slotIndex, day);
			// A taper that has reached zero has no dose to take in that slot.
			if (amount === null || amount <= 0) return;
			const clock = slotClock(slot, input.routine);
			const dueAt = dueInstant(day, clock, turn, input.timeZone);
			const event = slotEvents(events, medication.id, slot.id)?.get(day) ?? null;
			entries.push({
				key: `${schedule.id}:${slot.id}:${day}`,
				medication,
				schedule,
				slot,
				slotIndex,
				day,
				clock,
				dueAt,
				moment: slot.anchor,
				amount,
				unit: medication.unit,
				step: step && step.total > 1 ? { number: step.number, total: step.total } : null,
				atClinic: atClinicOn(medication, schedule, day),
				status: event ? event.status : statusWithoutEvent(day, dueAt, input.now, turn, input.timeZone, window),
				event,
				timing: event ? takenTiming(event, dueAt, window) : null
			});
		});
	}
	return entries.sort(byTimeThenName);
}

export interface MomentGroup {
	label: string;
	moment: RoutineMoment | null;
	clock: string;
	entries: TimetableEntry[];
}

/** Doses at a routine moment travel together (moving breakfast moves them); clock-time doses by time. */
function groupKey(entry: TimetableEntry): string {
	return entry.moment ?? `@${entry.clock}`;
}

export function groupByMoment(entries: readonly TimetableEntry[]): MomentGroup[] {
	const groups = new Map<string, MomentGroup>();
	for (const entry of entries) {
		const key = groupKey(entry);
		let group = groups.get(key);
		if (!group) {
			const label = entry.moment ? ROUTINE_LABELS[entry.moment] : entry.clock;
			group = { label, moment: entry.moment, clock: entry.clock, entries: [] };
			groups.set(key, group);
		}
		group.entries.push(entry);
	}
	return [...groups.values()];
}

/** The first group of a day's doses: what is shown at night as "tomorrow's first doses". */
export function firstDosesOf(day: LocalDay, input: TimetableInput): TimetableEntry[] {
	return groupByMoment(timetableFor(day, input))[0]?.entries ?? [];
}
