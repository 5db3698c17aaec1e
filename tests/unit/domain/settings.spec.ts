import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SettingsSchema } from '$lib/domain/records';
import { backupIsDue, DEFAULT_ROUTINE, defaultSettings, routineProblem } from '$lib/domain/settings';

describe('settings', () => {
	it('defaults are valid by their own schema', () => {
		expect(v.safeParse(SettingsSchema, defaultSettings(new Date(2026, 0, 1), 'GB')).success).toBe(true);
	});

	it('accepts a routine in the order of a day, bedtime after midnight included', () => {
		expect(routineProblem(DEFAULT_ROUTINE)).toBeNull();
		expect(routineProblem({ ...DEFAULT_ROUTINE, bedtime: '00:30' })).toBeNull();
	});

	it('says which moment is out of order', () => {
		expect(routineProblem({ ...DEFAULT_ROUTINE, lunch: '07:00' })).toBe('Lunch should come after breakfast.');
		expect(routineProblem({ ...DEFAULT_ROUTINE, breakfast: '06:00' })).toBe('Breakfast should come after wake up.');
	});
});

describe('the backup reminder', () => {
	const now = new Date('2026-11-27T12:00:00Z');

	it('stays quiet when there is nothing to lose', () => {
		expect(backupIsDue(null, false, now)).toBe(false);
	});

	it('reminds when there is data and no backup, or the last is over 14 days old', () => {
		expect(backupIsDue(null, true, now)).toBe(true);
		expect(backupIsDue('2026-11-12T11:00:00Z', true, now)).toBe(true);
		expect(backupIsDue('2026-11-14T12:00:00Z', true, now)).toBe(false);
	});
});
