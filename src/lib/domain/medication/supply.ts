/**
 * Supply on hand, in the units it is counted in (tablets, capsules, mL…): how much a day uses, how
 * many days are left, and when to say "refill soon".
 */
import type { LocalDay } from '../dates';
import type { Medication, Schedule } from '../records';
import { amountOn, medicationDueOn, tidy, type Recurrence } from './plan';
import { scheduleInForce } from './timeline';

const MASS_UNITS: readonly string[] = ['mg', 'mcg', 'g'];
/** Refill reminder when the medication does not set its own. */
export const DEFAULT_REFILL_DAYS = 7;

/** A 50 mg dose of 25 mg tablets is 2 tablets; a dose in mL or drops is counted as it is. */
export function unitsOf(medication: Pick<Medication, 'strength' | 'unit'>, amount: number): number {
	const perUnit = medication.strength;
	return perUnit !== null && perUnit > 0 && MASS_UNITS.includes(medication.unit) ? tidy(amount / perUnit) : amount;
}

/** The share of days a recurrence doses on, so a supply lasts as long on average as it really does. */
function dosingDaysShare(recurrence: Recurrence): number {
	if (recurrence.kind === 'daily') return 1;
	if (recurrence.kind === 'weekdays') return recurrence.days.length / 7;
	return recurrence.n > 0 ? 1 / recurrence.n : 0;
}

/**
 * Units used per day by the plan in force that day, averaged over its recurrence (a dose every
 * 3 days uses a third a day), so "days left" does not jump between dose days and rest days.
 */
export function dailyUse(medication: Medication, schedules: readonly Schedule[], day: LocalDay): number {
	if (medication.asNeeded || !medicationDueOn(medication, day)) return 0;
	const schedule = scheduleInForce(medication, schedules, day);
	if (!schedule || schedule.prn !== null) return 0;
	const share = dosingDaysShare(schedule.recurrence);
	let units = 0;
	schedule.slots.forEach((_, slotIndex) => {
		units += unitsOf(medication, amountOn(schedule, slotIndex, day) ?? 0) * share;
	});
	return tidy(units);
}

export function daysLeft(medication: Medication, schedules: readonly Schedule[], day: LocalDay): number | null {
	const use = dailyUse(medication, schedules, day);
	if (medication.supplyOnHand === null || use <= 0) return null;
	return tidy(medication.supplyOnHand / use);
}

export function refillSoon(medication: Medication, schedules: readonly Schedule[], day: LocalDay): boolean {
	const left = daysLeft(medication, schedules, day);
	return left !== null && left <= (medication.refillAtDaysLeft ?? DEFAULT_REFILL_DAYS);
}

/** What is left after taking a dose; never below zero, since the count was only ever an estimate. */
export function supplyAfterDose(medication: Medication, amount: number): number | null {
	if (medication.supplyOnHand === null) return null;
	return Math.max(0, tidy(medication.supplyOnHand - unitsOf(medication, amount)));
}
