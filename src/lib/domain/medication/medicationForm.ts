/**
 * The medication form (add, change the plan, switch): what a person fills in, and its translation into
 * the records the plan stores. Types and ranges are checked by the record schemas (valibot), meaning
 * by planProblems. Every problem is keyed by a field the form shows, so each one can be fixed there.
 */
import * as v from 'valibot';
import { formatLocalDay } from '../dates';
import {
	MedicationSchema,
	ScheduleSchema,
	type DOSE_UNITS,
	type MEDICATION_FORMS,
	type Medication,
	type RoutineMoment,
	type Schedule
} from '../records';
import type { ScheduleDraft } from './plan';
import { planProblems } from './planProblems';
import { afterFieldOf, stepsAfter, type ChangeAfterInput, type StepInput } from './titrationAfter';
import { asSentence } from '../sentence';

export type MedicationDraft = Omit<Medication, 'id' | 'createdAt' | 'updatedAt'>;

export interface SlotInput {
	id: string;
	mode: 'anchor' | 'time';
	anchor: RoutineMoment;
	time: string;
	amount: string;
}

export type { ChangeAfterInput, StepInput };

/** The form's fields as typed: text where the person types, so a half-typed number is still theirs. */
export interface MedicationFormInput {
	name: string;
	purpose: 'mood' | 'anxiety' | 'sleep' | 'other';
	purposeOther: string;
	form: (typeof MEDICATION_FORMS)[number];
	strength: string;
	unit: (typeof DOSE_UNITS)[number];
	prescriberId: string;
	startDay: string;
	sideEffectNotes: string;
	asNeeded: boolean;
	slots: SlotInput[];
	recurrence: 'daily' | 'weekdays' | 'everyNDays';
	weekdays: number[];
	everyN: string;
	/** `after`: "start at 50 mg, then 100 mg after 2 weeks" (titrationAfter), saved as dated steps. */
	titration: 'none' | 'linear' | 'steps' | 'after';
	direction: 'up' | 'down';
	linearStart: string;
	linearStep: string;
	linearInterval: string;
	linearTarget: string;
	steps: StepInput[];
	afterStart: string;
	afterChanges: ChangeAfterInput[];
	prnAmount: string;
	prnMax: string;
	prnGap: string;
	clinicDispensed: boolean;
	takeHomeDays: number[];
	supply: string;
	refillAt: string;
}

/** A blank form: one dose at breakfast from today, weekdays Monday to Friday if the person picks "some days". */
export function emptyMedicationForm(today: string, newSlotId: () => string): MedicationFormInput {
	return {
		name: '',
		purpose: 'mood',
		purposeOther: '',
		form: 'tablet',
		strength: '',
		unit: 'mg',
		prescriberId: '',
		startDay: today,
		sideEffectNotes: '',
		asNeeded: false,
		slots: [{ id: newSlotId(), mode: 'anchor', anchor: 'breakfast', time: '08:00', amount: '' }],
		recurrence: 'daily',
		weekdays: [1, 2, 3, 4, 5],
		everyN: '2',
		titration: 'none',
		direction: 'up',
		linearStart: '',
		linearStep: '',
		linearInterval: '7',
		linearTarget: '',
		steps: [{ from: today, amounts: [''] }],
		afterStart: '',
		afterChanges: [{ amount: '', weeks: '2' }],
		prnAmount: '',
		prnMax: '',
		prnGap: '',
		clinicDispensed: false,
		takeHomeDays: [],
		supply: '',
		refillAt: '7'
	};
}

/**
 * The fields that describe a medication's plan as it stands, to change it from a date (or resume it):
 * what `buildMedicationPlan` would turn back into the same schedule. The start day is the caller's.
 */
export function planFormOf(
	medication: Medication,
	schedule: Omit<Schedule, 'id' | 'createdAt' | 'updatedAt' | 'medicationId'>
): Partial<MedicationFormInput> {
	const { recurrence, titration, prn } = schedule;
	return {
		name: medication.name,
		form: medication.form,
		unit: medication.unit,
		strength: medication.strength === null ? '' : String(medication.strength),
		asNeeded: medication.asNeeded,
		clinicDispensed: medication.clinicDispensed,
		takeHomeDays: [...schedule.takeHomeDays],
		slots: schedule.slots.map((slot) => ({
			id: slot.id,
			mode: slot.anchor ? ('anchor' as const) : ('time' as const),
			anchor: slot.anchor ?? 'breakfast',
			time: slot.time ?? '08:00',
			amount: String(slot.amount)
		})),
		recurrence: recurrence.kind,
		...(recurrence.kind === 'weekdays' ? { weekdays: [...recurrence.days] } : {}),
		...(recurrence.kind === 'everyNDays' ? { everyN: String(recurrence.n) } : {}),
		titration: titration?.kind ?? 'none',
		...(titration?.kind === 'linear'
			? {
					direction: titration.direction,
					linearStart: String(titration.start),
					linearStep: String(titration.step),
					linearInterval: String(titration.intervalDays),
					linearTarget: String(titration.target)
				}
			: {}),
		...(titration?.kind === 'steps'
			? { steps: titration.steps.map((step) => ({ from: step.from, amounts: step.amounts.map(String) })) }
			: {}),
		...(prn ? { prnAmount: String(prn.amount), prnMax: String(prn.maxPer24h), prnGap: String(prn.minHoursBetween) } : {})
	};
}

export type BuiltPlan =
	{ ok: true; medication: MedicationDraft; schedule: ScheduleDraft } | { ok: false; errors: Record<string, string> };

const MedicationDraftSchema = v.omit(MedicationSchema, ['id', 'createdAt', 'updatedAt']);
const ScheduleDraftSchema = v.omit(ScheduleSchema, ['id', 'createdAt', 'updatedAt', 'medicationId']);

function number(text: string | undefined): number {
	return text === undefined || text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

/**
 * The index of the dated step in force on the start day (the latest begun by then, the last listed
 * when two share a date), or null when every step begins later.
 */
export function stepInForceOnStart(steps: readonly StepInput[], startDay: string): number | null {
	let found: number | null = null;
	steps.forEach((step, index) => {
		if (step.from !== '' && step.from <= startDay && (found === null || step.from >= steps[found].from)) found = index;
	});
	return found;
}

/**
 * Where a dose time's amount comes from. Without titration, its own field; with a linear plan, the
 * starting dose; with dated steps, the step in force on the start day (the first step, if none is yet
 * — a plan refused below), so the amount never comes from a field the form hides.
 */
function amountSource(input: MedicationFormInput, slotIndex: number): { field: string; text: string | undefined } {
	if (input.titration === 'linear') return { field: 'titration.start', text: input.linearStart };
	if (input.titration === 'steps') {
		const stepIndex = stepInForceOnStart(input.steps, input.startDay) ?? 0;
		const amounts = input.steps[stepIndex]?.amounts;
		if (!amounts) return { field: 'titration.steps', text: undefined };
		const amountIndex = amounts[slotIndex] === undefined ? 0 : slotIndex;
		return { field: `titration.steps.${stepIndex}.amounts.${amountIndex}`, text: amounts[amountIndex] };
	}
	return { field: `slots.${slotIndex}.amount`, text: input.slots[slotIndex]?.amount };
}

function titrationOf(input: MedicationFormInput): ScheduleDraft['titration'] {
	if (input.titration === 'linear') {
		return {
			kind: 'linear',
			direction: input.direction,
			from: input.startDay,
			start: number(input.linearStart),
			step: number(input.linearStep),
			intervalDays: number(input.linearInterval),
			target: number(input.linearTarget)
		};
	}
	if (input.titration === 'steps') {
		return { kind: 'steps', steps: input.steps.map((step) => ({ from: step.from, amounts: step.amounts.map(number) })) };
	}
	return null;
}

function medicationOf(input: MedicationFormInput) {
	return {
		name: input.name,
		purpose: input.purpose === 'other' ? input.purposeOther.trim() : input.purpose,
		form: input.form,
		strength: input.strength.trim() === '' ? null : number(input.strength),
		unit: input.unit,
		prescriberId: input.prescriberId || null,
		startDay: input.startDay,
		stopDay: null,
		status: 'active' as const,
		sideEffectNotes: input.sideEffectNotes,
		asNeeded: input.asNeeded,
		clinicDispensed: input.clinicDispensed,
		supplyOnHand: input.supply.trim() === '' ? null : number(input.supply),
		refillAtDaysLeft: input.supply.trim() === '' ? null : number(input.refillAt)
	};
}

function scheduleOf(input: MedicationFormInput) {
	return {
		slots: input.asNeeded
			? []
			: input.slots.map((slot, index) => ({
					id: slot.id,
					anchor: slot.mode === 'anchor' ? slot.anchor : null,
					time: slot.mode === 'time' ? slot.time : null,
					amount: number(amountSource(input, index).text)
				})),
		recurrence:
			input.recurrence === 'daily'
				? { kind: 'daily' as const }
				: input.recurrence === 'weekdays'
					? { kind: 'weekdays' as const, days: [...input.weekdays].sort() }
					: { kind: 'everyNDays' as const, n: number(input.everyN), from: input.startDay },
		titration: input.asNeeded ? null : titrationOf(input),
		prn: input.asNeeded
			? { amount: number(input.prnAmount), maxPer24h: number(input.prnMax), minHoursBetween: number(input.prnGap) }
			: null,
		takeHomeDays: input.clinicDispensed ? [...input.takeHomeDays].sort() : [],
		from: input.startDay,
		until: null
	};
}

/** A dated plan must give a dose from the start day: its first step begins then (or earlier, for a changed plan). */
function firstStepProblem(input: MedicationFormInput): string | null {
	if (input.asNeeded || input.titration !== 'steps' || input.steps.length === 0) return null;
	if (stepInForceOnStart(input.steps, input.startDay) !== null) return null;
	const [first, start] = [formatLocalDay(input.steps[0].from, 'en-GB'), formatLocalDay(input.startDay, 'en-GB')];
	return `Step 1 begins on ${first}, after the start day (${start}). Start step 1 on the start day, so there is a dose from the first day.`;
}

/** The records to save, or the problems keyed by the field that shows them (`schedule.` for the plan). */
export function buildMedicationPlan(input: MedicationFormInput): BuiltPlan {
	if (input.titration === 'after' && !input.asNeeded) return buildAfterPlan(input);
	return buildPlan(input);
}

/** "Start at 50 mg, then 100 mg after 2 weeks": built as dated steps, its problems shown on the fields typed. */
function buildAfterPlan(input: MedicationFormInput): BuiltPlan {
	const expanded = stepsAfter(input.startDay, input.afterStart, input.afterChanges, input.slots.length);
	if (!expanded.ok) {
		const errors: Record<string, string> = {};
		for (const [field, message] of Object.entries(expanded.errors)) errors[`schedule.titration.${field}`] = message;
		return { ok: false, errors };
	}
	const built = buildPlan({ ...plainForm(input), titration: 'steps', steps: expanded.steps });
	if (built.ok) return built;
	const errors: Record<string, string> = {};
	for (const [key, message] of Object.entries(built.errors)) {
		const field = key.startsWith('schedule.') ? afterFieldOf(key.slice('schedule.'.length)) : null;
		errors[field ? `schedule.${field}` : key] ??= message;
	}
	return { ok: false, errors };
}

/** The form's fields as a plain object: the screens' form keeps them as accessors, which a spread would miss. */
function plainForm(input: MedicationFormInput): MedicationFormInput {
	const keys = Object.keys(emptyMedicationForm('', () => '')) as (keyof MedicationFormInput)[];
	return Object.fromEntries(keys.map((key) => [key, input[key]])) as unknown as MedicationFormInput;
}

function buildPlan(input: MedicationFormInput): BuiltPlan {
	const medication = medicationOf(input);
	const schedule = scheduleOf(input);
	const errors: Record<string, string> = {};
	const medicationResult = v.safeParse(MedicationDraftSchema, medication);
	const scheduleResult = v.safeParse(ScheduleDraftSchema, schedule);
	for (const issue of medicationResult.issues ?? []) errors[pathOf(issue)] ??= asSentence(issue.message);
	for (const issue of scheduleResult.issues ?? []) errors[scheduleKey(input, pathOf(issue))] ??= asSentence(issue.message);
	if (Object.keys(errors).length === 0) {
		const draft = schedule as ScheduleDraft;
		for (const problem of planProblems({ medication, schedule: draft })) {
			errors[scheduleKey(input, problem.field)] ??= problem.message;
		}
		const first = firstStepProblem(input);
		if (first) errors['schedule.titration.steps.0.from'] ??= first;
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, medication: medication as MedicationDraft, schedule: schedule as ScheduleDraft };
}

/** The shown field a schedule problem belongs to, so the person can always fix it where it is said. */
function scheduleKey(input: MedicationFormInput, path: string): string {
	// The schedule's dates are the start day the person picked.
	if (path === 'from' || path === 'recurrence.from' || path === 'titration.from') return 'startDay';
	// Under a titration a dose time has no amount field: its amount came from a titration field.
	const slotAmount = /^slots\.(\d+)\.amount$/.exec(path);
	return `schedule.${slotAmount ? amountSource(input, Number(slotAmount[1])).field : path}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	return issue.path?.map((item) => String(item.key)).join('.') ?? '';
}
