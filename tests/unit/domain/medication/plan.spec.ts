import { describe, expect, it } from 'vitest';
import type { Medication, Schedule } from '$lib/domain/records';
import {
	doseOn,
	formatAmount,
	medicationDueOn,
	scheduleActiveOn,
	slotClock,
	stepOn,
	titrationSteps,
	weekdayOf,
	type DoseSlot,
	type LinearTitration,
	type ScheduleDraft
} from '$lib/domain/medication/plan';
import { planProblems } from '$lib/domain/medication/planProblems';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import { scheduleRecord } from '../../../fixtures/factories';

function slot(overrides: Partial<DoseSlot> = {}): DoseSlot {
	return { id: 'morning', anchor: 'breakfast', time: null, amount: 10, ...overrides };
}

function schedule(overrides: Partial<Schedule> = {}): Schedule {
	return scheduleRecord('med', [slot()], { id: 'plan', ...overrides });
}

function linear(overrides: Partial<LinearTitration> = {}): LinearTitration {
	return { kind: 'linear', direction: 'up', from: '2026-02-24', start: 25, step: 25, intervalDays: 7, target: 100, ...overrides };
}

/** The dose of slot 0 on each day, as [day, dose] pairs. */
function dosesOf(plan: Schedule, days: string[], slotIndex = 0): [string, number | null][] {
	return days.map((day) => [day, doseOn(plan, slotIndex, day)]);
}

describe('the dose due on a date', () => {
	it('follows a linear plan up, across a month end, until the target', () => {
		const plan = schedule({ titration: linear() });
		expect(
			dosesOf(plan, ['2026-01-01', '2026-02-23', '2026-02-24', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03'])
		).toEqual([
			['2026-01-01', 10],
			['2026-02-23', 10],
			['2026-02-24', 25],
			['2026-02-28', 25],
			['2026-03-01', 25],
			['2026-03-02', 25],
			['2026-03-03', 50]
		]);
		expect(dosesOf(plan, ['2026-03-09', '2026-03-10', '2026-03-16', '2026-03-17', '2026-12-31', '2030-06-01'])).toEqual([
			['2026-03-09', 50],
			['2026-03-10', 75],
			['2026-03-16', 75],
			['2026-03-17', 100],
			['2026-12-31', 100],
			['2030-06-01', 100]
		]);
	});

	it('follows a linear taper down across a year end and stays at its target', () => {
		const plan = schedule({
			titration: linear({ direction: 'down', from: '2026-12-10', start: 100, step: 25, intervalDays: 14, target: 25 })
		});
		expect(
			dosesOf(plan, ['2026-12-09', '2026-12-10', '2026-12-23', '2026-12-24', '2026-12-31', '2027-01-01', '2027-01-06'])
		).toEqual([
			['2026-12-09', 10],
			['2026-12-10', 100],
			['2026-12-23', 100],
			['2026-12-24', 75],
			['2026-12-31', 75],
			['2027-01-01', 75],
			['2027-01-06', 75]
		]);
		expect(dosesOf(plan, ['2027-01-07', '2027-01-20', '2027-01-21', '2027-12-31'])).toEqual([
			['2027-01-07', 50],
			['2027-01-20', 50],
			['2027-01-21', 25],
			['2027-12-31', 25]
		]);
	});

	it('steps on a leap day', () => {
		const plan = schedule({ from: '2028-02-01', titration: linear({ from: '2028-02-22', start: 10, step: 10, target: 30 }) });
		expect(
			dosesOf(plan, ['2028-02-21', '2028-02-22', '2028-02-28', '2028-02-29', '2028-03-01', '2028-03-06', '2028-03-07'])
		).toEqual([
			['2028-02-21', 10],
			['2028-02-22', 10],
			['2028-02-28', 10],
			['2028-02-29', 20],
			['2028-03-01', 20],
			['2028-03-06', 20],
			['2028-03-07', 30]
		]);
		expect(titrationSteps(plan).map((step) => step.from)).toEqual(['2028-02-22', '2028-02-29', '2028-03-07']);
	});

	it('follows dated steps with a different amount per slot', () => {
		const plan = schedule({
			slots: [slot({ amount: 5 }), slot({ id: 'night', anchor: 'bedtime', amount: 5 })],
			titration: {
				kind: 'steps',
				steps: [
					{ from: '2026-03-01', amounts: [25] },
					{ from: '2026-03-15', amounts: [25, 50] },
					{ from: '2026-04-01', amounts: [50, 50] }
				]
			}
		});
		const days = ['2026-02-28', '2026-03-01', '2026-03-14', '2026-03-15', '2026-03-31', '2026-04-01'];
		expect(dosesOf(plan, days, 0).map(([, dose]) => dose)).toEqual([5, 25, 25, 25, 25, 50]);
		expect(dosesOf(plan, days, 1).map(([, dose]) => dose)).toEqual([5, 25, 25, 50, 50, 50]);
		expect(doseOn(plan, 2, '2026-03-15')).toBeNull();
	});

	it('finds the step in force even when stored steps are out of order', () => {
		const plan = schedule({
			titration: {
				kind: 'steps',
				steps: [
					{ from: '2026-04-01', amounts: [50] },
					{ from: '2026-03-01', amounts: [25] }
				]
			}
		});
		expect(dosesOf(plan, ['2026-03-20', '2026-04-02']).map(([, dose]) => dose)).toEqual([25, 50]);
		expect(titrationSteps(plan).map((step) => step.amounts[0])).toEqual([25, 50]);
	});

	it('is the slot amount without titration, and nothing outside the schedule', () => {
		const plan = schedule({ from: '2026-03-01', until: '2026-03-31' });
		expect(dosesOf(plan, ['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01']).map(([, dose]) => dose)).toEqual([
			null,
			10,
			10,
			null
		]);
	});

	it('rounds away float noise', () => {
		const plan = schedule({ titration: linear({ start: 0.1, step: 0.2, target: 1, intervalDays: 1, from: '2026-01-01' }) });
		expect(doseOn(plan, 0, '2026-01-02')).toBe(0.3);
		expect(doseOn(plan, 0, '2026-01-05')).toBe(0.9);
		expect(doseOn(plan, 0, '2026-01-06')).toBe(1);
	});
});

describe('amounts as people write them', () => {
	it('drops floating-point noise and trailing zeros, and keeps a quarter of a quarter', () => {
		expect(formatAmount(0.1 + 0.2, 'mg')).toBe('0.3 mg');
		expect(formatAmount(50, 'mg')).toBe('50 mg');
		expect(formatAmount(2.5, 'mL')).toBe('2.5 mL');
		expect(formatAmount(0.0625, 'mg')).toBe('0.0625 mg');
		expect(formatAmount(12.5)).toBe('12.5');
	});
});

describe('recurrence', () => {
	it('counts every N days from the recurrence start, across a year end and a leap day', () => {
		const plan = schedule({ from: '2026-12-01', recurrence: { kind: 'everyNDays', n: 3, from: '2026-12-30' } });
		const days = ['2026-12-27', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-04', '2027-01-05'];
		expect(days.filter((day) => scheduleActiveOn(plan, day))).toEqual(['2026-12-30', '2027-01-02', '2027-01-05']);
		const leap = schedule({ from: '2028-01-01', recurrence: { kind: 'everyNDays', n: 3, from: '2028-02-26' } });
		expect(['2028-02-28', '2028-02-29', '2028-03-01', '2028-03-03'].filter((day) => scheduleActiveOn(leap, day))).toEqual([
			'2028-02-29',
			'2028-03-03'
		]);
	});

	it('takes chosen weekdays, counted on the calendar', () => {
		expect(['2026-03-01', '2026-03-08', '2028-02-29', '2026-12-31', '1999-12-31'].map(weekdayOf)).toEqual([0, 0, 2, 4, 5]);
		const plan = schedule({ recurrence: { kind: 'weekdays', days: [1, 3, 5] } });
		const week = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
		expect(week.filter((day) => scheduleActiveOn(plan, day))).toEqual(['2026-03-02', '2026-03-04', '2026-03-06']);
		expect(doseOn(plan, 0, '2026-03-03')).toBeNull();
	});
});

describe('steps of a plan', () => {
	it('expands a linear plan until its target', () => {
		expect(titrationSteps(schedule({ titration: linear() }))).toEqual([
			{ number: 1, from: '2026-02-24', amounts: [25] },
			{ number: 2, from: '2026-03-03', amounts: [50] },
			{ number: 3, from: '2026-03-10', amounts: [75] },
			{ number: 4, from: '2026-03-17', amounts: [100] }
		]);
	});

	it('ends exactly at the target when the last step is shorter', () => {
		const steps = titrationSteps(schedule({ titration: linear({ step: 30 }) }));
		expect(steps.map((step) => step.amounts[0])).toEqual([25, 55, 85, 100]);
	});

	it('has one step without titration', () => {
		expect(titrationSteps(schedule())).toEqual([{ number: 1, from: '2026-01-01', amounts: [10] }]);
	});

	it('names the step in force on a day', () => {
		const plan = schedule({ titration: linear() });
		expect(stepOn(plan, '2026-03-05')).toEqual({ number: 2, total: 4, from: '2026-03-03', amounts: [50] });
		expect(stepOn(plan, '2026-09-01')).toMatchObject({ number: 4, total: 4 });
		expect(stepOn(plan, '2026-02-01')).toBeNull();
		expect(stepOn(schedule({ titration: linear(), until: '2026-03-31' }), '2026-04-01')).toBeNull();
		expect(stepOn(schedule(), '2026-05-05')).toMatchObject({ number: 1, total: 1 });
	});
});

describe('slots and medications', () => {
	it('takes a slot’s time from the routine or from its clock', () => {
		expect(slotClock(slot(), DEFAULT_ROUTINE)).toBe('07:30');
		expect(slotClock(slot({ anchor: null, time: '08:15' }), DEFAULT_ROUTINE)).toBe('08:15');
		expect(slotClock(slot({ anchor: 'bedtime' }), { ...DEFAULT_ROUTINE, bedtime: '23:45' })).toBe('23:45');
	});

	it('has doses due only while the medication is taken', () => {
		const medication = { status: 'active', startDay: '2026-03-01', stopDay: null } as const;
		expect(medicationDueOn(medication, '2026-02-28')).toBe(false);
		expect(medicationDueOn(medication, '2026-03-01')).toBe(true);
		expect(medicationDueOn({ ...medication, status: 'stopped', stopDay: '2026-03-10' }, '2026-03-10')).toBe(true);
		expect(medicationDueOn({ ...medication, status: 'stopped', stopDay: '2026-03-10' }, '2026-03-11')).toBe(false);
		// A pause ends the schedules on its day (timeline.ts); the days before it keep their doses.
		expect(medicationDueOn({ ...medication, status: 'paused' }, '2026-03-05')).toBe(true);
		expect(medicationDueOn({ ...medication, status: 'stopped' }, '2026-03-05')).toBe(false);
	});
});

describe('plans that make no sense', () => {
	const medication: Pick<Medication, 'startDay' | 'stopDay' | 'asNeeded' | 'unit'> = {
		startDay: '2026-03-01',
		stopDay: null,
		asNeeded: false,
		unit: 'mg'
	};
	function draft(overrides: Partial<ScheduleDraft> = {}): ScheduleDraft {
		const plan = schedule({ from: '2026-03-01' });
		return {
			slots: plan.slots,
			recurrence: plan.recurrence,
			titration: plan.titration,
			prn: plan.prn,
			takeHomeDays: plan.takeHomeDays,
			from: plan.from,
			until: plan.until,
			...overrides
		};
	}
	function problems(overrides: Partial<ScheduleDraft> = {}, medicationOverrides: Partial<Medication> = {}) {
		return planProblems({ medication: { ...medication, ...medicationOverrides }, schedule: draft(overrides) });
	}

	it('finds nothing wrong with sensible plans', () => {
		expect(problems()).toEqual([]);
		expect(problems({ titration: linear() })).toEqual([]);
		expect(problems({ titration: linear({ direction: 'down', start: 100, target: 0 }) })).toEqual([]);
		expect(
			problems({
				slots: [slot(), slot({ id: 'night', anchor: null, time: '21:00' })],
				titration: {
					kind: 'steps',
					steps: [
						{ from: '2026-03-01', amounts: [25, 25] },
						{ from: '2026-03-15', amounts: [25, 0] }
					]
				}
			})
		).toEqual([]);
		expect(
			problems({ slots: [], prn: { amount: 5, maxPer24h: 3, minHoursBetween: 4 } }, { asNeeded: true, stopDay: '2026-03-01' })
		).toEqual([]);
	});

	it('refuses a zero or negative step', () => {
		expect(problems({ titration: linear({ step: 0 }) })).toEqual([
			{ field: 'titration.step', message: 'The step can’t be zero — how much should the dose change each time?' }
		]);
		expect(problems({ titration: linear({ step: -25 }) })).toEqual([
			{ field: 'titration.step', message: 'The step is how much the dose changes; it can’t be negative. Choose “down” to taper.' }
		]);
	});

	it('refuses a target on the wrong side of the start', () => {
		expect(problems({ titration: linear({ start: 100, target: 50 }) })).toEqual([
			{ field: 'titration.target', message: 'When going up, the target (50 mg) must be above the starting dose (100 mg).' }
		]);
		expect(problems({ titration: linear({ direction: 'down', start: 50, target: 100 }) })).toEqual([
			{ field: 'titration.target', message: 'When tapering down, the target (100 mg) must be below the starting dose (50 mg).' }
		]);
		expect(problems({ titration: linear({ start: 50, target: 50 }) }).map((p) => p.field)).toEqual(['titration.target']);
	});

	it('refuses negative, zero and absurd amounts', () => {
		expect(problems({ slots: [slot({ amount: 0 })] })).toEqual([
			{ field: 'slots.0.amount', message: 'An amount must be more than zero.' }
		]);
		expect(problems({ slots: [slot({ amount: -5 })] })).toEqual([
			{ field: 'slots.0.amount', message: 'An amount can’t be negative.' }
		]);
		expect(problems({ slots: [slot({ amount: 25_000 })] })).toEqual([
			{ field: 'slots.0.amount', message: '25000 mg is more than any single dose — is there a typo?' }
		]);
		expect(problems({ titration: linear({ start: 0 }) }).map((p) => p.field)).toEqual(['titration.start']);
		expect(problems({ titration: linear({ target: 20_000 }) }).map((p) => p.field)).toContain('titration.target');
		expect(
			problems({ titration: { kind: 'steps', steps: [{ from: '2026-03-01', amounts: [-1] }] } }).map((p) => p.field)
		).toEqual(['titration.steps.0.amounts.0']);
	});

	it('refuses a plan that ends before it starts', () => {
		expect(problems({ until: '2026-02-28' })).toEqual([{ field: 'until', message: 'The schedule ends before it starts.' }]);
		expect(problems({}, { stopDay: '2026-02-01' })).toEqual([
			{ field: 'stopDay', message: 'The medication stops before it starts.' }
		]);
	});

	it('refuses dated steps that share a date or come out of order', () => {
		const steps = (...days: string[]) => ({ kind: 'steps' as const, steps: days.map((from) => ({ from, amounts: [25] })) });
		expect(problems({ titration: steps('2026-03-01', '2026-03-03', '2026-03-03') })).toEqual([
			{ field: 'titration.steps.2.from', message: 'Two steps start on 3 March 2026; each step needs its own date.' }
		]);
		expect(problems({ titration: steps('2026-03-03', '2026-03-10', '2026-03-03') }).map((p) => p.field)).toEqual([
			'titration.steps.2.from'
		]);
		expect(problems({ titration: steps('2026-03-10', '2026-03-03') })).toEqual([
			{ field: 'titration.steps.1.from', message: 'Step 2 starts before step 1; list the steps in date order.' }
		]);
		expect(problems({ titration: steps('2026-03-01', '2026-05-01'), until: '2026-04-30' }).map((p) => p.field)).toEqual([
			'titration.steps.1.from'
		]);
		expect(problems({ titration: { kind: 'steps', steps: [] } }).map((p) => p.field)).toEqual(['titration.steps']);
	});

	it('refuses steps with no amount or more amounts than doses a day', () => {
		const plan = {
			kind: 'steps' as const,
			steps: [
				{ from: '2026-03-01', amounts: [] },
				{ from: '2026-03-08', amounts: [1, 2] }
			]
		};
		expect(problems({ titration: plan })).toEqual([
			{ field: 'titration.steps.0.amounts', message: 'Step 1 has no amount.' },
			{ field: 'titration.steps.1.amounts', message: 'Step 2 has 2 amounts, but there is 1 dose a day.' }
		]);
	});

	it('refuses slots with both or neither of a routine moment and a clock time', () => {
		expect(problems({ slots: [slot({ time: '08:00' })] })).toEqual([
			{ field: 'slots.0', message: 'A dose is taken either at a routine moment or at a clock time, not both.' }
		]);
		expect(problems({ slots: [slot(), slot({ id: 'b', anchor: null })] })).toEqual([
			{ field: 'slots.1', message: 'Choose when this dose is taken: at a routine moment or at a clock time.' }
		]);
	});

	it('asks for dose times on a scheduled medication and limits on an as-needed one', () => {
		expect(problems({ slots: [] })).toEqual([
			{ field: 'slots', message: 'Add at least one dose time — when should it be taken?' }
		]);
		expect(problems({ slots: [] }, { asNeeded: true }).map((p) => p.field)).toEqual(['prn']);
	});

	it('refuses as-needed limits that add up to an absurd amount', () => {
		expect(problems({ slots: [], prn: { amount: 5_000, maxPer24h: 3, minHoursBetween: 4 } }, { asNeeded: true })).toEqual([
			{ field: 'prn.maxPer24h', message: '3 doses of 5000 mg would be 15000 mg in 24 hours — is there a typo?' }
		]);
		expect(
			problems({ slots: [], prn: { amount: 0, maxPer24h: 0, minHoursBetween: -1 } }, { asNeeded: true }).map((p) => p.field)
		).toEqual(['prn.amount', 'prn.maxPer24h', 'prn.minHoursBetween']);
	});

	it('refuses a weekday plan with no day and intervals under a day', () => {
		expect(problems({ recurrence: { kind: 'weekdays', days: [] } })).toEqual([
			{ field: 'recurrence.days', message: 'Choose at least one day of the week.' }
		]);
		expect(problems({ titration: linear({ intervalDays: 0 }) })).toEqual([
			{ field: 'titration.intervalDays', message: 'Steps must be at least one whole day apart.' }
		]);
		expect(problems({ recurrence: { kind: 'everyNDays', n: 0, from: '2026-03-01' } }).map((p) => p.field)).toEqual([
			'recurrence.n'
		]);
	});

	it('refuses a linear plan with more steps than a plan can hold', () => {
		expect(problems({ titration: linear({ start: 1, step: 1, target: 500 }) })).toEqual([
			{ field: 'titration.step', message: 'This plan would take 500 steps; a plan can have at most 100. Is the step right?' }
		]);
	});
});
