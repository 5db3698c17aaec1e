/**
 * A titration typed as it is said: "start at 50 mg, then 100 mg after 2 weeks, then 150 mg 2 weeks
 * later". Each amount is typed once and every dose time takes it; each wait is counted from the
 * change before. It becomes dated steps (the plan's own `steps` titration), so the rest of Tandem
 * sees one kind of plan. Tandem records what the person types; it never proposes an amount.
 */
import { addDays, isLocalDay } from '../dates';

/** A dated step as the form holds it: its first day and the amount typed for each dose time. */
export interface StepInput {
	from: string;
	amounts: string[];
}

/** One change after the start: the new amount per dose, and how many weeks after the change before. */
export interface ChangeAfterInput {
	amount: string;
	weeks: string;
}

const MAX_WEEKS = 104;

/** Whole weeks from 1 to 104 as typed ("2", " 3 "); null for anything else. */
function weeksOf(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) return null;
	const weeks = Number(trimmed);
	return weeks >= 1 && weeks <= MAX_WEEKS ? weeks : null;
}

export type StepsAfter = { ok: true; steps: StepInput[] } | { ok: false; errors: Record<string, string> };

/**
 * The dated steps for a start day, a starting amount and the changes after it, with the amount
 * repeated for each of `doseTimes` dose times. Amounts stay as typed (the plan's schema checks them);
 * the waits are checked here, keyed `after.<index>.weeks`.
 */
export function stepsAfter(startDay: string, start: string, changes: readonly ChangeAfterInput[], doseTimes: number): StepsAfter {
	const times = Math.max(1, doseTimes);
	const errors: Record<string, string> = {};
	const steps: StepInput[] = [{ from: startDay, amounts: Array<string>(times).fill(start) }];
	let day = startDay;
	changes.forEach((change, index) => {
		const weeks = weeksOf(change.weeks);
		if (weeks === null) {
			errors[`after.${index}.weeks`] = `Enter the weeks as a whole number from 1 to ${MAX_WEEKS}.`;
			return;
		}
		if (isLocalDay(day)) day = addDays(day, weeks * 7);
		steps.push({ from: day, amounts: Array<string>(times).fill(change.amount) });
	});
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, steps };
}

/**
 * Where a problem with the expanded steps is shown in the "after" fields: the start amount for step 1,
 * the change's amount or wait for the later ones.
 */
export function afterFieldOf(stepsPath: string): string | null {
	const match = /^titration\.steps\.(\d+)\.(amounts|from)/.exec(stepsPath);
	if (!match) return stepsPath === 'titration.steps' ? 'titration.afterStart' : null;
	const index = Number(match[1]);
	if (index === 0) return match[2] === 'amounts' ? 'titration.afterStart' : null;
	return `titration.after.${index - 1}.${match[2] === 'amounts' ? 'amount' : 'weeks'}`;
}
