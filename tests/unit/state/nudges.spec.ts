import { afterEach, describe, expect, it, vi } from 'vitest';
import { NudgeInbox } from '$lib/state/nudges.svelte';
import type { BoardView } from '$lib/share/board';
import { shareRecord } from '../../fixtures/factories';

function viewWith(nudges: BoardView['nudges']): BoardView {
	return { snapshot: null, ended: null, comments: [], suggestions: [], nudges };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('a supporter’s dose reminder', () => {
	it('reaches the system tray through the service worker, never through `new Notification`', async () => {
		const constructed = vi.fn();
		vi.stubGlobal(
			'Notification',
			class {
				static permission = 'granted';
				constructor() {
					constructed();
					// As Android Chrome does: only the service worker may show notifications.
					throw new TypeError('Illegal constructor');
				}
			}
		);
		const showNotification = vi.fn(async () => {});
		vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ showNotification }) } });

		const inbox = new NudgeInbox();
		const nudge = { id: 'nudge-1', author: 'Sam', at: new Date().toISOString(), text: 'Evening dose?' };
		inbox.notice(shareRecord('share-1', { displayName: 'Sam' }), viewWith([nudge]));

		await vi.waitFor(() => expect(showNotification).toHaveBeenCalledTimes(1));
		expect(showNotification).toHaveBeenCalledWith(
			'Sam: a dose reminder',
			expect.objectContaining({ body: 'Evening dose?', tag: 'tandem-nudge-nudge-1' })
		);
		expect(constructed).not.toHaveBeenCalled();
		expect(inbox.latest?.id).toBe('nudge-1');
	});
});

describe('acknowledged nudges', () => {
	it('are forgotten in memory and in this browser’s storage', () => {
		const stored = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => stored.get(key) ?? null,
			setItem: (key: string, value: string) => stored.set(key, value),
			removeItem: (key: string) => stored.delete(key)
		});
		const inbox = new NudgeInbox();
		inbox.acknowledge('nudge-1');
		expect(stored.get('tandem-acknowledged-nudges')).toBe('["nudge-1"]');

		inbox.forget();
		expect(inbox.acknowledged).toEqual([]);
		expect(stored.has('tandem-acknowledged-nudges')).toBe(false);
		inbox.load();
		expect(inbox.acknowledged).toEqual([]);
	});
});
