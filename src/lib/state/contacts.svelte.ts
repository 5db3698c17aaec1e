import { deleteContact, listContacts, saveContact, type ContactDraft } from '$lib/db/contacts';
import type { Contact } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { afterSave } from './persistence.svelte';

class ContactsState {
	#live = new LiveQuery<Contact[]>(listContacts, []);

	get all(): Contact[] {
		return this.#live.current;
	}

	get safetyContacts(): Contact[] {
		return this.all.filter((contact) => contact.safetyContact);
	}

	async save(draft: ContactDraft, id?: string): Promise<string> {
		const saved = await saveContact(draft, id);
		await afterSave();
		return saved;
	}

	remove(id: string): Promise<void> {
		return deleteContact(id);
	}
}

export const contacts = new ContactsState();
