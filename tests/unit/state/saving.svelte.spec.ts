import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '$lib/db/settings';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { SaveFailed, saveProblem, saving } from '$lib/state/saving.svelte';

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('one way to write', () => {
	it('returns what the write returns, and asks for nothing more when told to stay quiet', async () => {
		expect(await saving('save this check-in', async () => 42, { quiet: true })).toBe(42);
		expect(saveProblem.message).toBeNull();
	});

	it('turns a storage failure into the person’s message and a SaveFailed for the caller', async () => {
		const failed = saving('save this check-in', () => Promise.reject(quota()), { quiet: true });
		await expect(failed).rejects.toBeInstanceOf(SaveFailed);
		expect(saveProblem.message).toMatch(/^Tandem couldn’t save this check-in: this device is out of space/);
	});

	it('passes a refusal in words through unchanged, without a storage message', async () => {
		saveProblem.dismiss();
		const refusal = new RangeError('The change can’t start before the medication did.');
		await expect(saving('save the new plan', () => Promise.reject(refusal), { quiet: true })).rejects.toBe(refusal);
		expect(saveProblem.message).toBeNull();
	});

	it('clears the message once a later write succeeds', async () => {
		await expect(saving('save this goal', () => Promise.reject(quota()), { quiet: true })).rejects.toThrow();
		expect(saveProblem.message).not.toBeNull();
		await saving('save this goal', async () => 'goal-1', { quiet: true });
		expect(saveProblem.message).toBeNull();
	});
});

describe('persistent storage after the first save', () => {
	afterEach(async () => {
		vi.unstubAllGlobals();
		database().close();
		resetDatabaseForTests();
		await indexedDB.deleteDatabase('tandem');
	});

	function stubPersist(answer: Promise<boolean>) {
		const persist = vi.fn(() => answer);
		vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: async () => false } });
		return persist;
	}

	it('is asked for once the save is done, and the save does not wait for the browser’s answer', async () => {
		const persist = stubPersist(new Promise<boolean>(() => {})); // a browser still asking the person
		expect(await saving('save this check-in', async () => 'saved')).toBe('saved');
		await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
	});

	it('is noted in settings once granted, so later saves do not ask again', async () => {
		const persist = stubPersist(Promise.resolve(true));
		await saving('save this check-in', async () => 'first');
		await vi.waitFor(async () => expect((await loadSettings()).persistenceRequested).toBe(true));
		await saving('save this check-in', async () => 'second');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(persist).toHaveBeenCalledTimes(1);
	});
});
