/**
 * Whether Tandem's screens are locked. Light on purpose (no schemas, no crypto): the first page reads
 * it before drawing anything, and only a person who set a lock loads the rest (appLock.svelte.ts).
 */
import { rawLockConfig } from '$lib/db/deviceLock';
import { onDataReplaced } from './dataEvents';

class LockGate {
	/** A lock is set on this device. */
	enabled = $state(false);
	locked = $state(false);

	constructor() {
		const set = rawLockConfig() !== null;
		this.enabled = set;
		this.locked = set;
		onDataReplaced((event) => {
			if (event === 'erased') this.enabled = this.locked = false;
		});
	}
}

export const lockGate = new LockGate();
