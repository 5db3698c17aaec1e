import { describe, expect, it } from 'vitest';
import { formatElapsed, ordinal, prnWarnings } from '$lib/domain/medication/prn';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 2, 8, 14, 0);
const LIMITS = { amount: 1, maxPer24h: 3, minHoursBetween: 4 };

describe('as-needed warnings', () => {
	it('says nothing when a dose is within the plan', () => {
		expect(prnWarnings(LIMITS, [], NOW)).toEqual([]);
		expect(prnWarnings(LIMITS, [NOW - 20 * HOUR, NOW - 5 * HOUR], NOW)).toEqual([]);
		expect(prnWarnings(LIMITS, [NOW - 4 * HOUR], NOW)).toEqual([]);
	});

	it('warns when a dose now would pass the most in a rolling 24 hours', () => {
		expect(prnWarnings(LIMITS, [NOW - 20 * HOUR, NOW - 10 * HOUR, NOW - 5 * HOUR], NOW)).toEqual([
			'This would be your 4th dose in 24 hours; the plan says at most 3.'
		]);
		// A dose 24 hours and a minute ago no longer counts; one 23 h 59 min ago still does.
		expect(prnWarnings(LIMITS, [NOW - 24 * HOUR - MINUTE, NOW - 10 * HOUR, NOW - 5 * HOUR], NOW)).toEqual([]);
		expect(prnWarnings(LIMITS, [NOW - 24 * HOUR + MINUTE, NOW - 10 * HOUR, NOW - 5 * HOUR], NOW)).toHaveLength(1);
		expect(prnWarnings({ ...LIMITS, maxPer24h: 1 }, [NOW - 6 * HOUR], NOW)).toEqual([
			'This would be your 2nd dose in 24 hours; the plan says at most 1.'
		]);
	});

	it('counts across midnight, not by calendar day', () => {
		const lateLastNight = Date.UTC(2026, 2, 7, 23, 0);
		const earlyToday = Date.UTC(2026, 2, 8, 1, 0);
		const limits = { ...LIMITS, maxPer24h: 2, minHoursBetween: 0 };
		expect(prnWarnings(limits, [lateLastNight, earlyToday], Date.UTC(2026, 2, 8, 9, 0))).toEqual([
			'This would be your 3rd dose in 24 hours; the plan says at most 2.'
		]);
	});

	it('warns when the last dose was too recent, saying how long ago', () => {
		expect(prnWarnings(LIMITS, [NOW - 2 * HOUR - 10 * MINUTE], NOW)).toEqual([
			'Your last dose was 2 h 10 min ago; the plan says to wait at least 4 hours.'
		]);
		expect(prnWarnings({ ...LIMITS, minHoursBetween: 1.5 }, [NOW - 40 * MINUTE - 30_000], NOW)).toEqual([
			'Your last dose was 40 min ago; the plan says to wait at least 1 h 30 min.'
		]);
		expect(prnWarnings({ ...LIMITS, minHoursBetween: 1 }, [NOW - 59 * MINUTE], NOW)).toEqual([
			'Your last dose was 59 min ago; the plan says to wait at least 1 hour.'
		]);
		expect(prnWarnings({ ...LIMITS, minHoursBetween: 0 }, [NOW - MINUTE], NOW)).toEqual([]);
	});

	it('gives both warnings at once, from doses in any order', () => {
		expect(prnWarnings(LIMITS, [NOW - HOUR, NOW - 12 * HOUR, NOW - 8 * HOUR], NOW)).toEqual([
			'This would be your 4th dose in 24 hours; the plan says at most 3.',
			'Your last dose was 1 h ago; the plan says to wait at least 4 hours.'
		]);
	});

	it('ignores doses recorded for a time still to come', () => {
		expect(prnWarnings(LIMITS, [NOW + HOUR], NOW)).toEqual([]);
	});
});

describe('wording', () => {
	it('writes ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st',
			'111th',
			'112th'
		]);
	});

	it('writes elapsed time in whole minutes, rounded down', () => {
		expect(formatElapsed(0)).toBe('0 min');
		expect(formatElapsed(59 * MINUTE + 59_000)).toBe('59 min');
		expect(formatElapsed(3 * HOUR)).toBe('3 h');
		expect(formatElapsed(26 * HOUR + 5 * MINUTE)).toBe('26 h 5 min');
	});
});
