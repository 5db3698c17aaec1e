import { describe, expect, it } from 'vitest';
import { daysInRecovery } from '$lib/domain/monitoring/recovery';

describe('daysInRecovery', () => {
	it('counts the start day as day 1', () => {
		expect(daysInRecovery('2026-03-10', '2026-03-10')).toBe(1);
		expect(daysInRecovery('2026-03-09', '2026-03-10')).toBe(2);
	});

	it('counts calendar days across months, leap days and years', () => {
		expect(daysInRecovery('2024-02-28', '2024-03-01')).toBe(3);
		expect(daysInRecovery('2025-12-31', '2026-01-01')).toBe(2);
		expect(daysInRecovery('2025-03-10', '2026-03-09')).toBe(365);
	});

	it('has no count without a start, or with a start still to come', () => {
		expect(daysInRecovery(null, '2026-03-10')).toBeNull();
		expect(daysInRecovery('2026-03-11', '2026-03-10')).toBeNull();
		expect(daysInRecovery('not a day', '2026-03-10')).toBeNull();
	});
});
