/** The agenda for the next appointment: things to bring up, gathered from anywhere in the app. */
import { instantOf } from '$lib/domain/dates';
import type { AgendaItem } from '$lib/domain/records';
import { database } from './database';

export function allAgendaItems(): Promise<AgendaItem[]> {
	return database().agendaItems.orderBy('createdAt').toArray();
}

/** Ticks an item as discussed (or un-ticks it); the session link comes when sessions are logged. */
export async function setDiscussed(id: string, discussed: boolean, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.agendaItems, async () => {
		const item = await db.agendaItems.get(id);
		if (!item) return;
		await db.agendaItems.put({ ...item, discussedAt: discussed ? at : null, updatedAt: at });
	});
}

export async function deleteAgendaItem(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.agendaItems, () => db.agendaItems.delete(id));
}
