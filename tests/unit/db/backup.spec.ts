import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteEverything, exportBackup, readAllTables, restoreBackup } from '../../../src/lib/db/backup';
import { hasPersonalData } from '../../../src/lib/db/presence';
import { database, resetDatabaseForTests } from '../../../src/lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../src/lib/db/schema';
import { loadSettings } from '../../../src/lib/db/settings';
import { readBackup } from '../../../src/lib/domain/backup';
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
