import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, daysBetween, instantOf, isClockTime, isInstant, isLocalDay, localDayOf } from '$lib/domain/dates';

describe('local days', () => {
	it('accepts real calendar dates, leap days included', () => {
		expect(isLocalDay('2024-02-29')).toBe(true);
		expect(isLocalDay('2026-12-31')).toBe(true);
	});

	it('refuses impossible and malformed dates', () => {
		for (const bad of [
			'2023-02-29',
			'2026-02-30',
			'2026-13-01',
			'2026-00-10',
			'2026-04-31',
			'26-01-01',
			'2026-1-1',
			'1850-01-01',
			'9999-01-01'
		]) {
			expect(isLocalDay(bad), bad).toBe(false);
		}
	});

	it('adds days across month, year and leap-day boundaries', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
		expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
	});

	it('takes the local day from the device clock, not from UTC', () => {
		const lateEvening = new Date(2026, 10, 27, 23, 30);
		expect(localDayOf(lateEvening)).toBe('2026-11-27');
		expect(localDayOf(lateEvening.getTime())).toBe('2026-11-27');
	});

	it('takes the local day in a named zone when given one, whatever the device', () => {
		const instant = Date.UTC(2026, 2, 8, 4, 30);
		expect(localDayOf(instant, 'America/New_York')).toBe('2026-03-07');
		expect(localDayOf(instant, 'Asia/Tokyo')).toBe('2026-03-08');
		expect(localDayOf(Date.UTC(2026, 11, 31, 10, 30), 'Pacific/Kiritimati')).toBe('2027-01-01');
		expect(localDayOf(Date.UTC(2026, 11, 31, 10, 30), 'Pacific/Pago_Pago')).toBe('2026-12-30');
	});

	test.prop([fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2200, 0, 1) })])(
		"in the device's own zone, the zoned and the device reading agree",
		(instant) => {
			const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
			expect(localDayOf(instant, deviceZone)).toBe(localDayOf(new Date(instant)));
		}
	);
});

describe('instants and clock times', () => {
	it('writes instants with the device offset that read back as the same moment', () => {
		const date = new Date(2026, 2, 8, 9, 15, 30, 250);
		const instant = instantOf(date);
		expect(isInstant(instant)).toBe(true);
		expect(Date.parse(instant)).toBe(date.getTime());
	});

	it('refuses instants without an offset or with impossible parts', () => {
		expect(isInstant('2026-03-08T09:15:00')).toBe(false);
		expect(isInstant('2026-02-30T09:15:00Z')).toBe(false);
		expect(isInstant('2026-03-08T25:15:00Z')).toBe(false);
		expect(isInstant('2026-03-08T09:15:00.000+01:00')).toBe(true);
	});

	it('knows a clock time', () => {
		expect(isClockTime('07:30')).toBe(true);
		expect(isClockTime('24:00')).toBe(false);
		expect(isClockTime('7:30')).toBe(false);
	});
});
