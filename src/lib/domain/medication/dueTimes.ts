/**
 * Due times for dose records that were marked before Tandem stored them (schema 1, backup format 1):
 * worked out once, from the plan and the routine as they are when the data is upgraded, and then
 * kept with the record, so later routine changes leave the past alone.
 */
import type { DoseEvent, Medication, Routine, Schedule } from '../records';
import { slotClock, type DoseSlot } from './plan';
import { dueInstant, turnClock } from './routineDay';
import { planSegments, segmentOn, type Segment } from './timeline';
import { instantIn } from './zone';

interface DueTimeInput {
	medications: readonly Medication[];
	schedules: readonly Schedule[];
	routine: Routine;
	timeZone: string;
}

/**
 * Finds the slot a scheduled dose record was for: in the schedule in force on its day, else in any of
 * the medication's schedules. Each medication's plan is worked out once, so ten years of doses stay quick.
 */
function slotFinder(input: DueTimeInput): (event: DoseEvent) => DoseSlot | null {
	const segments = new Map<string, Segment[]>();
	const anySlot = new Map<string, DoseSlot>();
	for (const schedule of input.schedules) {
		for (const slot of schedule.slots) anySlot.set(`${schedule.medicationId}:${slot.id}`, slot);
	}
	for (const medication of input.medications) {
		segments.set(medication.id, planSegments({ ...medication, stopDay: null }, input.schedules));
	}
	return (event) => {
		const inForce = segmentOn(segments.get(event.medicationId) ?? [], event.dueDay)?.schedule;
		return (
			inForce?.slots.find((slot) => slot.id === event.slotId) ?? anySlot.get(`${event.medicationId}:${event.slotId}`) ?? null
		);
	};
}

/** The records with their due times filled in where missing and knowable; others unchanged. */
export function withDueTimes(events: readonly DoseEvent[], input: DueTimeInput): DoseEvent[] {
	if (events.every((event) => event.dueAt !== null || event.slotId === null)) return [...events];
	const turn = turnClock(input.routine);
	const slotOf = slotFinder(input);
	return events.map((event) => {
		if (event.dueAt !== null || event.slotId === null) return event;
		const slot = slotOf(event);
		if (!slot) return event;
		const clock = slotClock(slot, input.routine);
		return { ...event, dueAt: instantIn(dueInstant(event.dueDay, clock, turn, input.timeZone), input.timeZone) };
	});
}
