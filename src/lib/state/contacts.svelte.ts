import { listContacts } from '$lib/db/contactQueries';
import type { ContactDraft } from '$lib/db/contacts';

// Writing code loads on the first change, not with the first page.
const writes = () => import('$lib/db/contacts');
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
		const saved = await (await writes()).saveContact(draft, id);
		await afterSave();
		return saved;
	}

	async remove(id: string): Promise<void> {
		await (await writes()).deleteContact(id);
	}
}

export const contacts = new ContactsState();
