/** Reads of the medication plan, shaped for the screens that use them. */
import type { LocalDay } from '$lib/domain/dates';
import type { CareChange, DoseEvent, Medication, Schedule } from '$lib/domain/records';
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

/** Dose events due within [from, to], read through the dueDay index. */
export function doseEventsBetween(from: LocalDay, to: LocalDay): Promise<DoseEvent[]> {
	return database().doseEvents.where('dueDay').between(from, to, true, true).toArray();
}

export function careChangesOf(medicationId: string): Promise<CareChange[]> {
	return database().careChanges.where('medicationIds').equals(medicationId).sortBy('day');
}

export function allCareChanges(): Promise<CareChange[]> {
	return database().careChanges.orderBy('day').toArray();
}
