import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { journal } from '$lib/state/journal.svelte';

let stop: (() => void) | null = null;

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
	// 23:50 local: the clock ticks every 30 s, and the test moves it on.
	vi.useFakeTimers({ now: new Date(2026, 4, 10, 23, 50), toFake: ['Date', 'setInterval', 'clearInterval'] });
	stop = $effect.root(() => {
		$effect(() => {
			void journal.todayCheckin;
			void journal.today;
		});
	});
	flushSync();
});

afterEach(() => {
	stop?.();
	vi.useRealTimers();
});

async function pickMood(mood: 1 | 2 | 3 | 4 | 5) {
	await journal.saveCheckin({ ...journal.draftFor(journal.today, journal.todayCheckin), mood });
}

describe('today’s check-in over midnight', () => {
	it('moves to the new day by itself: a mood tapped after midnight never lands on yesterday (issue case 9)', async () => {
		expect(journal.today).toBe('2026-05-10');
		await pickMood(4);
		await vi.waitFor(() => expect(journal.todayCheckin?.mood).toBe(4));

		vi.advanceTimersByTime(20 * 60_000);
		flushSync();
		expect(journal.today).toBe('2026-05-11');
		// Until the new day's query answers, there is no check-in for it — never yesterday's.
		expect(journal.todayCheckin?.day ?? '2026-05-11').toBe('2026-05-11');
		await pickMood(2);
		await vi.waitFor(() => expect(journal.todayCheckin?.mood).toBe(2));

		const stored = await database().checkins.orderBy('day').toArray();
		expect(stored.map((checkin) => [checkin.day, checkin.mood])).toEqual([
			['2026-05-10', 4],
			['2026-05-11', 2]
		]);
	});

	it('never seeds a day’s form with another day’s record', () => {
		const yesterday = { day: '2026-05-10', mood: 5 } as Parameters<typeof journal.draftFor>[1];
		expect(journal.draftFor('2026-05-11', yesterday)).toMatchObject({ day: '2026-05-11', mood: null });
	});
});
