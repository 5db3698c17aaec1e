import { describe, expect, it } from 'vitest';
import { formatAsOf } from '../../../src/lib/ui/format';

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
