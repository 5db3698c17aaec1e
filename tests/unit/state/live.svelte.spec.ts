import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { LiveQuery } from '$lib/state/live.svelte';
import { loadDatabase } from '$lib/state/startupDatabase';

// Dexie loads with the first subscription; loading it once here keeps its import time out of the waits below.
beforeAll(() => loadDatabase(), 30_000);

let stop: (() => void) | null = null;
afterEach(() => {
	stop?.();
	stop = null;
});

/** Reads `current` in an effect, as a screen does, and records every value it saw. */
function watch<T>(query: LiveQuery<T, string>): T[] {
	const seen: T[] = [];
	stop = $effect.root(() => {
		$effect(() => {
			seen.push(query.current);
		});
	});
	flushSync();
	return seen;
}

describe('a live query keyed on a reactive value', () => {
	it('runs again when the key changes, and never answers the new key with the old key’s result', async () => {
		let key = $state('monday');
		const answers: Record<string, () => Promise<string>> = {
			monday: async () => 'monday’s check-in',
			// Tuesday's answer is slow: until it comes, the query must not show Monday's.
			tuesday: () => new Promise((resolve) => setTimeout(() => resolve('tuesday’s check-in'), 50))
		};
		const query = new LiveQuery(
			(day: string) => answers[day](),
			'nothing yet',
			() => key
		);
		const seen = watch(query);
		await vi.waitFor(() => expect(query.current).toBe('monday’s check-in'));
		expect(query.loaded).toBe(true);

		key = 'tuesday';
		flushSync();
		expect(query.current).toBe('nothing yet');
		expect(query.loaded).toBe(false);
		await vi.waitFor(() => expect(query.current).toBe('tuesday’s check-in'));
		expect(seen).toEqual(['nothing yet', 'monday’s check-in', 'nothing yet', 'tuesday’s check-in']);
	});

	it('keeps its initial value and subscribes to nothing while no screen reads it', async () => {
		const run = vi.fn(async () => 'value');
		const query = new LiveQuery(run, 'initial');
		expect(query.current).toBe('initial');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(run).not.toHaveBeenCalled();
	});
});
