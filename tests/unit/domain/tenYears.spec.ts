import { describe, expect, it } from 'vitest';
import { readBackup } from '$lib/domain/backup';
import { generateTenYears, tenYearBackup } from '../../fixtures/tenYears';

// Ten years of records, generated several times over: seconds, not milliseconds, on two busy cores.
describe('the ten-year fixture', { timeout: 30_000 }, () => {
	it('is valid by the same rules restore applies', () => {
		const reading = readBackup(JSON.stringify(tenYearBackup()));
		if (!reading.ok) throw new Error(reading.message);
		expect(reading.summary.counts.find((row) => row.table === 'checkins')?.count).toBe(3_650);
	});

	it('has the sizes the benchmark promises', () => {
		const data = generateTenYears();
		expect(data.doseEvents.length).toBeGreaterThan(38_000);
		expect(data.doseEvents.length).toBeLessThan(42_000);
		expect(data.therapySessions).toHaveLength(500);
		expect(data.goals).toHaveLength(30);
		expect(data.assessments).toHaveLength(300);
		expect(data.sideEffects).toHaveLength(1_000);
	});

	it('is the same on every run', () => {
		expect(JSON.stringify(generateTenYears())).toBe(JSON.stringify(generateTenYears()));
	});
});
