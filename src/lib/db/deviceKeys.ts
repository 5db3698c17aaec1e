/**
 * The few things Tandem keeps in this browser's localStorage rather than the database (the app lock,
 * nudges already thanked for): all under one prefix, so "Delete everything" removes every one of
 * them, whichever screens were ever opened.
 */
export const DEVICE_KEY_PREFIX = 'tandem-';

export function clearDeviceKeys(): void {
	try {
		const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
			(key): key is string => key !== null && key.startsWith(DEVICE_KEY_PREFIX)
		);
		for (const key of keys) localStorage.removeItem(key);
	} catch {
		// A browser without localStorage kept nothing there.
	}
}
