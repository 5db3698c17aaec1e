/**
 * The medication plan as the care team wrote it: which days a schedule applies, and the dose due on a
 * date under its titration (start, step, interval, target — or dated steps). Tandem never suggests a
 * dose; it only computes the one the plan already says.
 */
import { addDays, daysBetween, type LocalDay } from '../dates';
import type { Medication, Routine, Schedule } from '../records';

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
 * Whether a medication's doses can be due on a day: within its first and last days. A pause ends the
 * schedules on the day it begins (timeline.ts), so a paused medication keeps the doses it had before.
 * A stop recorded without a day (never written by Tandem) has no due doses at all.
 */
export function medicationDueOn(medication: Pick<Medication, 'status' | 'startDay' | 'stopDay'>, day: LocalDay): boolean {
	if (day < medication.startDay) return false;
	if (medication.stopDay !== null && day > medication.stopDay) return false;
	return !(medication.status === 'stopped' && medication.stopDay === null);
}

export function goingUp(titration: LinearTitration): boolean {
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

/** "50 mg", "2.5 mL", "0.0625 mg": an amount as people write it, without floating-point noise; the one spelling everywhere. */
export function formatAmount(amount: number, unit?: string): string {
	return unit ? `${tidy(amount)} ${unit}` : String(tidy(amount));
}
