/** What the privacy screen reports: the records on this device, counted live, and whether a lock is set. */
import { recordCounts } from '$lib/db/storage';
import { TABLE_LABELS, TABLE_NAMES } from '$lib/domain/records/tables';
import { LiveQuery } from './live.svelte';

class PrivacyInfo {
	#counts = new LiveQuery(() => recordCounts(TABLE_NAMES), {} as Record<string, number>);

	get rows(): { label: string; count: number }[] {
		const counts = this.#counts.current;
		return TABLE_NAMES.map((name) => ({ label: TABLE_LABELS[name], count: counts[name] ?? 0 }));
	}

	get loaded(): boolean {
		return this.#counts.loaded;
	}
}

export const privacy = new PrivacyInfo();
