/**
 * Persistent storage is requested once the person has saved something of their own, not on first
 * visit: browsers grant it more readily to a site that is used, and asking earlier explains nothing.
 */
import { loadSettings, updateSettings } from '$lib/db/settings';
import { persistenceState, requestPersistence, storageUse, type PersistenceState, type StorageUse } from '$lib/db/storage';

class PersistenceInfo {
	state = $state<PersistenceState | 'unknown'>('unknown');
	use = $state<StorageUse | null>(null);

	async refresh(): Promise<void> {
		[this.state, this.use] = await Promise.all([persistenceState(), storageUse()]);
	}

	/** `remember` notes the request in settings; a restore asks without touching the restored records. */
	async request(remember = true): Promise<void> {
		this.state = await requestPersistence();
		if (remember) await updateSettings({ persistenceRequested: true });
	}
}

export const persistence = new PersistenceInfo();

export async function afterSave(): Promise<void> {
	const current = await loadSettings();
	if (current.persistenceRequested) return;
	await persistence.request();
}
