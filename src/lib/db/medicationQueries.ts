/** Reads of the medication plan, shaped for the screens that use them. */
import type { LocalDay } from '$lib/domain/dates';
import type { CareChange, DoseEvent, Medication, Schedule } from '$lib/domain/records';
import Dexie from 'dexie';
import { database } from './database';

export interface MedicationPlan {
	medications: Medication[];
	schedules: Schedule[];
}

export async function loadPlan(): Promise<MedicationPlan> {
	const db = database();
	return db.transaction('r', db.medications, db.schedules, async () => ({
		medications: await db.medications.orderBy('name').toArray(),
		schedules: await db.schedules.toArray()
	}));
}

/**
 * Dose events due within [from, to] (`to` left open reads to the last one), in day order: one range of the
 * [medicationId+dueDay] index for each medication (schema version 3 keeps no index on the day alone).
 * Every dose event belongs to a known medication (backups are checked for it; medications are never deleted).
 */
export async function doseEventsBetween(from: LocalDay, to: LocalDay | null = null): Promise<DoseEvent[]> {
	const db = database();
	return db.transaction('r', db.medications, db.doseEvents, async () => {
		const medicationIds = await db.medications.toCollection().primaryKeys();
		const perMedication = await Promise.all(
			medicationIds.map((id) =>
				db.doseEvents
					.where('[medicationId+dueDay]')
					.between([id, from], [id, to ?? Dexie.maxKey], true, true)
					.toArray()
			)
		);
		// As the dueDay index gave them: by day, then by id.
		return perMedication
			.flat()
			.sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	});
}

export function careChangesOf(medicationId: string): Promise<CareChange[]> {
	return database().careChanges.where('medicationIds').equals(medicationId).sortBy('day');
}

export function allCareChanges(): Promise<CareChange[]> {
	return database().careChanges.orderBy('day').toArray();
}
