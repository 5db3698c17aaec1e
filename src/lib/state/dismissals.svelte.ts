/**
 * Today's one-line reminders the person set aside with "Not today": hidden until the next day. Kept in
 * this browser's localStorage under Tandem's prefix, so "Delete everything" clears it with the rest
 * (and, through the data-replaced event, what this class holds in memory).
 */
import { DEVICE_KEY_PREFIX } from '$lib/db/deviceKeys';
import type { LocalDay } from '$lib/domain/dates';
import { onDataReplaced } from './dataEvents';

export type Reminder = 'backup' | 'questionnaires' | 'lowSpace';
const REMINDERS: readonly Reminder[] = ['backup', 'questionnaires', 'lowSpace'];
const KEY = `${DEVICE_KEY_PREFIX}set-aside`;

/** The day each reminder was set aside; anything else in the stored value is ignored. */
function read(): Partial<Record<Reminder, LocalDay>> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		const days: Partial<Record<Reminder, LocalDay>> = {};
		for (const reminder of REMINDERS) {
			const day = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>)[reminder] : undefined;
			if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) days[reminder] = day;
		}
		return days;
	} catch {
		return {};
	}
}

class Dismissals {
	#days = $state(read());

	constructor() {
		// Delete everything clears the stored days; what was set aside before must come back on screen too.
		onDataReplaced((event) => {
			this.#days = event === 'erased' ? {} : read();
		});
	}

	setAside(reminder: Reminder, today: LocalDay): boolean {
		return this.#days[reminder] === today;
	}

	dismiss(reminder: Reminder, today: LocalDay): void {
		this.#days = { ...this.#days, [reminder]: today };
		try {
			localStorage.setItem(KEY, JSON.stringify(this.#days));
		} catch {
			// Without storage it stays hidden until Tandem is opened again.
		}
	}
}

export const dismissals = new Dismissals();
