/**
 * Room on the device, as the browser estimates it: when to warn that space is running low, and
 * whether a restore can fit before it starts. Estimates are rough (browsers round them, and an
 * IndexedDB record takes more room than its JSON), so both rules keep a margin.
 */

export interface SpaceEstimate {
	usedBytes: number;
	quotaBytes: number;
}

const MB = 1024 * 1024;
/** Below either, Today suggests a backup. */
export const LOW_SPACE_BYTES = 50 * MB;
export const LOW_SPACE_SHARE = 0.1;
/** A restored record takes about twice its JSON in IndexedDB (the record, its indexes), plus room to work. */
const RESTORE_FACTOR = 2;
const RESTORE_MARGIN_BYTES = 10 * MB;

export function availableBytes(estimate: SpaceEstimate): number {
	return Math.max(0, estimate.quotaBytes - estimate.usedBytes);
}

/** Space is low: under 50 MB left, or under a tenth of what Tandem may use. */
export function spaceIsLow(estimate: SpaceEstimate | null): boolean {
	if (!estimate || estimate.quotaBytes <= 0) return false;
	const available = availableBytes(estimate);
	return available < LOW_SPACE_BYTES || available < estimate.quotaBytes * LOW_SPACE_SHARE;
}

/** The room a backup of `fileChars` characters needs to be restored: the old data stays until the new is in. */
export function restoreNeeds(fileChars: number): number {
	return fileChars * RESTORE_FACTOR + RESTORE_MARGIN_BYTES;
}

/** Whether the estimate shows room for the restore; an unknown estimate lets it try (the transaction still protects). */
export function restoreFits(estimate: SpaceEstimate | null, fileChars: number): boolean {
	if (!estimate || estimate.quotaBytes <= 0) return true;
	return availableBytes(estimate) >= restoreNeeds(fileChars);
}

/** 1536 → "1.5 KB"; for storage figures shown to the person. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
