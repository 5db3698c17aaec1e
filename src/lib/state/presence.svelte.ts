/** Whether the person has stored anything yet: cheap enough for the first page (no schemas, no backup code). */
import { hasPersonalData } from '$lib/db/presence';
import { LiveQuery } from './live.svelte';

class Presence {
	#hasData = new LiveQuery<boolean>(hasPersonalData, false);

	get hasData(): boolean {
		return this.#hasData.current;
	}
}

export const presence = new Presence();
