/**
 * Where the app lock lives: this browser's localStorage, not the database, on purpose. It is a
 * setting of this device, not of the person's records: it is read synchronously before anything is
 * drawn, it never goes into a backup (so restoring one on a new phone doesn't bring an old passcode),
 * and "Delete everything" removes it with the rest.
 */
const CONFIG_KEY = 'tandem-lock';
const STATE_KEY = 'tandem-lock-tries';

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** The stored lock config's raw text, or null: cheap enough for the first page (no parsing here). */
export function rawLockConfig(): string | null {
	return storage()?.getItem(CONFIG_KEY) ?? null;
}

export function writeLockConfig(json: string | null): void {
	const store = storage();
	if (!store) throw new Error('This browser does not let Tandem keep a lock setting.');
	if (json === null) {
		store.removeItem(CONFIG_KEY);
		store.removeItem(STATE_KEY);
	} else store.setItem(CONFIG_KEY, json);
}

export function rawLockState(): string | null {
	return storage()?.getItem(STATE_KEY) ?? null;
}

export function writeLockState(json: string): void {
	storage()?.setItem(STATE_KEY, json);
}
