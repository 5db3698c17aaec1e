import type { ContactDraft } from '$lib/db/contacts';

// Writing code loads on the first change, not with the first page.
const writes = () => import('$lib/db/contacts');
import type { Contact } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';
import { loadedDatabase } from './startupDatabase';

class ContactsState {
	#live = new LiveQuery<Contact[]>(() => loadedDatabase().listContacts(), []);

	get all(): Contact[] {
		return this.#live.current;
	}

	#safetyContacts = $derived(this.#live.current.filter((contact) => contact.safetyContact));

	get safetyContacts(): Contact[] {
		return this.#safetyContacts;
	}

	save(draft: ContactDraft, id?: string): Promise<string> {
		return saving('save this contact', async () => (await writes()).saveContact(draft, id));
	}

	remove(id: string): Promise<void> {
		return saving('delete this contact', async () => (await writes()).deleteContact(id), { quiet: true });
	}
}

export const contacts = new ContactsState();
