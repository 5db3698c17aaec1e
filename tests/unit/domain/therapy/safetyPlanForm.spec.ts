import { describe, expect, it } from 'vitest';
import {
	MAX_ENTRY,
	cleanedSafetyPlan,
	emptySafetyPlan,
	safetyPlanDraftOf,
	safetyPlanToSave
} from '$lib/domain/therapy/safetyPlanForm';
import { SAFETY_PLAN_PROMPTS, SAFETY_PLAN_STEPS, SAFETY_PLAN_TEXT_STEPS } from '$lib/domain/therapy/safetyPlanSteps';
import { STAMP } from '../../../fixtures/factories';

const contacts = new Set(['sam', 'dr-okafor']);

describe('the safety plan’s steps', () => {
	it('are the seven Stanley–Brown steps, with a prompt for every text step', () => {
		expect(SAFETY_PLAN_STEPS.map((step) => step.title.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
		expect(SAFETY_PLAN_TEXT_STEPS.map((step) => step.key)).not.toContain('peopleToAsk');
		expect(Object.keys(SAFETY_PLAN_PROMPTS).sort()).toEqual(SAFETY_PLAN_TEXT_STEPS.map((step) => step.key).sort());
	});
});

describe('the safety plan editor', () => {
	it('starts from a copy of the stored plan, or an empty one', () => {
		const stored = {
			...emptySafetyPlan(),
			id: 'safety-plan',
			createdAt: STAMP,
			updatedAt: STAMP,
			warningSigns: ['Not sleeping']
		};
		const draft = safetyPlanDraftOf(stored);
		draft.warningSigns.push('Skipping meals');
		expect(stored.warningSigns).toEqual(['Not sleeping']);
		expect(safetyPlanDraftOf(undefined)).toEqual(emptySafetyPlan());
	});

	it('saves entries trimmed, drops empty ones, and lets go of people no longer in contacts', () => {
		const draft = { ...emptySafetyPlan(), warningSigns: ['  Not sleeping ', '', '   '], peopleToAsk: ['sam', 'gone'] };
		expect(cleanedSafetyPlan(draft, contacts)).toEqual({
			...emptySafetyPlan(),
			warningSigns: ['Not sleeping'],
			peopleToAsk: ['sam']
		});
		expect(safetyPlanToSave(draft, contacts)).toEqual({ ok: true, plan: cleanedSafetyPlan(draft, contacts) });
	});

	it('asks for a long entry to be split, naming which one', () => {
		const draft = { ...emptySafetyPlan(), reasonsForLiving: ['My sister', 'x'.repeat(MAX_ENTRY + 1)] };
		expect(safetyPlanToSave(draft, contacts)).toEqual({
			ok: false,
			message: 'Reason for living 2 is a little long. Please keep each entry under 500 characters — you can split it into two.'
		});
		// Spaces around an entry don't count towards the limit.
		expect(safetyPlanToSave({ ...draft, reasonsForLiving: [` ${'x'.repeat(MAX_ENTRY)} `] }, contacts).ok).toBe(true);
	});
});
