/**
 * Notifications through the service worker, so they also show when Tandem is installed and in the
 * background. A web app cannot ring while fully closed; the calendar export covers that.
 */
export type NotificationState = NotificationPermission | 'unsupported';

export function notificationState(): NotificationState {
	return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission; only ever called from the person turning reminders on. */
export async function askNotificationPermission(): Promise<NotificationState> {
	if (typeof Notification === 'undefined') return 'unsupported';
	return Notification.requestPermission();
}

/**
 * Shows a notification through the service worker's registration: Android Chrome refuses
 * `new Notification()` in a page. The page's own constructor is only a fallback where no service
 * worker is registered. Never throws: the notice on screen remains whatever the browser allows.
 */
export async function notify(title: string, body: string, tag: string): Promise<void> {
	if (notificationState() !== 'granted') return;
	const options = { body, tag, icon: '/icons/icon-192.png', badge: '/icons/icon-192.png' };
	try {
		const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
		if (registration) await registration.showNotification(title, options);
		else new Notification(title, options);
	} catch {
		// The browser allows no notification from here; nothing more to do.
	}
}
