import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, readBackup } from '$lib/domain/backup';
import { asText, BAD_BACKUPS } from '../../fixtures/badBackups';
import { monthBackup } from '../../fixtures/tenYears';

function readOrThrow(file: unknown) {
	const reading = readBackup(JSON.stringify(file));
	if (!reading.ok) throw new Error(reading.message);
	return reading.backup;
}

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

	it('works out questionnaire scores and bands from the answers, never from the file', () => {
		const file = monthBackup();
		const [phq9] = file.tables.assessments.filter((assessment) => assessment.instrument === 'PHQ-9');
		Object.assign(phq9, { answers: Array(9).fill(3), score: 27, band: 'minimal' });
		const [gad7] = file.tables.assessments.filter((assessment) => assessment.instrument === 'GAD-7');
		Object.assign(gad7, { answers: [1, 1, 1, 1, 1, 1, 0], score: 20, band: 'severe' });

		const read = readOrThrow(file).tables.assessments;
		expect(read.find((assessment) => assessment.id === phq9.id)).toMatchObject({ score: 27, band: 'severe' });
		expect(read.find((assessment) => assessment.id === gad7.id)).toMatchObject({ score: 6, band: 'mild' });
	});

	it('settles schedules of a format-1 file that claim the same days, as the database upgrade does', () => {
		const file = monthBackup() as unknown as { version: number; tables: ReturnType<typeof monthBackup>['tables'] };
		const [first] = file.tables.schedules;
		const again = { ...first, id: 'schedule-again', from: '2026-10-20', createdAt: '2026-10-20T10:00:00.000+00:00' };
		file.tables.schedules.push(again);

		expect(readBackup(JSON.stringify(file))).toMatchObject({ ok: false, message: expect.stringMatching(/same days/) });
		const settled = readOrThrow({ ...file, version: 1 }).tables.schedules.filter(
			(row) => row.medicationId === first.medicationId
		);
		expect(settled.map((row) => [row.id, row.from, row.until])).toEqual([
			[first.id, first.from, '2026-10-19'],
			[again.id, '2026-10-20', null]
		]);
	});

	it('ends a paused medicine’s schedules on the day it was paused, for a format-1 file', () => {
		const file = monthBackup() as unknown as { version: number; tables: ReturnType<typeof monthBackup>['tables'] };
		const [medication] = file.tables.medications;
		Object.assign(medication, { status: 'paused', updatedAt: '2026-10-15T09:00:00.000+01:00' });
		const schedules = readOrThrow({ ...file, version: 1 }).tables.schedules.filter((row) => row.medicationId === medication.id);
		expect(schedules.length).toBeGreaterThan(0);
		expect(schedules.every((row) => row.until !== null && row.until <= '2026-10-14')).toBe(true);
	});
});
