import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/dates';
import { calendarDayOf, routineDayEnd, routineDayOf, turnClock } from '$lib/domain/medication/routineDay';
import { instantAt } from '$lib/domain/medication/zone';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';

const LONDON = 'Europe/London';

describe('the routine’s day', () => {
	it('turns halfway through the night, never later than waking and never before midnight', () => {
		expect(turnClock({ wake: '07:00', bedtime: '22:30' })).toBe('02:45');
		expect(turnClock({ wake: '07:00', bedtime: '00:30' })).toBe('03:45');
		expect(turnClock({ wake: '03:00', bedtime: '20:00' })).toBe('00:00');
		// Someone who sleeps by day: bed at 06:00, up at 14:00.
		expect(turnClock({ wake: '14:00', bedtime: '06:00' })).toBe('10:00');
	});

	it('puts a bedtime after midnight on the next calendar day, after dinner (issue case 5)', () => {
		const turn = turnClock({ wake: '07:00', bedtime: '00:30' });
		expect(calendarDayOf('2026-05-10', '00:30', turn)).toBe('2026-05-11');
		expect(calendarDayOf('2026-05-10', '18:30', turn)).toBe('2026-05-10');
	});

	it('keeps 00:20 on the evening before until the day turns', () => {
		const turn = turnClock(DEFAULT_ROUTINE);
		expect(routineDayOf(instantAt('2026-05-11', '00:20', LONDON), turn, LONDON)).toBe('2026-05-10');
		expect(routineDayOf(instantAt('2026-05-11', '02:45', LONDON), turn, LONDON)).toBe('2026-05-11');
		expect(routineDayEnd('2026-05-10', turn, LONDON)).toBe(instantAt('2026-05-11', '02:45', LONDON));
	});

	test.prop([
		fc.integer({ min: 0, max: 1439 }),
		fc.integer({ min: 0, max: 1439 }),
		fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
	])('an instant lies within the routine day it belongs to, for any routine', (wakeMinutes, bedMinutes, epochMs) => {
		const clock = (minutes: number) =>
			`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		const routine = { wake: clock(wakeMinutes), bedtime: clock(bedMinutes) };
		const turn = turnClock(routine);
		expect(turn <= routine.wake).toBe(true);
		const day = routineDayOf(epochMs, turn, LONDON);
		expect(epochMs).toBeLessThan(routineDayEnd(day, turn, LONDON));
		// It began where the day before ended.
		expect(epochMs).toBeGreaterThanOrEqual(routineDayEnd(addDays(day, -1), turn, LONDON));
	});
});
