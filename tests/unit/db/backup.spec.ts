import { test } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteEverything, exportBackup, readAllTables, restoreBackup } from '$lib/db/backup';
import { hasPersonalData } from '$lib/db/contents';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '$lib/db/schema';
import { loadSettings } from '$lib/db/settings';
import { readBackup } from '$lib/domain/backup';
import { backupArbitrary, mutate, mutationArbitrary, unwritable } from '../../fixtures/backupMutations';
import { byId, monthBackup } from '../../fixtures/tenYears';

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});
afterEach(() => resetDatabaseForTests());

describe('backup and restore', () => {
	it('restores every table exactly, and exports it back', async () => {
		const backup = monthBackup();
		await restoreBackup(backup);
		const exported = await exportBackup('9.9.9', new Date('2026-11-27T10:00:00Z'));
		expect(exported.appVersion).toBe('9.9.9');
		expect(exported.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
		expect(exported.tables).toEqual(byId(backup.tables));
		const reread = readBackup(JSON.stringify(exported));
		expect(reread.ok).toBe(true);
	});

	it('says how far it has written, rising to every record', async () => {
		const backup = monthBackup();
		const seen: number[] = [];
		let total = 0;
		await restoreBackup(backup, undefined, undefined, (progress) => {
			seen.push(progress.written);
			total = progress.total;
		});
		const records = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
		expect(total).toBe(records);
		expect(seen.at(-1)).toBe(records);
		expect(seen.length).toBe(Object.values(backup.tables).filter((rows) => rows.length > 0).length);
		expect(seen.every((written, index) => index === 0 || written > seen[index - 1])).toBe(true);
	});

	it('notes the time of the backup in settings', async () => {
		await loadSettings(new Date('2026-11-01T10:00:00Z'));
		await exportBackup('1.0.0', new Date('2026-11-27T10:00:00Z'));
		const settings = await database().settings.get('settings');
		expect(Date.parse(settings!.lastBackupAt!)).toBe(Date.parse('2026-11-27T10:00:00Z'));
	});

	it('changes nothing when a restore fails part-way', async () => {
		await restoreBackup(monthBackup(1));
		const before = await readAllTables();
		const broken = monthBackup(2);
		// Two check-ins on one day break the unique index late in the transaction.
		broken.tables.checkins[5] = { ...broken.tables.checkins[5], day: broken.tables.checkins[4].day };
		await expect(restoreBackup(broken)).rejects.toThrow();
		expect(await readAllTables()).toEqual(before);
	});

	it('deletes everything in one go', async () => {
		await restoreBackup(monthBackup());
		expect(await hasPersonalData()).toBe(true);
		await deleteEverything();
		const after = await readAllTables();
		expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
		expect(await hasPersonalData()).toBe(false);
	});

	it('does not count settings alone as personal data', async () => {
		await loadSettings();
		expect(await hasPersonalData()).toBe(false);
	});
});

// Each run opens a fresh database (beforeEach runs per run): ~30 ms idle, far more on a busy machine.
const PROPERTY_TIMEOUT = 60_000;

describe('restore, for backups the app could have written and random changes to them', () => {
	test.prop([backupArbitrary], { numRuns: 20 })(
		'backup → restore → backup gives back the same records',
		async (file) => {
			const reading = readBackup(JSON.stringify(file));
			if (!reading.ok) throw new Error(reading.message);
			await restoreBackup(reading.backup);
			const exported = await exportBackup('9.9.9', new Date('2032-01-01T10:00:00Z'));
			expect(exported.tables).toEqual(byId(file.tables));
		},
		PROPERTY_TIMEOUT
	);

	test.prop([backupArbitrary, mutationArbitrary], { numRuns: 60 })(
		'a changed backup is refused with one sentence, or restores to a state the app could have written',
		async (file, mutation) => {
			const reading = readBackup(JSON.stringify(mutate(file, mutation)));
			if (!reading.ok) {
				expect(reading.message).toMatch(/^[A-Z“].{10,400}[.)]$/s);
				return;
			}
			await restoreBackup(reading.backup);
			expect(unwritable(await readAllTables())).toBeNull();
		},
		PROPERTY_TIMEOUT
	);
});
