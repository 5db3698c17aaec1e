/**
 * The medication plan as the care team wrote it: which days a schedule applies, and the dose due on a
 * date under its titration (start, step, interval, target — or dated steps). Tandem never suggests a
 * dose; it only computes the one the plan already says.
 */
import { addDays, daysBetween, formatLocalDay, type LocalDay } from '../dates';
import { MAX_AMOUNT, type Medication, type Routine, type Schedule } from '../records';

export type DoseSlot = Schedule['slots'][number];
export type Recurrence = Schedule['recurrence'];
export type Titration = NonNullable<Schedule['titration']>;
export type LinearTitration = Extract<Titration, { kind: 'linear' }>;
export type PrnLimits = NonNullable<Schedule['prn']>;
export type ScheduleDraft = Omit<Schedule, 'id' | 'createdAt' | 'updatedAt' | 'medicationId'>;

export interface PlanStep {
	number: number;
	from: LocalDay;
	amounts: number[];
}

/** The most steps a plan may have, linear plans expanded: the record schema's limit for dated steps. */
export const MAX_PLAN_STEPS = 100;

/** Rounds away float noise (0.1 + 0.2), so 0.3 mg is shown and compared as 0.3. */
export function tidy(amount: number): number {
	return Math.round(amount * 1e6) / 1e6;
}

/** 0 = Sunday … 6 = Saturday, counted on the calendar from a known Sunday, so no time zone can shift it. */
export function weekdayOf(day: LocalDay): number {
	return ((daysBetween('2026-01-04', day) % 7) + 7) % 7;
}

/** A slot with neither anchor nor time is refused by planProblems; midnight keeps old data readable. */
export function slotClock(slot: DoseSlot, routine: Routine): string {
	return slot.anchor ? routine[slot.anchor] : (slot.time ?? '00:00');
}

export function recurrenceMatches(recurrence: Recurrence, day: LocalDay): boolean {
	if (recurrence.kind === 'daily') return true;
	if (recurrence.kind === 'weekdays') return recurrence.days.includes(weekdayOf(day));
	const since = daysBetween(recurrence.from, day);
	// Days before the first dose of an every-N-days plan are not dose days, even on the rhythm.
	return since >= 0 && since % recurrence.n === 0;
}

export function scheduleCovers(schedule: Pick<Schedule, 'from' | 'until'>, day: LocalDay): boolean {
	return day >= schedule.from && (schedule.until === null || day <= schedule.until);
}

export function scheduleActiveOn(schedule: Schedule, day: LocalDay): boolean {
	return scheduleCovers(schedule, day) && recurrenceMatches(schedule.recurrence, day);
}

/**
 * Whether a medication's doses are due on a day: within its start and stop days, and active or stopped
 * later. A pause carries no date, so a paused medication has no due doses at all.
 */
export function medicationDueOn(medication: Pick<Medication, 'status' | 'startDay' | 'stopDay'>, day: LocalDay): boolean {
	if (day < medication.startDay) return false;
	if (medication.stopDay !== null && day > medication.stopDay) return false;
	if (medication.status === 'active') return true;
	return medication.status === 'stopped' && medication.stopDay !== null;
}

function goingUp(titration: LinearTitration): boolean {
	return titration.direction === 'up';
}

/** The k-th amount of a linear plan, clamped at the target so the last step never overshoots. */
function linearAmountAt(titration: LinearTitration, k: number): number {
	const { start, step, target } = titration;
	return tidy(goingUp(titration) ? Math.min(start + k * step, target) : Math.max(start - k * step, target));
}

function linearAmount(titration: LinearTitration, day: LocalDay): number | null {
	if (day < titration.from) return null;
	const interval = Math.max(1, titration.intervalDays);
	return linearAmountAt(titration, Math.floor(daysBetween(titration.from, day) / interval));
}

/** The dated step in force on a day: the latest that has begun (the last listed when two share a date). */
function datedStepOn<T extends { from: LocalDay }>(steps: readonly T[], day: LocalDay): T | null {
	let found: T | null = null;
	for (const step of steps) {
		if (step.from <= day && (found === null || step.from >= found.from)) found = step;
	}
	return found;
}

/** The amount the plan gives a slot on a day, whatever the recurrence says (null for a missing slot). */
export function amountOn(schedule: Schedule, slotIndex: number, day: LocalDay): number | null {
	const slot = schedule.slots[slotIndex];
	if (!slot) return null;
	const titration = schedule.titration;
	if (titration === null) return slot.amount;
	if (titration.kind === 'linear') return linearAmount(titration, day) ?? slot.amount;
	const step = datedStepOn(titration.steps, day);
	return step ? (step.amounts[slotIndex] ?? step.amounts[0] ?? slot.amount) : slot.amount;
}

export function doseOn(schedule: Schedule, slotIndex: number, day: LocalDay): number | null {
	return scheduleActiveOn(schedule, day) ? amountOn(schedule, slotIndex, day) : null;
}

/** How many steps a linear plan has, counted without expanding it (a typo could mean millions). */
export function linearStepCount(titration: LinearTitration): number {
	if (titration.step <= 0 || goingUp(titration) !== titration.target > titration.start) return 1;
	return Math.ceil(tidy(Math.abs(titration.target - titration.start) / titration.step)) + 1;
}

function linearSteps(titration: LinearTitration): { from: LocalDay; amount: number }[] {
	const count = Math.min(linearStepCount(titration), MAX_PLAN_STEPS * 10);
	const interval = Math.max(1, titration.intervalDays);
	return Array.from({ length: count }, (_, k) => ({
		from: addDays(titration.from, k * interval),
		amount: linearAmountAt(titration, k)
	}));
}

export function titrationSteps(schedule: Schedule | ScheduleDraft): PlanStep[] {
	const { slots, titration } = schedule;
	if (titration === null) return [{ number: 1, from: schedule.from, amounts: slots.map((slot) => slot.amount) }];
	if (titration.kind === 'linear') {
		return linearSteps(titration).map((step, index) => ({
			number: index + 1,
			from: step.from,
			amounts: slots.length > 0 ? slots.map(() => step.amount) : [step.amount]
		}));
	}
	return [...titration.steps]
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
		.map((step, index) => ({
			number: index + 1,
			from: step.from,
			amounts: slots.length > 0 ? slots.map((slot, j) => step.amounts[j] ?? step.amounts[0] ?? slot.amount) : [...step.amounts]
		}));
}

/** The step in force on a day, for "step 2 of 4 — 50 mg from 3 March"; null outside the plan. */
export function stepOn(schedule: Schedule, day: LocalDay): (PlanStep & { total: number }) | null {
	if (!scheduleCovers(schedule, day)) return null;
	const steps = titrationSteps(schedule);
	const step = datedStepOn(steps, day);
	return step ? { ...step, total: steps.length } : null;
}

export function formatAmount(amount: number, unit?: string): string {
	return unit ? `${tidy(amount)} ${unit}` : String(tidy(amount));
}

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
