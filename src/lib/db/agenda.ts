/** The agenda for the next appointment: things to bring up, gathered from anywhere in the app. */
import { instantOf } from '$lib/domain/dates';
import type { AgendaItem } from '$lib/domain/records';
import { database } from './database';
import { latestHeldSessionId } from './therapy';

export function allAgendaItems(): Promise<AgendaItem[]> {
	return database().agendaItems.orderBy('createdAt').toArray();
}

/**
 * Ticks an item as discussed in a session (or un-ticks it, which also drops the link). Without a
 * session, the tick belongs to the most recent session already held, when there is one.
 */
export async function setDiscussed(id: string, discussed: boolean, sessionId?: string | null, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.agendaItems, db.therapySessions, async () => {
		const item = await db.agendaItems.get(id);
		if (!item) return;
		const session = discussed ? (sessionId ?? (await latestHeldSessionId(now))) : null;
		await db.agendaItems.put({ ...item, discussedAt: discussed ? at : null, sessionId: session, updatedAt: at });
	});
}

export async function deleteAgendaItem(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.agendaItems, () => db.agendaItems.delete(id));
}
