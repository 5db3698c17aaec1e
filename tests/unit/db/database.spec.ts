import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { database, onVersionChange, resetDatabaseForTests } from '$lib/db/database';
import { saveContact } from '$lib/db/contacts';

afterEach(() => resetDatabaseForTests());

describe('the multi-tab guard', () => {
	it('lets go of its connection and asks for a reload when another tab upgrades the schema', async () => {
		resetDatabaseForTests();
		await indexedDB.deleteDatabase('tandem');
		await database().open();
		let asked = false;
		const stop = onVersionChange(() => (asked = true));

		// "Another tab" opens a newer schema; it must not be blocked by this tab's open connection.
		const newer = new Dexie('tandem');
		newer.version(2).stores({ contacts: 'id, name, role, phone' });
		await newer.open();

		expect(asked).toBe(true);
		expect(database().isOpen()).toBe(false);
		expect(newer.verno).toBe(2);
		newer.close();
		stop();
		await indexedDB.deleteDatabase('tandem');
	});
});

describe('contacts', () => {
	it('creates and then updates a contact in place', async () => {
		resetDatabaseForTests();
		await indexedDB.deleteDatabase('tandem');
		const draft = { name: 'Jo', role: 'friend' as const, phone: '+44 7700 900123', email: '', notes: '', safetyContact: true };
		const id = await saveContact(draft, undefined, new Date('2026-11-01T10:00:00Z'));
		await saveContact({ ...draft, phone: '07700 900999' }, id, new Date('2026-11-02T10:00:00Z'));
		const stored = await database().contacts.toArray();
		expect(stored).toHaveLength(1);
		expect(stored[0].phone).toBe('07700 900999');
		expect(Date.parse(stored[0].updatedAt)).toBeGreaterThan(Date.parse(stored[0].createdAt));
	});
});
