/** What the browser says about this site's storage: persistence and usage. */

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

export async function persistenceState(): Promise<PersistenceState> {
	if (!navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'persistent' : 'best-effort';
}

/** Asks the browser not to evict Tandem's data under storage pressure. */
export async function requestPersistence(): Promise<PersistenceState> {
	if (!navigator.storage?.persist) return 'unsupported';
	return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}

export interface StorageUse {
	usedBytes: number;
	quotaBytes: number;
}

export async function storageUse(): Promise<StorageUse | null> {
	if (!navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usedBytes: usage, quotaBytes: quota };
}
