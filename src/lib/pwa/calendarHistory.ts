/**
 * What an export writes, given the events earlier exports wrote (the calendarEvents records).
 *
 * Importing a file only adds or updates events, so a file that simply left out what left the plan would
 * leave it ringing. Guarantees:
 * - Every event of the plan that has a dose today or later is written.
 * - SEQUENCE rises with every export that writes a UID: above the one stored for it, and never below the
 *   export's own time in seconds since 2020 (what files before these records used, and a safe floor after a
 *   restore brings back older records), so a calendar always takes the newer file's version.
 * - A UID an earlier file wrote with days from today on is written again: with its new range if the plan
 *   still has it (a stop or a change shortens it; one wholly past gets no alarm), or, if it left the plan,
 *   as STATUS:CANCELLED with no alarm and one occurrence already past, so even a calendar that ignores the
 *   cancellation keeps nothing ahead. Its record keeps the furthest day any file gave it, and it is written
 *   again in every export while that day is ahead, so a calendar that missed a file is put right by the next.
 */
import { addDays, type LocalDay } from '$lib/domain/dates';
import { instantAt } from '$lib/domain/medication/zone';
import type { CalendarEvent } from '$lib/domain/records';
import type { PlannedEvent } from './calendarSeries';

/** What an export records of each event it wrote. */
export type CalendarEventDraft = Omit<CalendarEvent, 'id' | 'createdAt' | 'updatedAt'>;

export interface WrittenEvent {
	event: PlannedEvent;
	sequence: number;
	cancelled: boolean;
	alarm: boolean;
	record: CalendarEventDraft;
}

export interface ExportMoment {
	/** Epoch ms of the export. */
	generatedAt: number;
	/** The routine day the export is made on: Today's doses from this day on are the plan ahead. */
	today: LocalDay;
	timeZone: string;
}

const SEQUENCE_EPOCH = Date.parse('2020-01-01T00:00:00Z');

/** Whether an event whose last dose day is `lastDay` can still ring from `today` on. */
const canRing = (lastDay: LocalDay | null, today: LocalDay) => lastDay === null || lastDay >= today;

/** The later of two last days, null (no end) beating any. */
const furthest = (a: LocalDay | null, b: LocalDay | null) => (a === null || b === null ? null : a > b ? a : b);

function recordOf(
	event: PlannedEvent,
	sequence: number,
	before: CalendarEvent | undefined,
	timeZone: string
): CalendarEventDraft {
	const { uid, medicationId, summary, firstDay, clock, recurrence } = event;
	// A calendar that missed this file may still hold the longer range an earlier one wrote.
	const lastDay = before ? furthest(before.lastDay, event.lastDay) : event.lastDay;
	return { uid, medicationId, summary, sequence, timeZone, firstDay, clock, recurrence, lastDay, cancelled: false };
}

/** The cancellation of an event that left the plan: a single occurrence the day before the export, silent. */
function cancellation(known: CalendarEvent, sequence: number, moment: ExportMoment): WrittenEvent {
	const day = addDays(moment.today, -1);
	const event: PlannedEvent = {
		uid: known.uid,
		medicationId: known.medicationId,
		summary: `Cancelled: ${known.summary}`,
		description: 'No longer in your plan: Tandem cancelled this reminder.',
		clock: known.clock,
		firstDay: day,
		lastDay: day,
		recurrence: null,
		exclude: [],
		at: instantAt(day, known.clock, moment.timeZone)
	};
	// The record keeps the furthest day the event had, which a calendar that missed this file may still hold.
	const { uid, medicationId, summary, timeZone, firstDay, clock, recurrence, lastDay } = known;
	const record = { uid, medicationId, summary, sequence, timeZone, firstDay, clock, recurrence, lastDay, cancelled: true };
	return { event, sequence, cancelled: true, alarm: false, record };
}

export function reconcile(
	planned: readonly PlannedEvent[],
	previous: readonly CalendarEvent[],
	moment: ExportMoment
): WrittenEvent[] {
	const known = new Map(previous.map((record) => [record.uid, record]));
	const floor = Math.max(0, Math.floor((moment.generatedAt - SEQUENCE_EPOCH) / 1000));
	const sequenceOf = (uid: string) => Math.max((known.get(uid)?.sequence ?? -1) + 1, floor);
	const written: WrittenEvent[] = [];
	for (const event of planned) {
		const before = known.get(event.uid);
		const ahead = canRing(event.lastDay, moment.today);
		// A plan event wholly past is written only to end what an earlier file may still have ringing.
		if (!ahead && !(before && canRing(before.lastDay, moment.today))) continue;
		const sequence = sequenceOf(event.uid);
		written.push({ event, sequence, cancelled: false, alarm: ahead, record: recordOf(event, sequence, before, moment.timeZone) });
	}
	const inPlan = new Set(planned.map((event) => event.uid));
	for (const record of previous) {
		if (inPlan.has(record.uid) || !canRing(record.lastDay, moment.today)) continue;
		written.push(cancellation(record, sequenceOf(record.uid), moment));
	}
	return written;
}
