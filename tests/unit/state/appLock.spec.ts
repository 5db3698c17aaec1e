import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './support/memoryStorage';

vi.stubGlobal('localStorage', new MemoryStorage());
// The idle watcher listens on the window and the document.
vi.stubGlobal('window', new EventTarget());
vi.stubGlobal('document', new EventTarget());

/** A fresh app lock for each test, as on a new page: one test's watcher never serves another. */
async function load() {
	vi.resetModules();
	const { appLock } = await import('$lib/state/appLock.svelte');
	const { lockGate } = await import('$lib/state/lockGate.svelte');
	return { appLock, lockGate };
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('the app lock', () => {
	it('that cannot be stored (storage full) says so once, in the shell, and stays off', async () => {
		const { appLock, lockGate } = await load();
		const { saveProblem, isReported } = await import('$lib/state/saving.svelte');
		const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		try {
			const failure = await appLock.set('passcode', '246810', 1).catch((error: unknown) => error);
			expect(isReported(failure)).toBe(true);
			expect(saveProblem.message).toMatch(/^Tandem couldn’t turn on the app lock: this device is out of space for Tandem\./);
			expect(appLock.config).toBeNull();
			expect(lockGate.enabled).toBe(false);
		} finally {
			full.mockRestore();
		}
	}, 20_000); // a real PBKDF2 of the passcode, slow on a busy machine

	it('locks after the idle minutes while a lock is set', async () => {
		const { appLock, lockGate } = await load();
		await appLock.set('passcode', '246810', 1);
		vi.advanceTimersByTime(61_000);
		expect(lockGate.locked).toBe(true);
	});

	it('forgets everything at once: stored config and tries, its own copy, the idle watcher and the gate', async () => {
		const { appLock, lockGate } = await load();
		await appLock.set('passcode', '246810', 1);
		expect(await appLock.unlock('000000')).toBe('wrong');
		appLock.forget();
		expect(appLock.config).toBeNull();
		expect(appLock.tries).toEqual({ failures: 0, waitUntil: 0 });
		expect(localStorage.getItem('tandem-lock')).toBeNull();
		expect(localStorage.getItem('tandem-lock-tries')).toBeNull();
		expect(lockGate).toMatchObject({ enabled: false, locked: false });
		// No watcher is left ticking behind the forgotten lock.
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(10 * 60_000);
		expect(lockGate.locked).toBe(false);
	});

	it('watches again when a new lock is set after one was forgotten', async () => {
		const { appLock, lockGate } = await load();
		await appLock.set('passcode', '246810', 1);
		appLock.forget();
		await appLock.set('passcode', '135790', 1);
		expect(vi.getTimerCount()).toBe(1);
		vi.advanceTimersByTime(61_000);
		expect(lockGate.locked).toBe(true);
	});
});
