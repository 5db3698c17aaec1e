/** What this device holds, in a few cheap counts for the first page (no schemas, no backup code). */
import { LiveQuery } from './live.svelte';
import { loadedDatabase } from './startupDatabase';

class Contents {
	#hasData = new LiveQuery<boolean>(() => loadedDatabase().hasPersonalData(), false);
	#hasShares = new LiveQuery<boolean>(() => loadedDatabase().hasShares(), false);
	#checkins = new LiveQuery<number>(() => loadedDatabase().checkinCount(), 0);
	#holdsBoardsOnly = new LiveQuery<boolean>(() => loadedDatabase().holdsBoardsOnly(), false);

	/** Holds other people's boards and keeps nothing of their own: Today sends them to their boards. */
	get holdsBoardsOnly(): boolean {
		return this.#holdsBoardsOnly.current;
	}

	/** Whether a board is shared with anyone (sharing then runs while the app is open). */
	get hasShares(): boolean {
		return this.#hasShares.current;
	}

	get hasData(): boolean {
		return this.#hasData.current;
	}

	/** Check-ins stored, one a day at most. */
	get checkins(): number {
		return this.#checkins.current;
	}
}

export const contents = new Contents();
