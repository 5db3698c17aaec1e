import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { loadSafetyPlan, saveSafetyPlan, type SafetyPlanDraft } from '$lib/db/safetyPlan';
import { SafetyPlanSchema } from '$lib/domain/records';

function draft(overrides: Partial<SafetyPlanDraft> = {}): SafetyPlanDraft {
	return {
		warningSigns: ['Not sleeping'],
		copingStrategies: ['A walk by the river'],
		distractions: [],
		peopleToAsk: ['contact-1'],
		professionals: ['My therapist'],
		safeEnvironment: [],
		reasonsForLiving: ['My sister'],
		...overrides
	};
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

afterEach(() => resetDatabaseForTests());

describe('the safety plan', () => {
	it('is missing until the first save', async () => {
		expect(await loadSafetyPlan()).toBeUndefined();
	});

	it('is saved as the one record with id safety-plan', async () => {
		await saveSafetyPlan(draft(), new Date('2026-11-01T10:00:00Z'));
		const stored = await database().safetyPlan.toArray();
		expect(stored).toHaveLength(1);
		expect(stored[0].id).toBe('safety-plan');
		expect(stored[0].warningSigns).toEqual(['Not sleeping']);
		expect(stored[0].createdAt).toBe(stored[0].updatedAt);
	});

	it('is updated in place on a second save, keeping when it was first written', async () => {
		const first = await saveSafetyPlan(draft(), new Date('2026-11-01T10:00:00Z'));
		await saveSafetyPlan(draft({ reasonsForLiving: ['My sister', 'The dog'] }), new Date('2026-11-02T10:00:00Z'));
		const stored = await database().safetyPlan.toArray();
		expect(stored).toHaveLength(1);
		expect(stored[0].reasonsForLiving).toEqual(['My sister', 'The dog']);
		expect(stored[0].createdAt).toBe(first.createdAt);
		expect(Date.parse(stored[0].updatedAt)).toBeGreaterThan(Date.parse(stored[0].createdAt));
	});

	it('stores a record that its schema accepts', async () => {
		await saveSafetyPlan(draft());
		const loaded = await loadSafetyPlan();
		expect(v.safeParse(SafetyPlanSchema, loaded).success).toBe(true);
	});
});
