/**
 * Reading every table out, and replacing every table from a validated backup.
 *
 * Invariant: restore and delete run in one read-write transaction over every table, so the database
 * holds either the old data or the new, never a mix — a closed tab or a failed write aborts the
 * transaction and IndexedDB rolls it back.
 */
import { createBackup, type BackupFile } from '$lib/domain/backup';
import { instantOf } from '$lib/domain/dates';
import type { AllRecords } from '$lib/domain/records';
import { TABLE_NAMES } from '$lib/domain/records/tables';
import { withDueTimes } from '$lib/domain/medication/dueTimes';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import { DEFAULT_ROUTINE, SETTINGS_ID } from '$lib/domain/settings';
import { database, type TandemDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';

function allTables(db: TandemDatabase) {
	return TABLE_NAMES.map((name) => db.table(name));
}

export async function readAllTables(db = database()): Promise<AllRecords> {
	return db.transaction('r', allTables(db), async () => {
		const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const));
		return Object.fromEntries(entries) as unknown as AllRecords;
	});
}

/**
 * The backup of everything, stamped with the time it was made, then the time noted in settings. The
 * reading and the note are separate on purpose: on a device too full for the note, the backup (the one
 * thing a full device needs) is still made; `noted` says whether the note was kept.
 */
export async function exportBackup(
	appVersion: string,
	now = new Date(),
	db = database()
): Promise<BackupFile & { noted: boolean }> {
	const exportedAt = instantOf(now);
	const tables = await readAllTables(db);
	const backup = createBackup(tables, { schemaVersion: CURRENT_SCHEMA_VERSION, appVersion, exportedAt });
	let noted = true;
	try {
		// The settings row inside the file keeps its old lastBackupAt; the live one moves on.
		await db.transaction('rw', db.settings, () =>
			db.settings.update(SETTINGS_ID, { lastBackupAt: exportedAt, updatedAt: exportedAt })
		);
	} catch {
		noted = false;
	}
	return Object.defineProperty(backup, 'noted', { value: noted, enumerable: false }) as BackupFile & { noted: boolean };
}

/** Replaces everything with the backup's records, all or nothing. */
/**
 * Replaces everything with the backup's records, all or nothing. Doses from a format-1 backup get
 * their due times here, from the backup's own plan and routine, as the schema-2 upgrade gives them.
 */
/** How far a restore has written, in records, for its progress bar. */
export interface RestoreProgress {
	written: number;
	total: number;
}

// Records a bulkAdd writes at once: small enough that the progress bar moves, large enough to cost nothing.
const RESTORE_CHUNK = 5_000;

export async function restoreBackup(
	backup: BackupFile,
	db = database(),
	timeZone = deviceTimeZone(),
	onProgress: (progress: RestoreProgress) => void = () => {}
): Promise<void> {
	const { medications, schedules, settings } = backup.tables;
	const tables = {
		...backup.tables,
		doseEvents: withDueTimes(backup.tables.doseEvents, {
			medications,
			schedules,
			routine: settings[0]?.routine ?? DEFAULT_ROUTINE,
			timeZone
		})
	};
	const total = TABLE_NAMES.reduce((sum, name) => sum + tables[name].length, 0);
	let written = 0;
	// Still one transaction: the chunks only let the page draw its progress between them.
	await db.transaction('rw', allTables(db), async () => {
		for (const name of TABLE_NAMES) {
			const table = db.table(name);
			await table.clear();
			const rows: unknown[] = tables[name];
			for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
				const chunk = rows.slice(start, start + RESTORE_CHUNK);
				await table.bulkAdd(chunk);
				written += chunk.length;
				onProgress({ written, total });
			}
		}
	});
}

export async function deleteEverything(db = database()): Promise<void> {
	await db.transaction('rw', allTables(db), async () => {
		for (const table of allTables(db)) await table.clear();
	});
}
