/**
 * Every version of the database schema, oldest first. A version is never edited once released:
 * a change adds a new entry (with an upgrade when data must move) and a fixture database written
 * by the previous version under tests/fixtures/databases, which the migration test opens.
 */
import Dexie, { type Transaction } from 'dexie';
import type { TableName } from '$lib/domain/records';

export interface SchemaVersion {
	version: number;
	/** Tables new in a version are absent from earlier ones. */
	stores: Partial<Record<TableName, string>>;
	upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const schemaVersions: SchemaVersion[] = [
	{
		version: 1,
		stores: {
			settings: 'id',
			contacts: 'id, name, role',
			medications: 'id, name, status',
			schedules: 'id, medicationId',
			doseEvents: 'id, dueDay, [medicationId+dueDay]',
			careChanges: 'id, day, *medicationIds, *goalIds',
			checkins: 'id, &day',
			sideEffects: 'id, at, medicationId',
			assessments: 'id, at, instrument',
			therapySessions: 'id, at',
			agendaItems: 'id, createdAt, sessionId',
			copingUses: 'id, startedAt, tool',
			thoughtRecords: 'id, createdAt',
			safetyPlan: 'id',
			goals: 'id, status, area',
			goalSteps: 'id, goalId, [goalId+order]',
			shares: 'id, contactId, roomId',
			boards: 'id, roomId'
		}
	},
	{
		// One schedule in force per day, dated pauses, due times kept with doses, exported calendar UIDs.
		version: 2,
		stores: {
			calendarEvents: 'id, &uid, medicationId'
		},
		// The upgrade code loads only when an upgrade runs; waitFor keeps the transaction open meanwhile.
		upgrade: (transaction) => Dexie.waitFor(import('./upgrades')).then(({ upgradeToVersion2 }) => upgradeToVersion2(transaction))
	},
	{
		// Dose events lose their `dueDay` index: days are read per medication through [medicationId+dueDay].
		// Dose events are most of what a person stores (40,150 of 46,909 records in ten years), and each
		// index costs Chromium's IndexedDB as much again on every write: a ten-year restore takes a third less.
		version: 3,
		stores: {
			doseEvents: 'id, [medicationId+dueDay]'
		}
	}
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1].version;
