import { afterEach, describe, expect, it, vi } from 'vitest';
import { notify } from '$lib/pwa/notifications';

/** A stand-in for the browser's Notification: permission granted, every construction recorded. */
function stubNotifications(construct: (title: string, options: NotificationOptions) => void = () => {}) {
	const constructed = vi.fn(construct);
	class FakeNotification {
		static permission: NotificationPermission = 'granted';
		constructor(title: string, options: NotificationOptions) {
			constructed(title, options);
		}
	}
	vi.stubGlobal('Notification', FakeNotification);
	return constructed;
}

/** A service worker registration whose showNotification is recorded. */
function stubRegistration() {
	const showNotification = vi.fn(async () => {});
	vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ showNotification }) } });
	return showNotification;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('notify', () => {
	it('shows the notification through the service worker, and never constructs one in the page', async () => {
		const constructed = stubNotifications();
		const showNotification = stubRegistration();
		await notify('Time for Sertraline', '50 mg', 'dose-1');
		expect(showNotification).toHaveBeenCalledWith(
			'Time for Sertraline',
			expect.objectContaining({ body: '50 mg', tag: 'dose-1' })
		);
		expect(constructed).not.toHaveBeenCalled();
	});

	it('falls back to a page notification only where no service worker is registered', async () => {
		const constructed = stubNotifications();
		vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => undefined } });
		await notify('Time for Sertraline', '50 mg', 'dose-1');
		expect(constructed).toHaveBeenCalledWith('Time for Sertraline', expect.objectContaining({ body: '50 mg' }));
	});

	it('does not throw where the page may not construct notifications (Android Chrome)', async () => {
		stubNotifications(() => {
			throw new TypeError('Illegal constructor. Use ServiceWorkerRegistration.showNotification() instead.');
		});
		vi.stubGlobal('navigator', {});
		await expect(notify('Time for Sertraline', '50 mg', 'dose-1')).resolves.toBeUndefined();
	});

	it('shows nothing without permission', async () => {
		const constructed = stubNotifications();
		(globalThis.Notification as unknown as { permission: NotificationPermission }).permission = 'default';
		const showNotification = stubRegistration();
		await notify('Time for Sertraline', '50 mg', 'dose-1');
		expect(showNotification).not.toHaveBeenCalled();
		expect(constructed).not.toHaveBeenCalled();
	});
});
