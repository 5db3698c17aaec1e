/** The agenda for the next appointment, for the Therapy screen. */
import { allAgendaItems, deleteAgendaItem, setDiscussed } from '$lib/db/agenda';
import { addAgendaItem } from '$lib/db/monitoring';
import type { AgendaItem } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { afterSave } from './persistence.svelte';

class AgendaState {
	#items = new LiveQuery<AgendaItem[]>(allAgendaItems, []);

	get open(): AgendaItem[] {
		return this.#items.current.filter((item) => item.discussedAt === null);
	}

	/** Discussed items, newest first. */
	get discussed(): AgendaItem[] {
		return this.#items.current.filter((item) => item.discussedAt !== null).reverse();
	}

	async add(text: string): Promise<void> {
		await addAgendaItem(text, 'manual', null);
		await afterSave();
	}

	setDiscussed(id: string, discussed: boolean): Promise<void> {
		return setDiscussed(id, discussed);
	}

	remove(id: string): Promise<void> {
		return deleteAgendaItem(id);
	}
}

export const agenda = new AgendaState();
