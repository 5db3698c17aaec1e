/** Reading the care team: apart from the writes, so the first page loads only this. */
import type { Contact } from '$lib/domain/records';
import { database } from './database';

export function listContacts(): Promise<Contact[]> {
	return database().contacts.orderBy('name').toArray();
}
