/**
 * Persistent storage is requested once the person has saved something of their own, not on first
 * visit: browsers grant it more readily to a site that is used, and asking earlier explains nothing.
 */
import type { PersistenceState, StorageUse } from '$lib/db/storage';
import { loadDatabase } from './startupDatabase';

class PersistenceInfo {
	state = $state<PersistenceState | 'unknown'>('unknown');
	use = $state<StorageUse | null>(null);

	async refresh(): Promise<void> {
		const { persistenceState, storageUse } = await loadDatabase();
		[this.state, this.use] = await Promise.all([persistenceState(), storageUse()]);
	}

	/** `remember` notes the request in settings; a restore asks without touching the restored records. */
	async request(remember = true): Promise<void> {
		const { requestPersistence, updateSettings } = await loadDatabase();
		this.state = await requestPersistence();
		if (remember) await updateSettings({ persistenceRequested: true });
	}
}

export const persistence = new PersistenceInfo();

export async function afterSave(): Promise<void> {
	const current = await (await loadDatabase()).loadSettings();
	if (current.persistenceRequested) return;
	await persistence.request();
}
