import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './support/memoryStorage';

vi.stubGlobal('localStorage', new MemoryStorage());
vi.stubGlobal('navigator', { language: 'en-GB', languages: ['en-GB'] });

const { appLock } = await import('$lib/state/appLock.svelte');
const { lockGate } = await import('$lib/state/lockGate.svelte');
const { deviceData } = await import('$lib/state/deviceData.svelte');
const { dismissals } = await import('$lib/state/dismissals.svelte');

beforeEach(() => localStorage.clear());

describe('Delete everything', () => {
	it('brings back the reminders set aside with “Not today”, in memory as well as stored', async () => {
		dismissals.dismiss('backup', '2026-05-10');
		expect(dismissals.setAside('backup', '2026-05-10')).toBe(true);

		await deviceData.deleteEverything();

		expect(dismissals.setAside('backup', '2026-05-10')).toBe(false);
	});

	it('leaves no app lock behind: not stored, not in memory, not locked, no tries counted', async () => {
		await appLock.set('passcode', '246810', 1);
		expect(await appLock.unlock('000000')).toBe('wrong');
		expect(lockGate.enabled).toBe(true);

		await deviceData.deleteEverything();

		expect(deviceData.message).toEqual({ kind: 'ok', text: expect.stringContaining('has been deleted') });
		expect(appLock.config).toBeNull();
		expect(appLock.tries).toEqual({ failures: 0, waitUntil: 0 });
		expect(lockGate).toMatchObject({ enabled: false, locked: false });
		expect(localStorage.getItem('tandem-lock')).toBeNull();
		expect(localStorage.getItem('tandem-lock-tries')).toBeNull();
		appLock.lockNow();
		expect(lockGate.locked).toBe(false);
	});

	it('forgets which supporters’ nudges were acknowledged', async () => {
		localStorage.setItem('tandem-acknowledged-nudges', JSON.stringify(['nudge-1']));
		await deviceData.deleteEverything();
		expect(localStorage.getItem('tandem-acknowledged-nudges')).toBeNull();
	});
});
