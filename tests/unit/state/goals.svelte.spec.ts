import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { resetDatabaseForTests } from '$lib/db/database';
import { saveGoal } from '$lib/db/goals';
import { goals } from '$lib/state/goals.svelte';
import { fieldsOf, goalRecord } from '../../fixtures/factories';

let stop: (() => void) | null = null;

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
	// Read the goals as a screen does, so the live query runs.
	stop = $effect.root(() => {
		$effect(() => void goals.all);
	});
	flushSync();
});
afterEach(() => {
	stop?.();
	stop = null;
});

async function addGoal(title: string, status: 'active' | 'paused' = 'active'): Promise<void> {
	await saveGoal(fieldsOf(goalRecord(title, { title, status })), null);
}

describe('goals as the screens list them', () => {
	it('follow the goal map’s order: active first, then numbers by value (“Walk 2” before “Walk 10”)', async () => {
		for (const title of ['Walk 10', 'Walk 2', 'Rest']) await addGoal(title);
		await addGoal('Cook', 'paused');
		await vi.waitFor(() => expect(goals.all).toHaveLength(4));
		expect(goals.all.map((goal) => goal.title)).toEqual(['Rest', 'Walk 2', 'Walk 10', 'Cook']);
	});
});
