/** The agenda for the next appointment, for the Therapy screen. */
import { allAgendaItems, deleteAgendaItem, setDiscussed } from '$lib/db/agenda';
import { addAgendaItem } from '$lib/db/monitoring';
import type { AgendaItem } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';

class AgendaState {
	#items = new LiveQuery<AgendaItem[]>(allAgendaItems, []);

	#open = $derived(this.#items.current.filter((item) => item.discussedAt === null));
	#discussed = $derived(this.#items.current.filter((item) => item.discussedAt !== null).reverse());

	get open(): AgendaItem[] {
		return this.#open;
	}

	/** Items discussed in one session, in the order they were added. */
	inSession(sessionId: string): AgendaItem[] {
		return this.#items.current.filter((item) => item.sessionId === sessionId);
	}

	/** Discussed items, newest first. */
	get discussed(): AgendaItem[] {
		return this.#discussed;
	}

	async add(text: string): Promise<void> {
		await saving('add this to your agenda', () => addAgendaItem(text, 'manual', null));
	}

	/** Ticked in a session's page, the item is linked to that session; elsewhere, to the latest one held. */
	setDiscussed(id: string, discussed: boolean, sessionId?: string): Promise<void> {
		return saving('tick this agenda item', () => setDiscussed(id, discussed, sessionId));
	}

	remove(id: string): Promise<void> {
		return saving('delete this agenda item', () => deleteAgendaItem(id), { quiet: true });
	}
}

export const agenda = new AgendaState();
