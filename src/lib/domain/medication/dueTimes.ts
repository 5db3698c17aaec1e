/**
 * Due times for dose records that were marked before Tandem stored them (schema 1, backup format 1):
 * worked out once, from the plan and the routine as they are when the data is upgraded, and then
 * kept with the record, so later routine changes leave the past alone.
 */
import type { DoseEvent, Medication, Routine, Schedule } from '../records';
import { slotClock } from './plan';
import { dueInstant, turnClock } from './routineDay';
import { scheduleInForce } from './timeline';
import { instantIn } from './zone';

interface DueTimeInput {
	medications: readonly Medication[];
	schedules: readonly Schedule[];
	routine: Routine;
	timeZone: string;
}

/** The slot a scheduled dose record was for: in the schedule in force on its day, else in any of the medication's. */
function slotOf(event: DoseEvent, input: DueTimeInput) {
	const medication = input.medications.find((candidate) => candidate.id === event.medicationId);
	const inForce = medication ? scheduleInForce({ ...medication, stopDay: null }, input.schedules, event.dueDay) : null;
	const candidates = inForce ? [inForce, ...input.schedules] : input.schedules;
	for (const schedule of candidates) {
		if (schedule.medicationId !== event.medicationId) continue;
		const slot = schedule.slots.find((candidate) => candidate.id === event.slotId);
		if (slot) return slot;
	}
	return null;
}

/** The record with its due time filled in where it is missing and can be known; unchanged otherwise. */
export function withDueTime(event: DoseEvent, input: DueTimeInput, turn = turnClock(input.routine)): DoseEvent {
	if (event.dueAt !== null || event.slotId === null) return event;
	const slot = slotOf(event, input);
	if (!slot) return event;
	const clock = slotClock(slot, input.routine);
	return { ...event, dueAt: instantIn(dueInstant(event.dueDay, clock, turn, input.timeZone), input.timeZone) };
}

export function withDueTimes(events: readonly DoseEvent[], input: DueTimeInput): DoseEvent[] {
	const turn = turnClock(input.routine);
	return events.map((event) => withDueTime(event, input, turn));
}
