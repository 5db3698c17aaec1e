/**
 * Upgrades that move data between schema versions (schema.ts declares them). Each runs inside
 * Dexie's version-change transaction: if it throws, the database stays at the old version, whole.
 */
import type { Transaction } from 'dexie';
import { instantOf, localDayOf } from '$lib/domain/dates';
import { withDueTimes } from '$lib/domain/medication/dueTimes';
import { planEdit, repairOverlaps } from '$lib/domain/medication/timeline';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import type { DoseEvent, Medication, Schedule, Settings } from '$lib/domain/records';
import { DEFAULT_ROUTINE, SETTINGS_ID } from '$lib/domain/settings';

/**
 * Version 2: one schedule in force per medication and day, pauses with a day, and due times kept
 * with dose records.
 * - A paused medication (its pause had no day) stops having doses from the day it was paused.
 * - Schedules that claim the same days (written by the earlier "change from a day" bug) keep only
 *   the days no later-recorded schedule claims.
 * - Every scheduled dose record gets the due time the plan and routine give it now.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
	const at = instantOf(new Date());
	const stamp = { at, newId: () => crypto.randomUUID() };
	const timeZone = deviceTimeZone();
	const schedulesTable = transaction.table<Schedule, string>('schedules');
	const medications = await transaction.table<Medication, string>('medications').toArray();

	for (const medication of medications.filter((candidate) => candidate.status === 'paused')) {
		const own = await schedulesTable.where('medicationId').equals(medication.id).toArray();
		const pausedOn = localDayOf(Date.parse(medication.updatedAt), timeZone);
		const day = pausedOn < medication.startDay ? medication.startDay : pausedOn;
		const edit = planEdit(medication, own, { kind: 'pause', day }, stamp);
		await schedulesTable.bulkDelete(edit.remove);
		await schedulesTable.bulkPut(edit.put);
	}

	const repair = repairOverlaps(await schedulesTable.toArray(), stamp);
	await schedulesTable.bulkDelete(repair.remove);
	await schedulesTable.bulkPut(repair.put);

	const settings = await transaction.table<Settings, string>('settings').get(SETTINGS_ID);
	const input = {
		medications,
		schedules: await schedulesTable.toArray(),
		routine: settings?.routine ?? DEFAULT_ROUTINE,
		timeZone
	};
	const events = transaction.table<DoseEvent, string>('doseEvents');
	const filled = withDueTimes(
		(await events.toArray()).map((event) => ({ ...event, dueAt: event.dueAt ?? null })),
		input
	);
	await events.bulkPut(filled);
}
