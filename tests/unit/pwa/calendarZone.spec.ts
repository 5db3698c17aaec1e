import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ZoneChanges } from '$lib/pwa/calendarZone';

describe('ZoneChanges', () => {
	it.each([
		['America/New_York', '2026-03-08', '02:30', 0],
		['America/New_York', '2026-03-08', '03:00', 1],
		['America/New_York', '2026-03-08', '01:59', 1],
		['America/New_York', '2026-11-01', '01:30', 2],
		['America/New_York', '2026-11-01', '02:00', 1],
		['Europe/London', '2026-03-29', '01:00', 0],
		['Europe/London', '2026-10-25', '01:59', 2],
		['Australia/Sydney', '2026-10-04', '02:30', 0],
		['Australia/Sydney', '2026-04-05', '02:30', 2],
		['Australia/Sydney', '2026-04-06', '02:30', 1],
		['Asia/Tokyo', '2026-03-08', '02:30', 1]
	] as const)('in %s on %s, %s occurs %i times', (timeZone, day, clock, times) => {
		expect(new ZoneChanges(timeZone).occurrences(day, clock)).toBe(times);
	});

	it('lists the days the clocks change, and none in a zone without changes', () => {
		expect(new ZoneChanges('Europe/London').changeDays('2026-01-01', '2027-12-31')).toEqual([
			'2026-03-29',
			'2026-10-25',
			'2027-03-28',
			'2027-10-31'
		]);
		expect(new ZoneChanges('Asia/Tokyo').changeDays('2026-01-01', '2027-12-31')).toEqual([]);
	});

	it('writes a VTIMEZONE that ical.js reads back to the same offsets', () => {
		const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(new ZoneChanges('Australia/Sydney').vtimezone(2026, 2027))));
		const offset = (month: number) => ICAL.Time.fromData({ year: 2026, month, day: 15, hour: 12 }, zone).utcOffset() / 3600;
		expect([offset(1), offset(6), offset(12)]).toEqual([11, 10, 11]);
	});
});
