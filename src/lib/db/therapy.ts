/**
 * The session log. Agenda items ticked in a session point at it; deleting the session keeps the
 * items as discussed but drops the link, so nothing the person wrote disappears with it.
 */
import { instantOf } from '$lib/domain/dates';
import { heldSessions } from '$lib/domain/therapy/sessions';
import type { Contact, TherapySession } from '$lib/domain/records';
import { database, newId } from './database';

export type SessionFields = Omit<TherapySession, 'id' | 'createdAt' | 'updatedAt'>;

export function allSessions(): Promise<TherapySession[]> {
	return database().therapySessions.orderBy('at').toArray();
}

/** Someone the session was with who is not in the care team yet: added with the session. */
export type NewCareContact = Pick<Contact, 'name' | 'role'>;

/**
 * Adds a session, or replaces the fields of an existing one; returns its id. With `withNew`, the
 * person it was with joins the care team in the same transaction, so neither is saved without the other.
 */
export async function saveSession(
	fields: SessionFields,
	id: string | null,
	now = new Date(),
	withNew: NewCareContact | null = null
): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.therapySessions, db.contacts, async () => {
		const existing = id ? await db.therapySessions.get(id) : undefined;
		if (id && !existing) throw new Error('That session is no longer on this device.');
		if (withNew) {
			const contact: Contact = {
				...withNew,
				phone: '',
				email: '',
				notes: '',
				safetyContact: false,
				id: newId(),
				createdAt: at,
				updatedAt: at
			};
			await db.contacts.put(contact);
			fields = { ...fields, withContactId: contact.id };
		}
		const record: TherapySession = existing
			? { ...existing, ...fields, updatedAt: at }
			: { ...fields, id: newId(), createdAt: at, updatedAt: at };
		await db.therapySessions.put(record);
		return record.id;
	});
}

export async function deleteSession(id: string, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.therapySessions, db.agendaItems, async () => {
		await db.agendaItems.where('sessionId').equals(id).modify({ sessionId: null, updatedAt: at });
		await db.therapySessions.delete(id);
	});
}

/** Ticks a homework item done (or not done); Today lists it until it is. */
export async function setHomeworkDone(sessionId: string, itemId: string, done: boolean, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.therapySessions, async () => {
		const session = await db.therapySessions.get(sessionId);
		if (!session) return;
		const homework = session.homework.map((item) => (item.id === itemId ? { ...item, doneAt: done ? at : null } : item));
		await db.therapySessions.put({ ...session, homework, updatedAt: at });
	});
}

/**
 * The sessions an agenda tick made "after the fact" belongs to: the most recent one already held, if
 * any. Ticking inside a session's own page passes that session instead.
 */
export async function latestHeldSessionId(now = new Date()): Promise<string | null> {
	// Instants with different offsets don't compare as strings, so the few sessions are compared by time.
	const held = heldSessions(await database().therapySessions.toArray(), now.getTime());
	return held[0]?.id ?? null;
}
