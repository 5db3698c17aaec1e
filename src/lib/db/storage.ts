/** What the browser says about this site's storage: persistence and usage. */
import { database } from './database';

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

/** How many records of each kind are stored, for the privacy screen. */
export async function recordCounts(tables: readonly string[]): Promise<Record<string, number>> {
	const db = database();
	const counts: Record<string, number> = {};
	await db.transaction(
		'r',
		tables.map((name) => db.table(name)),
		async () => {
			for (const name of tables) counts[name] = await db.table(name).count();
		}
	);
	return counts;
}
