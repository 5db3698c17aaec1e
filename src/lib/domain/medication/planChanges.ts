/**
 * The rules of the forms that change a medicine from a day — stop, pause, stop a titration part-way,
 * change the plan, resume, switch — and of the "who decided" each of them records. A check answers the
 * sentence the form shows, or null when the day is fine; days are the `YYYY-MM-DD` a date field gives
 * ('' when it was cleared).
 */
import { addDays, type LocalDay } from '../dates';
import type { Medication, Schedule } from '../records';
import type { ScheduleDraft } from './plan';
import { holdDraft } from './timeline';

export interface CareDecision {
	decidedBy: string;
	reason: string;
}

/** What a form records as the decision: trimmed, with the form's own words where nothing was typed. */
export function careDecision(typed: CareDecision, usual: Partial<CareDecision> = {}): CareDecision {
	return { decidedBy: typed.decidedBy.trim() || (usual.decidedBy ?? ''), reason: typed.reason.trim() || (usual.reason ?? '') };
}

const startsBefore = (medication: Pick<Medication, 'startDay'>, day: LocalDay) => !day || day < medication.startDay;

export function stopDayProblem(medication: Pick<Medication, 'startDay'>, day: LocalDay): string | null {
	return startsBefore(medication, day) ? 'The last day can’t be before the medication started.' : null;
}

export function pauseDayProblem(medication: Pick<Medication, 'startDay'>, day: LocalDay): string | null {
	return startsBefore(medication, day) ? 'The pause can’t begin before the medication started.' : null;
}

/** A new plan, or resuming after a pause, from `day`. */
export function changeDayProblem(medication: Pick<Medication, 'startDay'>, day: LocalDay, resuming: boolean): string | null {
	if (!startsBefore(medication, day)) return null;
	return resuming ? 'Resuming can’t start before the medication did.' : 'The new plan can’t start before the medication did.';
}

/** "taper" for a plan going down by steps, "titration" for any other. */
export function titrationWord(schedule: Pick<Schedule, 'titration'>): 'taper' | 'titration' {
	return schedule.titration?.kind === 'linear' && schedule.titration.direction === 'down' ? 'taper' : 'titration';
}

export const HOLD_DAY_PROBLEM = 'Choose a day on or after this plan began.';

/** Stopping a titration part-way: the plan that keeps the dose of `day`, or null for a day before the plan began. */
export function heldPlan(schedule: Schedule, day: LocalDay): ScheduleDraft | null {
	return day && day >= schedule.from ? holdDraft(schedule, day) : null;
}

/** The reason a hold records when none was typed. */
export function holdReason(schedule: Pick<Schedule, 'titration'>): string {
	return `Stopped the ${titrationWord(schedule)} part-way`;
}

/** A cross-taper's form is the old medicine's own schedule: its name, unit and strength, from the new one's first day. */
export function taperFields(from: Pick<Medication, 'name' | 'unit' | 'strength'>, firstDay: LocalDay) {
	return { startDay: firstDay, name: from.name, unit: from.unit, strength: String(from.strength ?? '') };
}

export type SwitchDays = { ok: true; lastDay: LocalDay } | { ok: false; message: string };

/**
 * The old medicine's last day in a switch: the day before the new one starts, or with a cross-taper the
 * day the person chose (on or after the new one's first day). Never before the old one started.
 */
export function switchLastDay(
	from: Pick<Medication, 'name' | 'startDay'>,
	firstDay: LocalDay,
	crossTaperLastDay: LocalDay | null
): SwitchDays {
	if (crossTaperLastDay !== null && (!crossTaperLastDay || crossTaperLastDay < firstDay)) {
		return {
			ok: false,
			message: 'With a cross-taper, the old medication’s last day must be on or after the new one’s first day.'
		};
	}
	const lastDay = crossTaperLastDay ?? addDays(firstDay, -1);
	if (lastDay < from.startDay) return { ok: false, message: `${from.name} can’t stop before it started.` };
	return { ok: true, lastDay };
}
