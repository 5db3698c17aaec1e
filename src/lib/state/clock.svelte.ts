/**
 * The one clock: "now" and "today" (the person's local day), refreshed every 30 seconds while
 * something on screen reads them, and at once when the app comes back to the foreground (a phone
 * resuming Tandem in the morning). Every query and write keyed on a day follows `today`, so at
 * midnight every screen moves to the new day by itself.
 */
import { createSubscriber } from 'svelte/reactivity';
import { localDayOf, type LocalDay } from '$lib/domain/dates';

const TICK_MS = 30_000;

class Clock {
	#now = Date.now();
	#subscribe = createSubscriber((update) => {
		this.#now = Date.now();
		const refresh = () => {
			this.#now = Date.now();
			update();
		};
		const timer = setInterval(refresh, TICK_MS);
		if (typeof document === 'undefined') return () => clearInterval(timer);
		const onVisible = () => {
			if (document.visibilityState === 'visible') refresh();
		};
		document.addEventListener('visibilitychange', onVisible);
		window.addEventListener('focus', refresh);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
			window.removeEventListener('focus', refresh);
		};
	});

	get now(): number {
		// Read outside any effect (an event handler), "now" is simply now.
		if (!$effect.tracking()) return Date.now();
		this.#subscribe();
		return this.#now;
	}

	/** The person's local calendar day, now. */
	get today(): LocalDay {
		return localDayOf(new Date(this.now));
	}
}

export const clock = new Clock();
