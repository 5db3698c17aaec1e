/**
 * The one bridge from Dexie's liveQuery into runes. A LiveQuery subscribes while something reads
 * `.current` in an effect or template, and unsubscribes when nothing does.
 *
 * A query may depend on a reactive key (the clock's "today", a chosen period, an id): when the key
 * changes, the query runs again for the new key, and until its answer arrives `current` gives the
 * initial value — never the answer for the old key, so a screen can't show or write yesterday's
 * record as today's.
 *
 * Dexie itself loads with the first subscription (startupDatabase.ts), so the first page does not carry it.
 */
import { untrack } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import { loadDatabase, type StartupDatabase } from './startupDatabase';

export class LiveQuery<T, K extends string | number | null = null> {
	readonly #initial: T;
	readonly #key: () => K;
	#result: { key: K; value: T } | null = null;
	#error = $state<unknown>(null);
	#subscribe: () => void;

	constructor(query: (key: K) => Promise<T>, initial: T, key?: () => K) {
		this.#initial = initial;
		this.#key = key ?? (() => null as K);
		this.#subscribe = createSubscriber((update) => {
			let subscription: { unsubscribe(): void } | null = null;
			let stopWatching: (() => void) | null = null;
			let stopped = false;
			const watch = (liveQuery: StartupDatabase['liveQuery']) =>
				$effect.root(() => {
					$effect(() => {
						const current = this.#key();
						untrack(() => {
							subscription?.unsubscribe();
							// A query without a key is called with no argument, so its own defaults apply.
							subscription = liveQuery(() => (key ? query(current) : (query as () => Promise<T>)())).subscribe({
								next: (value) => {
									this.#result = { key: current, value };
									update();
								},
								error: (error) => {
									this.#error = error;
									update();
								}
							});
						});
					});
				});
			void loadDatabase().then(
				({ liveQuery }) => {
					if (!stopped) stopWatching = watch(liveQuery);
				},
				(error: unknown) => {
					this.#error = error;
					update();
				}
			);
			return () => {
				stopped = true;
				stopWatching?.();
				subscription?.unsubscribe();
			};
		});
	}

	/** The answer for the current key, or the initial value while it is on its way. */
	get current(): T {
		this.#subscribe();
		const result = this.#result;
		return result && result.key === this.#key() ? result.value : this.#initial;
	}

	get loaded(): boolean {
		this.#subscribe();
		return this.#result !== null && this.#result.key === this.#key();
	}

	get error(): unknown {
		return this.#error;
	}
}
