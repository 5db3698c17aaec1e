/**
 * The one bridge from Dexie's liveQuery into runes. A LiveQuery subscribes while something reads
 * `.current` in an effect or template, and unsubscribes when nothing does.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

export class LiveQuery<T> {
	#value: T;
	#loaded = $state(false);
	#error = $state<unknown>(null);
	#subscribe: () => void;

	constructor(query: () => Promise<T>, initial: T) {
		this.#value = initial;
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#loaded = true;
					update();
				},
				error: (error) => {
					this.#error = error;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}
}
