/**
 * Service-worker registration with a prompt, never an automatic reload: a new version waits until
 * the person chooses "Reload to update", so nothing changes under their fingers mid-entry.
 */
import { registerSW } from 'virtual:pwa-register';

export interface UpdateHandlers {
	onNeedRefresh: () => void;
	onOfflineReady: () => void;
}

/** Registers the service worker; returns the function that activates a waiting update and reloads. */
export function registerServiceWorker(handlers: UpdateHandlers): (reload?: boolean) => Promise<void> {
	return registerSW({
		immediate: true,
		onNeedRefresh: handlers.onNeedRefresh,
		onOfflineReady: handlers.onOfflineReady,
		onRegisteredSW(_url, registration) {
			// Look for a new version when the person comes back to the app, not on a timer.
			if (!registration) return;
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') void registration.update().catch(() => {});
			});
		}
	});
}
