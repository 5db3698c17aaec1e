import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, readBackup } from '../../../src/lib/domain/backup';
import { asText, BAD_BACKUPS } from '../../fixtures/badBackups';
import { monthBackup } from '../../fixtures/tenYears';

describe('reading a backup', () => {
	it('accepts a good backup and summarises it', () => {
		const reading = readBackup(JSON.stringify(monthBackup()));
		if (!reading.ok) throw new Error(reading.message);
		expect(reading.backup.version).toBe(BACKUP_VERSION);
		expect(reading.summary.counts.find((row) => row.table === 'checkins')?.count).toBe(30);
		expect(reading.summary.total).toBe(Object.values(reading.backup.tables).reduce((sum, rows) => sum + rows.length, 0));
	});

	it.each(BAD_BACKUPS.map((bad) => [bad.name, bad] as const))('refuses %s with a message that says why', (_name, bad) => {
		const reading = readBackup(asText(bad.contents()));
		expect(reading.ok).toBe(false);
		if (!reading.ok) expect(reading.message).toMatch(bad.message);
	});

	it('does not let a __proto__ key reach any object', () => {
		readBackup(JSON.stringify(monthBackup()).replace('"mood":', '"__proto__":{"polluted":true},"mood":'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
