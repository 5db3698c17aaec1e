import { instantOf } from '$lib/domain/dates';
import type { SafetyPlan } from '$lib/domain/records';
import type { SafetyPlanDraft } from '$lib/domain/therapy/safetyPlanForm';
import { database } from './database';

export type { SafetyPlanDraft };

/** A person has one safety plan at most, so its id is fixed. */
export const SAFETY_PLAN_ID = 'safety-plan';

export function loadSafetyPlan(): Promise<SafetyPlan | undefined> {
	return database().safetyPlan.get(SAFETY_PLAN_ID);
}

export async function saveSafetyPlan(draft: SafetyPlanDraft, now = new Date()): Promise<SafetyPlan> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.safetyPlan, async () => {
		const existing = await db.safetyPlan.get(SAFETY_PLAN_ID);
		const record: SafetyPlan = { ...draft, id: SAFETY_PLAN_ID, createdAt: existing?.createdAt ?? at, updatedAt: at };
		await db.safetyPlan.put(record);
		return record;
	});
}
