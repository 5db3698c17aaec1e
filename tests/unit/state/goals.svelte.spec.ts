import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { saveGoal } from '$lib/db/goals';
import { addDays } from '$lib/domain/dates';
import { goals } from '$lib/state/goals.svelte';
import { checkinRecord, fieldsOf, goalRecord } from '../../fixtures/factories';

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
	vi.useRealTimers();
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

describe('goals’ “this week” over midnight', () => {
	it('moves with the day: a week met on Sunday night is judged afresh on Monday, without a reload', async () => {
		stop?.(); // this test's screen starts under the fake clock
		vi.useFakeTimers({ now: new Date(2026, 4, 10, 23, 50), toFake: ['Date', 'setInterval', 'clearInterval'] });
		const sunday = '2026-05-10';
		await database().checkins.bulkAdd(Array.from({ length: 7 }, (_, back) => checkinRecord(addDays(sunday, -back), { mood: 4 })));
		const id = await saveGoal(
			{
				title: 'A steadier mood',
				why: '',
				area: 'mood',
				worksOn: 'both',
				setWith: [],
				startDay: '2026-04-01',
				reviewDay: null,
				status: 'active',
				target: { metric: 'mood', comparison: '>=', value: 3, window: { kind: 'daysOfWeek', days: 7 }, subjectId: null },
				medicationIds: [],
				copingTools: [],
				topics: []
			},
			null
		);
		stop = $effect.root(() => {
			$effect(() => {
				void goals.progress;
				void goals.evidenceLoaded;
			});
		});
		flushSync();
		await vi.waitFor(() => expect(goals.progress.get(id)?.target?.metThisWeek).toBe(true));
		expect(goals.today).toBe(sunday);

		vi.advanceTimersByTime(20 * 60_000);
		flushSync();
		expect(goals.today).toBe('2026-05-11');
		// The week now ends on Monday, which has no check-in yet: seven good days of seven no longer holds.
		await vi.waitFor(() => expect(goals.progress.get(id)?.target?.weeks.at(-1)?.endDay).toBe('2026-05-11'));
		expect(goals.progress.get(id)?.target).toMatchObject({ metThisWeek: false, undecided: true });
	});
});
