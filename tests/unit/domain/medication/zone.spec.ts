import { describe, expect, it } from 'vitest';
import { addDays, localDayOf } from '$lib/domain/dates';
import { clockIn, deviceTimeZone, instantAt, offsetChangeBetween, zonedInstants } from '$lib/domain/medication/zone';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

describe('instantAt', () => {
	it('keeps an 08:00 dose at 08:00 local on the days the clocks change', () => {
		// New York: EST (−5) until 8 March 2026, EDT (−4) until 1 November 2026.
		expect(instantAt('2026-03-07', '08:00', NEW_YORK)).toBe(Date.UTC(2026, 2, 7, 13));
		expect(instantAt('2026-03-08', '08:00', NEW_YORK)).toBe(Date.UTC(2026, 2, 8, 12));
		expect(instantAt('2026-11-01', '08:00', NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 13));
		// London: GMT until 29 March 2026, BST (+1) until 25 October 2026.
		expect(instantAt('2026-03-29', '08:00', LONDON)).toBe(Date.UTC(2026, 2, 29, 7));
		expect(instantAt('2026-10-25', '08:00', LONDON)).toBe(Date.UTC(2026, 9, 25, 8));
		for (const [day, zone] of [
			['2026-03-08', NEW_YORK],
			['2026-11-01', NEW_YORK],
			['2026-03-29', LONDON],
			['2026-10-25', LONDON]
		]) {
			const at = instantAt(day, '08:00', zone);
			expect(clockIn(at, zone), `${zone} ${day}`).toBe('08:00');
			expect(localDayOf(at, zone)).toBe(day);
		}
	});

	it('moves a time the clocks skip to the moment right after the gap', () => {
		expect(instantAt('2026-03-08', '02:30', NEW_YORK)).toBe(Date.UTC(2026, 2, 8, 7));
		expect(clockIn(instantAt('2026-03-08', '02:30', NEW_YORK), NEW_YORK)).toBe('03:00');
		expect(instantAt('2026-03-29', '01:15', LONDON)).toBe(Date.UTC(2026, 2, 29, 1));
		expect(clockIn(instantAt('2026-03-29', '01:15', LONDON), LONDON)).toBe('02:00');
		// Lord Howe Island moves by half an hour (02:00 → 02:30, UTC+10:30 → +11).
		expect(instantAt('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe(Date.UTC(2026, 9, 3, 15, 30));
		// Santiago skips midnight itself (00:00 → 01:00 on 6 September 2026).
		expect(clockIn(instantAt('2026-09-06', '00:00', 'America/Santiago'), 'America/Santiago')).toBe('01:00');
	});

	it('takes the first of a time the clocks repeat', () => {
		expect(instantAt('2026-11-01', '01:30', NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 5, 30));
		expect(instantAt('2026-10-25', '01:30', LONDON)).toBe(Date.UTC(2026, 9, 25, 0, 30));
	});

	it('works in zones far from UTC and without daylight saving', () => {
		expect(instantAt('2026-06-01', '08:00', 'Asia/Kolkata')).toBe(Date.UTC(2026, 5, 1, 2, 30));
		expect(instantAt('2027-01-01', '00:30', 'Pacific/Kiritimati')).toBe(Date.UTC(2026, 11, 31, 10, 30));
		expect(instantAt('2028-02-29', '23:59', 'Pacific/Pago_Pago')).toBe(Date.UTC(2028, 2, 1, 10, 59));
	});
});

describe('localDayOf in a zone and clockIn', () => {
	it('read the wall clock of an instant, across midnight, month and year ends', () => {
		expect(localDayOf(Date.UTC(2026, 2, 8, 4, 30), NEW_YORK)).toBe('2026-03-07');
		expect(clockIn(Date.UTC(2026, 2, 8, 4, 30), NEW_YORK)).toBe('23:30');
		expect(localDayOf(Date.UTC(2027, 0, 1, 3), NEW_YORK)).toBe('2026-12-31');
		expect(localDayOf(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Berlin')).toBe('2027-01-01');
		expect(clockIn(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Berlin')).toBe('00:30');
		expect(localDayOf(Date.UTC(2028, 1, 29, 23), 'Asia/Tokyo')).toBe('2028-03-01');
		expect(localDayOf(Date.UTC(2028, 2, 1, 3), NEW_YORK)).toBe('2028-02-29');
	});

	it('name the device time zone', () => {
		expect(deviceTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
		expect(localDayOf(instantAt('2026-05-05', '12:00', deviceTimeZone()), deviceTimeZone())).toBe('2026-05-05');
	});
});

describe('offsetChangeBetween', () => {
	it('finds, to the minute, when the clocks change inside a span', () => {
		// New York springs forward at 02:00 EST (07:00 UTC) and falls back at 02:00 EDT (06:00 UTC).
		expect(offsetChangeBetween(NEW_YORK, Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 9))).toBe(Date.UTC(2026, 2, 8, 7));
		expect(offsetChangeBetween(NEW_YORK, Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 2))).toBe(Date.UTC(2026, 10, 1, 6));
		// Lord Howe moves by half an hour, at 02:00 local (15:00 UTC the day before).
		expect(offsetChangeBetween('Australia/Lord_Howe', Date.UTC(2026, 9, 3), Date.UTC(2026, 9, 4))).toBe(
			Date.UTC(2026, 9, 3, 15, 30)
		);
	});
});

describe('zonedInstants', () => {
	it('gives the same instants as instantAt on every day of a year, change days included', () => {
		// Casablanca leaves daylight saving for Ramadan, about a month each year; Kiritimati and Pago Pago are 25 hours apart.
		for (const zone of [
			NEW_YORK,
			LONDON,
			'Australia/Lord_Howe',
			'America/Santiago',
			'Africa/Casablanca',
			'Pacific/Kiritimati',
			'Pacific/Pago_Pago'
		]) {
			const dueAt = zonedInstants(zone);
			let mismatches = 0;
			for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
				for (const clock of ['00:00', '01:30', '02:30', '08:00', '23:59']) {
					if (dueAt(day, clock) !== instantAt(day, clock, zone)) mismatches++;
				}
			}
			expect(mismatches, zone).toBe(0);
		}
	});
});
