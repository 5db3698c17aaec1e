/** App-wide conditions the shell shows: a waiting update, a schema change in another tab, the crisis screen. */
import { loadDatabase } from './startupDatabase';

class AppState {
	updateAvailable = $state(false);
	offlineReady = $state(false);
	reloadNeeded = $state(false);
	crisisOpen = $state(false);
	/** Why the crisis screen opened: the person asked, or a questionnaire answer called for it. */
	crisisReason = $state<'asked' | 'item9'>('asked');
	#applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

	constructor() {
		void loadDatabase().then(({ onVersionChange }) => onVersionChange(() => (this.reloadNeeded = true)));
	}

	async startServiceWorker(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerServiceWorker } = await import('$lib/pwa/register');
		this.#applyUpdate = registerServiceWorker({
			onNeedRefresh: () => (this.updateAvailable = true),
			onOfflineReady: () => (this.offlineReady = true)
		});
	}

	async applyUpdate(): Promise<void> {
		if (this.#applyUpdate) await this.#applyUpdate(true);
		else location.reload();
	}

	openCrisis(reason: 'asked' | 'item9' = 'asked'): void {
		this.crisisReason = reason;
		this.crisisOpen = true;
	}

	closeCrisis(): void {
		this.crisisOpen = false;
	}
}

export const app = new AppState();
