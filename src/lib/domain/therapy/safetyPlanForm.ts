/**
 * The safety plan editor's rules: a draft to type into, and what is saved from it — entries trimmed,
 * empty ones dropped, people who are no longer contacts let go, each entry within the limit.
 */
import * as v from 'valibot';
import { SafetyPlanSchema, type SafetyPlan } from '../records/therapy';
import { SAFETY_PLAN_PROMPTS, SAFETY_PLAN_TEXT_STEPS } from './safetyPlanSteps';

export type SafetyPlanDraft = Omit<SafetyPlan, 'id' | 'createdAt' | 'updatedAt'>;

/** Long enough for a sentence or two; a longer entry is easier to read as two. */
export const MAX_ENTRY = 500;

const DraftSchema = v.omit(SafetyPlanSchema, ['id', 'createdAt', 'updatedAt']);

export function emptySafetyPlan(): SafetyPlanDraft {
	return {
		warningSigns: [],
		copingStrategies: [],
		distractions: [],
		peopleToAsk: [],
		professionals: [],
		safeEnvironment: [],
		reasonsForLiving: []
	};
}

/** A draft of the stored plan (its own lists, so typing never touches the stored one), or an empty one. */
export function safetyPlanDraftOf(stored: SafetyPlan | null | undefined): SafetyPlanDraft {
	const draft = emptySafetyPlan();
	if (stored) for (const key of Object.keys(draft) as (keyof SafetyPlanDraft)[]) draft[key] = [...stored[key]];
	return draft;
}

/** Trimmed, with empty entries dropped; people who are no longer contacts are let go. */
export function cleanedSafetyPlan(draft: SafetyPlanDraft, contactIds: ReadonlySet<string>): SafetyPlanDraft {
	const cleaned = { ...draft, peopleToAsk: draft.peopleToAsk.filter((id) => contactIds.has(id)) };
	for (const { key } of SAFETY_PLAN_TEXT_STEPS) cleaned[key] = draft[key].map((entry) => entry.trim()).filter(Boolean);
	return cleaned;
}

function tooLong(plan: SafetyPlanDraft): string | null {
	for (const { key } of SAFETY_PLAN_TEXT_STEPS) {
		const index = plan[key].findIndex((entry) => entry.length > MAX_ENTRY);
		if (index >= 0) {
			const noun = SAFETY_PLAN_PROMPTS[key].noun;
			return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${index + 1} is a little long. Please keep each entry under ${MAX_ENTRY} characters — you can split it into two.`;
		}
	}
	return null;
}

/** The plan to save from a draft, or what keeps it from being saved, in words. */
export function safetyPlanToSave(
	draft: SafetyPlanDraft,
	contactIds: ReadonlySet<string>
): { ok: true; plan: SafetyPlanDraft } | { ok: false; message: string } {
	const cleaned = cleanedSafetyPlan(draft, contactIds);
	const long = tooLong(cleaned);
	if (long) return { ok: false, message: long };
	const result = v.safeParse(DraftSchema, cleaned);
	if (!result.success) {
		return { ok: false, message: 'Something in the plan could not be saved. Please check the entries and try again.' };
	}
	return { ok: true, plan: result.output };
}
