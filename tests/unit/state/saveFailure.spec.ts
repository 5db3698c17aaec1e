import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { restoreFailureMessage, saveFailureMessage, SaveFailed, storageTrouble } from '$lib/state/saveFailure';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('what a failed write was', () => {
	it('reads a full disk however it is reported', () => {
		expect(storageTrouble(named('QuotaExceededError'))).toBe('full');
		expect(storageTrouble(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('full');
		// A transaction aborted by a write that did not fit: Dexie's AbortError wraps the quota error.
		expect(storageTrouble(new Dexie.AbortError('Transaction aborted', named('QuotaExceededError')))).toBe('full');
		expect(storageTrouble(named('AbortError'))).toBe('full');
		expect(storageTrouble(named('UnknownError', 'Quota exceeded while writing'))).toBe('full');
	});

	it('reads a connection closed under it, and a store that broke', () => {
		expect(storageTrouble(named('InvalidStateError'))).toBe('closed');
		expect(storageTrouble(new Dexie.DatabaseClosedError())).toBe('closed');
		expect(storageTrouble(named('UnknownError', 'Internal error'))).toBe('broken');
		expect(storageTrouble(new Dexie.ConstraintError('Key already exists'))).toBe('broken');
	});

	it('leaves a refusal in words alone, and never loops on an error that wraps itself', () => {
		expect(storageTrouble(new RangeError('The change can’t start before the medication did.'))).toBeNull();
		const looping = named('Error') as Error & { inner?: unknown };
		looping.inner = looping;
		expect(storageTrouble(looping)).toBeNull();
		expect(storageTrouble('just a string')).toBeNull();
	});
});

describe('what the person reads', () => {
	it('names what was not saved, why, that nothing was kept, and what to do', () => {
		expect(saveFailureMessage('save this check-in', 'full')).toBe(
			'Tandem couldn’t save this check-in: this device is out of space for Tandem. Nothing from this save was kept. ' +
				'Free some space on this device, make a backup in Settings, or delete boards you no longer hold (More → Sharing), then try again.'
		);
		expect(saveFailureMessage('record this dose as taken', 'closed')).toMatch(/Reload Tandem and try again\.$/);
		const failure = new SaveFailed('save this goal', 'broken');
		expect(failure.message).toMatch(/^Tandem couldn’t save this goal: the browser’s storage reported a problem/);
		expect(failure.trouble).toBe('broken');
	});

	it('says a failed restore changed nothing, in plain words rather than the browser’s', () => {
		expect(restoreFailureMessage('full', 'QuotaExceededError')).toMatch(
			/^There isn’t enough space on this device for this backup, so nothing was changed: your data is as it was\./
		);
		expect(restoreFailureMessage('full', 'QuotaExceededError')).not.toContain('QuotaExceededError');
		expect(restoreFailureMessage(null, 'the tab closed')).toBe(
			'The restore didn’t finish (the tab closed). Nothing was changed: your data is as it was.'
		);
	});
});
