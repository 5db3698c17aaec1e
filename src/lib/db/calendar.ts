/**
 * The calendar events Tandem has exported: every UID a .ics file held, with the SEQUENCE last written for
 * it and the days it covered, so the next export can update, shorten or cancel what a calendar still has
 * (src/lib/pwa/calendarHistory.ts). Like every table, it is part of the backup.
 *
 * Invariant: the records of one export are written in one transaction, and a UID's SEQUENCE only rises:
 * a write that would not raise it changes nothing.
 */
import * as v from 'valibot';
import { instantOf } from '$lib/domain/dates';
import { CalendarEventSchema, type CalendarEvent, type Medication, type Routine, type Schedule } from '$lib/domain/records';
import { DEFAULT_ROUTINE, SETTINGS_ID } from '$lib/domain/settings';
import { database, newId } from './database';

export type CalendarEventDraft = Omit<CalendarEvent, 'id' | 'createdAt' | 'updatedAt'>;

export interface CalendarExportSource {
	medications: Medication[];
	schedules: Schedule[];
	routine: Routine;
	/** What earlier exports wrote for these medications. */
	previous: CalendarEvent[];
}

/** The plan, the routine and the earlier exports, read together: of one medication, or of all. */
export async function calendarExportSource(medicationId?: string): Promise<CalendarExportSource> {
	const db = database();
	return db.transaction('r', [db.medications, db.schedules, db.settings, db.calendarEvents], async () => {
		const medication = medicationId === undefined ? undefined : await db.medications.get(medicationId);
		if (medicationId !== undefined && !medication) throw new Error('That medication is no longer on this device.');
		const [medications, schedules, previous] = medication
			? [
					[medication],
					await db.schedules.where('medicationId').equals(medication.id).toArray(),
					await db.calendarEvents.where('medicationId').equals(medication.id).toArray()
				]
			: [await db.medications.toArray(), await db.schedules.toArray(), await db.calendarEvents.toArray()];
		const routine = (await db.settings.get(SETTINGS_ID))?.routine ?? DEFAULT_ROUTINE;
		return { medications, schedules, routine, previous };
	});
}

/** Keeps what an export wrote, after the file is built and before it is handed to the browser. */
export async function recordCalendarExport(events: readonly CalendarEventDraft[], now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.calendarEvents, async () => {
		const stored = await db.calendarEvents
			.where('uid')
			.anyOf(events.map((event) => event.uid))
			.toArray();
		const byUid = new Map(stored.map((record) => [record.uid, record]));
		const records = events.map((event) => {
			const known = byUid.get(event.uid);
			// Two downloads at once would write the same SEQUENCE twice; a calendar would ignore the second file.
			if (known && known.sequence >= event.sequence) {
				throw new Error('Another calendar download was saved at the same moment. Please download it again.');
			}
			const checked = v.safeParse(CalendarEventSchema, {
				...event,
				id: known?.id ?? newId(),
				createdAt: known?.createdAt ?? at,
				updatedAt: at
			});
			if (!checked.success) throw new Error(`The calendar could not be saved: ${checked.issues[0].message}.`);
			return checked.output;
		});
		await db.calendarEvents.bulkPut(records);
	});
}
