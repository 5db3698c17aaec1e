import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import { whenTaken } from '$lib/domain/medication/whenTaken';
import { scheduleRecord, slotRecord } from '../../../fixtures/factories';

const routine = { ...DEFAULT_ROUTINE, breakfast: '08:00' };

describe('whenTaken', () => {
	it('names the routine moment and its time: “With breakfast, 8:00”', () => {
		const schedule = scheduleRecord('m', [slotRecord('s', { anchor: 'breakfast' })]);
		expect(whenTaken(schedule, routine, 'en-GB')).toBe('With breakfast, 8:00');
	});

	it('lists doses in the order of the day, fixed times as “at”', () => {
		const schedule = scheduleRecord('m', [
			slotRecord('a', { anchor: 'bedtime' }),
			slotRecord('b', { time: '13:15' }),
			slotRecord('c', { anchor: 'wake' })
		]);
		expect(whenTaken(schedule, routine, 'en-GB')).toBe('On waking, 7:00 · at 13:15 · at bedtime, 22:30');
	});

	it('moves with the routine: a later breakfast is a later dose', () => {
		const schedule = scheduleRecord('m', [slotRecord('s', { anchor: 'breakfast' })]);
		expect(whenTaken(schedule, { ...routine, breakfast: '09:45' }, 'en-GB')).toBe('With breakfast, 9:45');
	});

	it('names the days of a weekly plan and the rhythm of an every-N-days plan', () => {
		const slots = [slotRecord('s', { time: '08:00' })];
		expect(whenTaken(scheduleRecord('m', slots, { recurrence: { kind: 'weekdays', days: [5, 1, 3] } }), routine, 'en-GB')).toBe(
			'Mon, Wed and Fri: at 8:00'
		);
		expect(
			whenTaken(scheduleRecord('m', slots, { recurrence: { kind: 'everyNDays', n: 2, from: '2026-01-01' } }), routine, 'en-GB')
		).toBe('Every 2 days: at 8:00');
	});

	it('says nothing for a plan with no set times (as needed)', () => {
		expect(whenTaken(scheduleRecord('m', []), routine, 'en-GB')).toBe('');
	});
});
