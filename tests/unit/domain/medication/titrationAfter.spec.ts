import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysBetween } from '$lib/domain/dates';
import { stepOn } from '$lib/domain/medication/plan';
import { afterFieldOf, stepsAfter } from '$lib/domain/medication/titrationAfter';
import { buildMedicationPlan, emptyMedicationForm, type MedicationFormInput } from '$lib/domain/medication/medicationForm';
import { scheduleRecord } from '../../../fixtures/factories';

const START = '2026-03-02';

function form(overrides: Partial<MedicationFormInput> = {}): MedicationFormInput {
	return { ...emptyMedicationForm(START, () => 'slot-1'), name: 'Sertraline', titration: 'after', ...overrides };
}

describe('stepsAfter: “start at 50 mg, then 100 mg after 2 weeks”', () => {
	it('makes a step from the start day and one two weeks later, the amount typed once for each dose time', () => {
		expect(stepsAfter(START, '50', [{ amount: '100', weeks: '2' }], 2)).toEqual({
			ok: true,
			steps: [
				{ from: START, amounts: ['50', '50'] },
				{ from: '2026-03-16', amounts: ['100', '100'] }
			]
		});
	});

	it('counts each wait from the change before', () => {
		const result = stepsAfter(
			START,
			'50',
			[
				{ amount: '100', weeks: '2' },
				{ amount: '150', weeks: ' 3 ' }
			],
			1
		);
		expect(result.ok && result.steps.map((step) => step.from)).toEqual([START, '2026-03-16', '2026-04-06']);
	});

	it('refuses a wait that is not whole weeks from 1 to 104, on that change’s field', () => {
		for (const weeks of ['', '0', '1.5', 'two', '105']) {
			expect(stepsAfter(START, '50', [{ amount: '100', weeks }], 1)).toEqual({
				ok: false,
				errors: { 'after.0.weeks': 'Enter the weeks as a whole number from 1 to 104.' }
			});
		}
	});

	test.prop([fc.array(fc.integer({ min: 1, max: 104 }), { maxLength: 10 }), fc.integer({ min: 1, max: 6 })])(
		'each step starts exactly its weeks after the one before, with one amount per dose time',
		(waits, doseTimes) => {
			const result = stepsAfter(
				START,
				'50',
				waits.map((weeks) => ({ amount: '75', weeks: String(weeks) })),
				doseTimes
			);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.steps).toHaveLength(waits.length + 1);
			waits.forEach((weeks, index) => {
				expect(daysBetween(result.steps[index].from, result.steps[index + 1].from)).toBe(weeks * 7);
			});
			for (const step of result.steps) expect(step.amounts).toHaveLength(doseTimes);
		}
	);
});

describe('afterFieldOf', () => {
	it('points a step’s problem back at the field the person typed', () => {
		expect(afterFieldOf('titration.steps.0.amounts.1')).toBe('titration.afterStart');
		expect(afterFieldOf('titration.steps.2.amounts.0')).toBe('titration.after.1.amount');
		expect(afterFieldOf('titration.steps.1.from')).toBe('titration.after.0.weeks');
		expect(afterFieldOf('slots.0')).toBeNull();
	});
});

describe('the medication form with “then … after … weeks”', () => {
	it('saves dated steps: 50 mg from the start day, 100 mg from two weeks later', () => {
		const built = buildMedicationPlan(form({ afterStart: '50', afterChanges: [{ amount: '100', weeks: '2' }] }));
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		expect(built.schedule.titration).toEqual({
			kind: 'steps',
			steps: [
				{ from: START, amounts: [50] },
				{ from: '2026-03-16', amounts: [100] }
			]
		});
		expect(built.schedule.slots[0].amount).toBe(50);
		const schedule = scheduleRecord('m', built.schedule.slots, built.schedule);
		expect(stepOn(schedule, '2026-03-15')?.amounts).toEqual([50]);
		expect(stepOn(schedule, '2026-03-16')?.amounts).toEqual([100]);
	});

	it('reads a form whose fields are accessors, as the screens’ form keeps them', () => {
		const fields = form({ afterStart: '50', afterChanges: [{ amount: '100', weeks: '2' }] });
		class AccessorForm {}
		for (const key of Object.keys(fields) as (keyof MedicationFormInput)[]) {
			Object.defineProperty(AccessorForm.prototype, key, { get: () => fields[key] });
		}
		const built = buildMedicationPlan(new AccessorForm() as MedicationFormInput);
		expect(built.ok && built.medication.name).toBe('Sertraline');
	});

	it('shows a missing amount on the field it belongs to, and saves nothing', () => {
		const missingStart = buildMedicationPlan(form({ afterStart: '', afterChanges: [{ amount: '100', weeks: '2' }] }));
		expect(missingStart.ok).toBe(false);
		expect(!missingStart.ok && Object.keys(missingStart.errors)).toContain('schedule.titration.afterStart');
		const missingThen = buildMedicationPlan(form({ afterStart: '50', afterChanges: [{ amount: '', weeks: '2' }] }));
		expect(!missingThen.ok && Object.keys(missingThen.errors)).toContain('schedule.titration.after.0.amount');
		const badWeeks = buildMedicationPlan(form({ afterStart: '50', afterChanges: [{ amount: '100', weeks: '0' }] }));
		expect(!badWeeks.ok && badWeeks.errors).toEqual({
			'schedule.titration.after.0.weeks': 'Enter the weeks as a whole number from 1 to 104.'
		});
	});
});
