import { describe, expect, it } from 'vitest';
import { stepOn } from '$lib/domain/medication/plan';
import {
	buildMedicationPlan,
	emptyMedicationForm,
	planFormOf,
	stepInForceOnStart,
	type MedicationFormInput
} from '$lib/domain/medication/medicationForm';
import { medicationRecord, scheduleRecord } from '../../../fixtures/factories';

const START = '2026-03-02';

/** The add-medication form as a person leaves it: one dose at breakfast, nothing else typed unless a test says so. */
function form(overrides: Partial<MedicationFormInput> = {}): MedicationFormInput {
	return { ...emptyMedicationForm(START, () => 'slot-1'), name: 'Sertraline', ...overrides };
}

const twoDoses = [
	{ id: 'slot-1', mode: 'anchor' as const, anchor: 'breakfast' as const, time: '08:00', amount: '' },
	{ id: 'slot-2', mode: 'time' as const, anchor: 'breakfast' as const, time: '21:00', amount: '' }
];

describe('the medication form, the same dose every day', () => {
	it('gives each dose time its own amount', () => {
		const built = buildMedicationPlan(
			form({
				slots: [
					{ ...twoDoses[0], amount: '50' },
					{ ...twoDoses[1], amount: '25,5' }
				]
			})
		);
		expect(built.ok && built.schedule).toMatchObject({
			slots: [
				{ id: 'slot-1', anchor: 'breakfast', time: null, amount: 50 },
				{ id: 'slot-2', anchor: null, time: '21:00', amount: 25.5 }
			],
			titration: null,
			from: START
		});
	});

	it('asks for a missing amount at that dose’s own field', () => {
		expect(buildMedicationPlan(form())).toEqual({
			ok: false,
			errors: { 'schedule.slots.0.amount': 'An amount must be a number.' }
		});
	});
});

describe('the medication form, going up by the same step', () => {
	const linear = { titration: 'linear' as const, linearStart: '25', linearStep: '25', linearInterval: '7', linearTarget: '100' };

	it('starts every dose time at the starting dose', () => {
		const built = buildMedicationPlan(form(linear));
		expect(built.ok && built.schedule.slots.map((slot) => slot.amount)).toEqual([25]);
		expect(built.ok && built.schedule.titration).toEqual({
			kind: 'linear',
			direction: 'up',
			from: START,
			start: 25,
			step: 25,
			intervalDays: 7,
			target: 100
		});
	});

	it('says a missing starting dose at the starting dose, not at a hidden amount', () => {
		const built = buildMedicationPlan(form({ ...linear, linearStart: '' }));
		expect(built).toEqual({ ok: false, errors: { 'schedule.titration.start': 'An amount must be a number.' } });
	});
});

describe('the medication form, on dates the person lists', () => {
	const dated = (steps: MedicationFormInput['steps'], overrides: Partial<MedicationFormInput> = {}) =>
		form({ titration: 'steps', steps, ...overrides });

	it('saves with no single-dose amount typed: each dose time starts at the first step', () => {
		const built = buildMedicationPlan(
			dated([
				{ from: START, amounts: ['25'] },
				{ from: '2026-03-16', amounts: ['50'] }
			])
		);
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		expect(built.schedule.slots.map((slot) => slot.amount)).toEqual([25]);
		expect(built.schedule.titration).toEqual({
			kind: 'steps',
			steps: [
				{ from: START, amounts: [25] },
				{ from: '2026-03-16', amounts: [50] }
			]
		});
		const saved = scheduleRecord('med-1', built.schedule.slots, built.schedule);
		expect(stepOn(saved, START)).toMatchObject({ number: 1, total: 2, amounts: [25] });
		expect(stepOn(saved, '2026-03-16')).toMatchObject({ number: 2, total: 2, amounts: [50] });
	});

	it('ignores an amount typed under “the same dose” before choosing dated steps', () => {
		const built = buildMedicationPlan(dated([{ from: START, amounts: ['25'] }], { slots: [{ ...twoDoses[0], amount: '999' }] }));
		expect(built.ok && built.schedule.slots[0].amount).toBe(25);
	});

	it('gives each dose time its amount from the step in force on the start day', () => {
		const built = buildMedicationPlan(
			dated(
				[
					{ from: '2026-02-01', amounts: ['10', '20'] },
					{ from: START, amounts: ['25', '50'] },
					{ from: '2026-03-16', amounts: ['50', '50'] }
				],
				{ slots: twoDoses }
			)
		);
		expect(built.ok && built.schedule.slots.map((slot) => slot.amount)).toEqual([25, 50]);
	});

	it('says a missing step amount at that step’s field, once', () => {
		const built = buildMedicationPlan(
			dated([
				{ from: START, amounts: [''] },
				{ from: '2026-03-16', amounts: ['50'] }
			])
		);
		expect(built).toEqual({ ok: false, errors: { 'schedule.titration.steps.0.amounts.0': 'An amount must be a number.' } });
	});

	it('refuses a plan whose first step begins after the start day, at that step’s date', () => {
		const built = buildMedicationPlan(
			dated([
				{ from: '2026-03-09', amounts: ['25'] },
				{ from: '2026-03-16', amounts: ['50'] }
			])
		);
		expect(built).toEqual({
			ok: false,
			errors: {
				'schedule.titration.steps.0.from':
					'Step 1 begins on 9 March 2026, after the start day (2 March 2026). Start step 1 on the start day, so there is a dose from the first day.'
			}
		});
	});

	it('says a step without a date at its date field', () => {
		const built = buildMedicationPlan(
			dated([
				{ from: START, amounts: ['25'] },
				{ from: '', amounts: ['50'] }
			])
		);
		expect(built.ok).toBe(false);
		expect(!built.ok && Object.keys(built.errors)).toEqual(['schedule.titration.steps.1.from']);
	});
});

describe('the step in force on the start day', () => {
	it('is the latest step begun by then, or none', () => {
		const steps = [
			{ from: '2026-02-01', amounts: [] },
			{ from: START, amounts: [] },
			{ from: '2026-03-16', amounts: [] }
		];
		expect(stepInForceOnStart(steps, START)).toBe(1);
		expect(stepInForceOnStart(steps, '2026-03-01')).toBe(0);
		expect(stepInForceOnStart(steps, '2026-01-31')).toBeNull();
		expect(stepInForceOnStart([{ from: '', amounts: [] }], START)).toBeNull();
	});
});

describe('a blank form', () => {
	it('starts today with one dose at breakfast, and is not yet saveable', () => {
		const blank = emptyMedicationForm(START, () => 'new-slot');
		expect(blank.startDay).toBe(START);
		expect(blank.slots).toEqual([{ id: 'new-slot', mode: 'anchor', anchor: 'breakfast', time: '08:00', amount: '' }]);
		expect(blank.steps).toEqual([{ from: START, amounts: [''] }]);
		const built = buildMedicationPlan(blank);
		expect(built.ok).toBe(false);
		if (!built.ok) expect(Object.keys(built.errors)).toEqual(expect.arrayContaining(['name', 'schedule.slots.0.amount']));
	});
});

describe('the form for a plan as it stands (change the plan, resume)', () => {
	const plans: [string, Partial<MedicationFormInput>][] = [
		[
			'the same dose, two times a day',
			{
				slots: [
					{ ...twoDoses[0], amount: '50' },
					{ ...twoDoses[1], amount: '25' }
				]
			}
		],
		['some weekdays', { recurrence: 'weekdays', weekdays: [1, 3, 5], slots: [{ ...twoDoses[0], amount: '10' }] }],
		['every third day', { recurrence: 'everyNDays', everyN: '3', slots: [{ ...twoDoses[0], amount: '10' }] }],
		[
			'a taper by a step',
			{ titration: 'linear', direction: 'down', linearStart: '100', linearStep: '25', linearInterval: '14', linearTarget: '50' }
		],
		[
			'dated steps',
			{
				titration: 'steps',
				slots: twoDoses,
				steps: [
					{ from: START, amounts: ['25', '12.5'] },
					{ from: '2026-03-16', amounts: ['50', '25'] }
				]
			}
		],
		['as needed', { asNeeded: true, prnAmount: '1', prnMax: '4', prnGap: '6' }],
		['at the clinic', { clinicDispensed: true, takeHomeDays: [0, 6], slots: [{ ...twoDoses[0], amount: '60' }] }]
	];

	it.each(plans)('%s: gives back the same schedule when saved unchanged', (_name, fields) => {
		const first = buildMedicationPlan(form(fields));
		if (!first.ok) throw new Error(JSON.stringify(first.errors));
		const medication = medicationRecord('med-1', first.medication);
		const again = buildMedicationPlan({
			...emptyMedicationForm(START, () => 'other'),
			...planFormOf(medication, first.schedule)
		});
		expect(again).toEqual(first);
	});
});
