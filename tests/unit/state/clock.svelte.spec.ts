import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { clock } from '$lib/state/clock.svelte';

let stop: (() => void) | null = null;
afterEach(() => {
	stop?.();
	stop = null;
	vi.useRealTimers();
});

describe('the one clock', () => {
	it('turns the day at midnight while something reads it, without a reload', () => {
		vi.useFakeTimers({ now: new Date(2026, 4, 10, 23, 59, 45), toFake: ['Date', 'setInterval', 'clearInterval'] });
		const days: string[] = [];
		stop = $effect.root(() => {
			$effect(() => {
				days.push(clock.today);
			});
		});
		flushSync();
		vi.advanceTimersByTime(30_000);
		flushSync();
		expect(days).toEqual(['2026-05-10', '2026-05-11']);
	});

	it('catches up at once when the app comes back to the foreground', () => {
		vi.useFakeTimers({ now: new Date(2026, 4, 10, 23, 0), toFake: ['Date', 'setInterval', 'clearInterval'] });
		let today = '';
		stop = $effect.root(() => {
			$effect(() => {
				today = clock.today;
			});
		});
		flushSync();
		// A phone asleep all night: timers did not run, then the page is shown again.
		vi.setSystemTime(new Date(2026, 4, 11, 7, 30));
		document.dispatchEvent(new Event('visibilitychange'));
		flushSync();
		expect(today).toBe('2026-05-11');
	});

	it('reads the real time outside any screen (an event handler)', () => {
		vi.useFakeTimers({ now: new Date(2026, 4, 12, 9, 0), toFake: ['Date'] });
		expect(clock.today).toBe('2026-05-12');
		expect(clock.now).toBe(new Date(2026, 4, 12, 9, 0).getTime());
	});
});
