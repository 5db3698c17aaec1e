import { describe, expect, it } from 'vitest';
import {
	HOLD_DAY_PROBLEM,
	careDecision,
	changeDayProblem,
	heldPlan,
	holdReason,
	pauseDayProblem,
	stopDayProblem,
	switchLastDay,
	taperFields,
	titrationWord
} from '$lib/domain/medication/planChanges';
import { medicationRecord, scheduleRecord, slotRecord } from '../../../fixtures/factories';

const medication = medicationRecord('sertraline', { name: 'Sertraline', startDay: '2026-03-01', strength: 50 });
const rising = scheduleRecord('sertraline', [slotRecord('morning', { amount: 25 })], {
	from: '2026-03-01',
	titration: { kind: 'linear', direction: 'up', from: '2026-03-01', start: 25, step: 25, intervalDays: 7, target: 100 }
});

describe('who decided', () => {
	it('is recorded trimmed, with the form’s own words where nothing was typed', () => {
		expect(careDecision({ decidedBy: '  Dr Okafor ', reason: ' side effects ' })).toEqual({
			decidedBy: 'Dr Okafor',
			reason: 'side effects'
		});
		expect(careDecision({ decidedBy: ' ', reason: '' }, { decidedBy: 'Dr Lee', reason: 'Planned' })).toEqual({
			decidedBy: 'Dr Lee',
			reason: 'Planned'
		});
		expect(careDecision({ decidedBy: '', reason: '' })).toEqual({ decidedBy: '', reason: '' });
	});
});

describe('the day a change begins', () => {
	it('never comes before the medication started, nor is missing', () => {
		expect(stopDayProblem(medication, '2026-03-01')).toBeNull();
		expect(stopDayProblem(medication, '2026-02-28')).toBe('The last day can’t be before the medication started.');
		expect(stopDayProblem(medication, '')).toBe('The last day can’t be before the medication started.');
		expect(pauseDayProblem(medication, '2026-04-01')).toBeNull();
		expect(pauseDayProblem(medication, '2026-02-01')).toBe('The pause can’t begin before the medication started.');
		expect(changeDayProblem(medication, '2026-03-10', false)).toBeNull();
		expect(changeDayProblem(medication, '2026-02-01', false)).toBe('The new plan can’t start before the medication did.');
		expect(changeDayProblem(medication, '', true)).toBe('Resuming can’t start before the medication did.');
	});
});

describe('stopping a titration part-way', () => {
	it('keeps the dose of the chosen day, from a day on or after the plan began', () => {
		const held = heldPlan(rising, '2026-03-08');
		expect(held?.titration).toBeNull();
		expect(held?.slots.map((slot) => slot.amount)).toEqual([50]);
		expect(heldPlan(rising, '2026-02-28')).toBeNull();
		expect(heldPlan(rising, '')).toBeNull();
		expect(HOLD_DAY_PROBLEM).toBe('Choose a day on or after this plan began.');
	});

	it('says “taper” for a plan going down and “titration” otherwise, also in the reason it records', () => {
		const falling = { titration: { ...rising.titration!, direction: 'down' as const } };
		expect(titrationWord(rising)).toBe('titration');
		expect(titrationWord(falling)).toBe('taper');
		expect(holdReason(falling)).toBe('Stopped the taper part-way');
	});
});

describe('switching', () => {
	it('stops the old medicine the day before the new one starts', () => {
		expect(switchLastDay(medication, '2026-04-10', null)).toEqual({ ok: true, lastDay: '2026-04-09' });
	});

	it('with a cross-taper, keeps the old one to the chosen day, on or after the new one’s first day', () => {
		expect(switchLastDay(medication, '2026-04-10', '2026-04-24')).toEqual({ ok: true, lastDay: '2026-04-24' });
		const early = switchLastDay(medication, '2026-04-10', '2026-04-09');
		expect(early).toEqual({
			ok: false,
			message: 'With a cross-taper, the old medication’s last day must be on or after the new one’s first day.'
		});
		expect(switchLastDay(medication, '2026-04-10', '').ok).toBe(false);
	});

	it('never stops the old one before it started', () => {
		expect(switchLastDay(medication, '2026-03-01', null)).toEqual({
			ok: false,
			message: 'Sertraline can’t stop before it started.'
		});
	});

	it('gives the cross-taper the old medicine’s name, unit and strength', () => {
		expect(taperFields(medication, '2026-04-10')).toEqual({
			startDay: '2026-04-10',
			name: 'Sertraline',
			unit: 'mg',
			strength: '50'
		});
		expect(taperFields({ ...medication, strength: null }, '2026-04-10').strength).toBe('');
	});
});
