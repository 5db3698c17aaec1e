import { instantOf } from '$lib/domain/dates';
import type { Contact } from '$lib/domain/records';
import { database, newId } from './database';

export type ContactDraft = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

export async function saveContact(draft: ContactDraft, id?: string, now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.contacts, async () => {
		const existing = id ? await db.contacts.get(id) : undefined;
		const record: Contact = existing
			? { ...existing, ...draft, updatedAt: at }
			: { ...draft, id: newId(), createdAt: at, updatedAt: at };
		await db.contacts.put(record);
		return record.id;
	});
}

export async function deleteContact(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.contacts, () => db.contacts.delete(id));
}
