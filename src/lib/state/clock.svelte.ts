/** "Now", refreshed every minute while something on screen reads it, so due doses turn into missed ones on time. */
import { createSubscriber } from 'svelte/reactivity';

class Clock {
	#now = Date.now();
	#subscribe = createSubscriber((update) => {
		const timer = setInterval(() => {
			this.#now = Date.now();
			update();
		}, 30_000);
		return () => clearInterval(timer);
	});

	get now(): number {
		this.#subscribe();
		return this.#now;
	}
}

export const clock = new Clock();
