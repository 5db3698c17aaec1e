import { describe, expect, it } from 'vitest';
import { formatAsOf, formatInstant, formatInstantDay } from '../../../src/lib/ui/format';

const MONDAY = Date.parse('2026-03-09T10:14:00Z');

describe('formatAsOf', () => {
	it('names the weekday and time within the last week, with how long ago', () => {
		expect(formatAsOf(new Date(MONDAY).toISOString(), MONDAY + 3 * 86_400_000, 'en-GB')).toMatch(
			/^Monday \d\d:14 \(3 days ago\)$/
		);
		expect(formatAsOf(new Date(MONDAY).toISOString(), MONDAY + 20_000, 'en-GB')).toMatch(/^Monday \d\d:14 \(just now\)$/);
	});

	it('never says “just now” for data written days ago, and names the date beyond a week', () => {
		const text = formatAsOf(new Date(MONDAY).toISOString(), MONDAY + 10 * 86_400_000, 'en-GB');
		expect(text).toMatch(/^9 Mar 2026, \d\d:14 \(10 days ago\)$/);
		expect(text).not.toContain('just now');
	});
});

describe('formatInstant and formatInstantDay', () => {
	it('write a date in words, never as an ISO string or a slashed US date', () => {
		const at = '2026-11-30T22:15:20Z';
		for (const text of [formatInstant(at, 'en-GB'), formatInstantDay(at, 'en-GB')]) {
			expect(text).toMatch(/(30 Nov|1 Dec) 2026/);
			expect(text).not.toMatch(/\d{4}-\d\d-\d\d|\d+\/\d+\/\d{4}/);
		}
		expect(formatInstant(at, 'en-GB')).not.toMatch(/:20\b/);
	});
});
