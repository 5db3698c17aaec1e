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
		await pageSettled();
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

/**
 * Resolves once the page has loaded and the browser is idle (or after 2 s at most). Registering the
 * service worker is never urgent, and it is heavy on a first visit: it downloads every file of the app for
 * offline use, and on later visits it checks for a new version. Either would compete with showing Today.
 */
function pageSettled(): Promise<void> {
	return new Promise((resolve) => {
		const whenIdle = () =>
			'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2_000 }) : setTimeout(resolve, 200);
		if (document.readyState === 'complete') whenIdle();
		else addEventListener('load', whenIdle, { once: true });
	});
}
