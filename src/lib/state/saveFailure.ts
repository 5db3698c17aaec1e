/**
 * The one place that turns a failed write into words. IndexedDB and Dexie report a full disk, a
 * closed connection or a broken store under several names, often wrapped (a transaction aborted
 * because a request hit the quota is an AbortError whose `inner` is the QuotaExceededError); this
 * module reads them all and says what happened, what was kept (nothing from that save: IndexedDB
 * rolls the whole transaction back) and what the person can do.
 */

export type StorageTrouble = 'full' | 'closed' | 'broken';

interface NamedError {
	name?: unknown;
	message?: unknown;
	inner?: unknown;
	cause?: unknown;
}

/** The chain of errors a failure carries: the error, what it wraps, what that wraps (never looping). */
function chain(error: unknown): NamedError[] {
	const seen: NamedError[] = [];
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.includes(current as NamedError) && seen.length < 5) {
		seen.push(current as NamedError);
		current = (current as NamedError).inner ?? (current as NamedError).cause;
	}
	return seen;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Which storage trouble an error is, or null when it is not a storage error (a refusal with its own words). */
export function storageTrouble(error: unknown): StorageTrouble | null {
	const errors = chain(error);
	const names = errors.map((entry) => text(entry.name));
	const messages = errors.map((entry) => text(entry.message).toLowerCase());
	if (names.includes('QuotaExceededError') || messages.some((message) => message.includes('quota'))) return 'full';
	// Chromium aborts a transaction whose write did not fit with a bare AbortError.
	if (names.includes('AbortError')) return 'full';
	if (names.some((name) => name === 'InvalidStateError' || name === 'DatabaseClosedError' || name === 'MissingAPIError')) {
		return 'closed';
	}
	if (
		names.some((name) =>
			['UnknownError', 'DataError', 'DataCloneError', 'ConstraintError', 'OpenFailedError', 'VersionError'].includes(name)
		)
	) {
		return 'broken';
	}
	return null;
}

const WHY: Record<StorageTrouble, string> = {
	full: 'this device is out of space for Tandem',
	closed: 'Tandem’s storage was closed, usually because Tandem was updated or opened in another tab',
	broken: 'the browser’s storage reported a problem'
};

const WHAT_TO_DO: Record<StorageTrouble, string> = {
	full: 'Free some space on this device, make a backup in Settings, or delete boards you no longer hold (More → Sharing), then try again.',
	closed: 'Reload Tandem and try again.',
	broken: 'Try again in a moment. If it keeps happening, make a backup in Settings and restart the browser.'
};

/**
 * "Tandem couldn’t save this check-in: this device is out of space for Tandem. Nothing from this save
 * was kept. Free some space …" — `doing` is what the person asked for, e.g. "save this check-in".
 */
export function saveFailureMessage(doing: string, trouble: StorageTrouble): string {
	return `Tandem couldn’t ${doing}: ${WHY[trouble]}. Nothing from this save was kept. ${WHAT_TO_DO[trouble]}`;
}

/** For a restore, whose old data stays whole when it fails. */
export function restoreFailureMessage(trouble: StorageTrouble | null, detail: string): string {
	if (trouble === 'full') {
		return `There isn’t enough space on this device for this backup, so nothing was changed: your data is as it was. ${WHAT_TO_DO.full}`;
	}
	if (trouble)
		return `The restore didn’t finish: ${WHY[trouble]}. Nothing was changed: your data is as it was. ${WHAT_TO_DO[trouble]}`;
	return `The restore didn’t finish (${detail}). Nothing was changed: your data is as it was.`;
}

/** A write that failed for a storage reason, with the sentence the person sees. */
export class SaveFailed extends Error {
	readonly trouble: StorageTrouble;

	constructor(doing: string, trouble: StorageTrouble, options?: { cause?: unknown }) {
		super(saveFailureMessage(doing, trouble), options);
		this.name = 'SaveFailed';
		this.trouble = trouble;
	}
}
