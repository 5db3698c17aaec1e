/**
 * Whether a medication plan makes sense, field by field, in words that say what to fix. The record
 * schemas check types and ranges; these check meaning (a taper that goes up, steps out of order).
 */
import { formatLocalDay, type LocalDay } from '../dates';
import { MAX_AMOUNT } from '../records/limits';
import type { Medication } from '../records';
import {
	formatAmount,
	goingUp,
	linearStepCount,
	MAX_PLAN_STEPS,
	type LinearTitration,
	type PrnLimits,
	type Recurrence,
	type ScheduleDraft
} from './plan';

export interface PlanProblem {
	field: string;
	message: string;
}

type PlanMedication = Pick<Medication, 'startDay' | 'stopDay' | 'asNeeded'> & { unit?: string };

/** An amount a person could have meant: above zero and below any real single dose. */
function amountProblem(amount: number, unit?: string, zeroAllowed = false): string | null {
	if (amount < 0) return 'An amount can’t be negative.';
	if (amount === 0 && !zeroAllowed) return 'An amount must be more than zero.';
	if (amount > MAX_AMOUNT) return `${formatAmount(amount, unit)} is more than any single dose — is there a typo?`;
	return null;
}

function day(value: LocalDay): string {
	return formatLocalDay(value, 'en-GB');
}

/**
 * Everything in a plan that makes no sense, each with the field it belongs to and a sentence saying
 * why. Types and ranges are the record schema's job; this checks meaning. [] for a sensible plan.
 */
export function planProblems(draft: { medication: PlanMedication; schedule: ScheduleDraft }): PlanProblem[] {
	const { medication, schedule } = draft;
	const unit = medication.unit;
	const problems: PlanProblem[] = [];
	const add = (field: string, message: string | null) => {
		if (message) problems.push({ field, message });
	};
	if (medication.stopDay !== null && medication.stopDay < medication.startDay) {
		add('stopDay', 'The medication stops before it starts.');
	}
	if (schedule.until !== null && schedule.until < schedule.from) add('until', 'The schedule ends before it starts.');
	if (!medication.asNeeded && schedule.slots.length === 0) {
		add('slots', 'Add at least one dose time — when should it be taken?');
	}
	schedule.slots.forEach((slot, index) => {
		if (slot.anchor !== null && slot.time !== null) {
			add(`slots.${index}`, 'A dose is taken either at a routine moment or at a clock time, not both.');
		} else if (slot.anchor === null && slot.time === null) {
			add(`slots.${index}`, 'Choose when this dose is taken: at a routine moment or at a clock time.');
		}
		add(`slots.${index}.amount`, amountProblem(slot.amount, unit));
	});
	recurrenceProblems(schedule.recurrence, add);
	if (schedule.titration?.kind === 'linear') linearProblems(schedule.titration, unit, add);
	if (schedule.titration?.kind === 'steps') datedStepProblems(schedule, unit, add);
	if (medication.asNeeded && schedule.prn === null) {
		add('prn', 'An as-needed medicine needs its limits: how much at a time, how many in 24 hours, how long between.');
	}
	if (schedule.prn !== null) prnProblems(schedule.prn, unit, add);
	return problems;
}

type Add = (field: string, message: string | null) => void;

function recurrenceProblems(recurrence: Recurrence, add: Add): void {
	if (recurrence.kind === 'weekdays' && recurrence.days.length === 0) {
		add('recurrence.days', 'Choose at least one day of the week.');
	}
	if (recurrence.kind === 'everyNDays' && !(Number.isInteger(recurrence.n) && recurrence.n >= 1)) {
		add('recurrence.n', 'Every how many days? It must be a whole number, at least 1.');
	}
}

function linearProblems(titration: LinearTitration, unit: string | undefined, add: Add): void {
	const { start, step, target } = titration;
	add('titration.start', amountProblem(start, unit));
	if (step === 0) add('titration.step', 'The step can’t be zero — how much should the dose change each time?');
	else if (step < 0)
		add('titration.step', 'The step is how much the dose changes; it can’t be negative. Choose “down” to taper.');
	else add('titration.step', amountProblem(step, unit));
	if (!(Number.isInteger(titration.intervalDays) && titration.intervalDays >= 1)) {
		add('titration.intervalDays', 'Steps must be at least one whole day apart.');
	}
	// Tapering may end at zero: that is the dose the taper leads to, not a typo.
	const targetAmount = amountProblem(target, unit, !goingUp(titration));
	add('titration.target', targetAmount);
	const [targetText, startText] = [formatAmount(target, unit), formatAmount(start, unit)];
	if (!targetAmount && goingUp(titration) && target <= start) {
		add('titration.target', `When going up, the target (${targetText}) must be above the starting dose (${startText}).`);
	}
	if (!targetAmount && !goingUp(titration) && target >= start) {
		add('titration.target', `When tapering down, the target (${targetText}) must be below the starting dose (${startText}).`);
	}
	const count = linearStepCount(titration);
	if (step > 0 && count > MAX_PLAN_STEPS) {
		add('titration.step', `This plan would take ${count} steps; a plan can have at most ${MAX_PLAN_STEPS}. Is the step right?`);
	}
}

function datedStepProblems(schedule: ScheduleDraft, unit: string | undefined, add: Add): void {
	if (schedule.titration?.kind !== 'steps') return;
	const steps = schedule.titration.steps;
	if (steps.length === 0) add('titration.steps', 'Add at least one dated step.');
	const slotCount = Math.max(1, schedule.slots.length);
	steps.forEach((step, index) => {
		const field = `titration.steps.${index}`;
		if (steps.slice(0, index).some((earlier) => earlier.from === step.from)) {
			add(`${field}.from`, `Two steps start on ${day(step.from)}; each step needs its own date.`);
		} else if (index > 0 && step.from < steps[index - 1].from) {
			add(`${field}.from`, `Step ${index + 1} starts before step ${index}; list the steps in date order.`);
		}
		if (schedule.until !== null && step.from > schedule.until) {
			add(`${field}.from`, `Step ${index + 1} starts after the schedule ends (${day(schedule.until)}).`);
		}
		if (step.amounts.length === 0) add(`${field}.amounts`, `Step ${index + 1} has no amount.`);
		if (step.amounts.length > slotCount) {
			add(
				`${field}.amounts`,
				`Step ${index + 1} has ${step.amounts.length} amounts, but there ${slotCount === 1 ? 'is 1 dose' : `are ${slotCount} doses`} a day.`
			);
		}
		// A zero in a dated step drops that dose (tapering 25 + 25 → 25 + 0); it is not a typo.
		step.amounts.forEach((amount, slot) => add(`${field}.amounts.${slot}`, amountProblem(amount, unit, true)));
	});
}

function prnProblems(prn: PrnLimits, unit: string | undefined, add: Add): void {
	add('prn.amount', amountProblem(prn.amount, unit));
	if (!(Number.isInteger(prn.maxPer24h) && prn.maxPer24h >= 1)) {
		add('prn.maxPer24h', 'Allow at least one dose in 24 hours, as a whole number.');
	} else if (prn.amount > 0 && prn.maxPer24h * prn.amount > MAX_AMOUNT) {
		const total = formatAmount(prn.maxPer24h * prn.amount, unit);
		add(
			'prn.maxPer24h',
			`${prn.maxPer24h} doses of ${formatAmount(prn.amount, unit)} would be ${total} in 24 hours — is there a typo?`
		);
	}
	if (prn.minHoursBetween < 0) add('prn.minHoursBetween', 'The hours between doses can’t be negative.');
}
