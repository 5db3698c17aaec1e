import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAgendaItems, setDiscussed } from '$lib/db/agenda';
import { allCopingUses, saveThoughtRecord } from '$lib/db/coping';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { addAgendaItem } from '$lib/db/monitoring';
import { deleteSession, saveSession, setHomeworkDone, type SessionFields } from '$lib/db/therapy';
import { emptyThoughtRecord } from '$lib/domain/coping/thoughtRecord';
import { recordSchemas } from '$lib/domain/records';
import * as v from 'valibot';
import { fieldsOf, therapySessionRecord } from '../../fixtures/factories';

const NOW = new Date('2026-11-27T12:00:00.000Z');

function fields(at: string, overrides: Partial<SessionFields> = {}): SessionFields {
	const homework = [{ id: 'hw-1', text: 'Sleep diary', doneAt: null }];
	return fieldsOf(therapySessionRecord('new', at, { topics: ['sleep'], homework, ...overrides }));
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

afterEach(() => resetDatabaseForTests());

describe('the session log', () => {
	it('stores valid sessions and edits one in place', async () => {
		const id = await saveSession(fields('2026-11-20T10:00:00.000+00:00'), null, NOW);
		await saveSession(fields('2026-11-20T10:00:00.000+00:00', { takeaways: 'Wind down earlier' }), id, NOW);
		const sessions = await database().therapySessions.toArray();
		expect(sessions).toHaveLength(1);
		expect(sessions[0].takeaways).toBe('Wind down earlier');
		expect(v.safeParse(recordSchemas.therapySessions, sessions[0]).success).toBe(true);
	});

	it('refuses to edit a session that is gone, and writes nothing', async () => {
		await expect(saveSession(fields('2026-11-20T10:00:00.000+00:00'), 'missing', NOW)).rejects.toThrow(
			'no longer on this device'
		);
		expect(await database().therapySessions.count()).toBe(0);
	});

	it('adds the person a session was with to the care team, in the same write', async () => {
		const id = await saveSession(fields('2026-11-20T10:00:00.000+00:00'), null, NOW, { name: 'Dr Okafor', role: 'therapist' });
		const [contact] = await database().contacts.toArray();
		expect(contact).toMatchObject({ name: 'Dr Okafor', role: 'therapist', safetyContact: false });
		expect(v.safeParse(recordSchemas.contacts, contact).success).toBe(true);
		expect((await database().therapySessions.get(id))?.withContactId).toBe(contact.id);
	});

	it('adds no one when the session cannot be saved', async () => {
		await expect(
			saveSession(fields('2026-11-20T10:00:00.000+00:00'), 'missing', NOW, { name: 'Dr Okafor', role: 'therapist' })
		).rejects.toThrow('no longer on this device');
		expect(await database().contacts.count()).toBe(0);
	});

	it('ticks homework done and back', async () => {
		const id = await saveSession(fields('2026-11-20T10:00:00.000+00:00'), null, NOW);
		await setHomeworkDone(id, 'hw-1', true, NOW);
		expect((await database().therapySessions.get(id))?.homework[0].doneAt).not.toBeNull();
		await setHomeworkDone(id, 'hw-1', false, NOW);
		expect((await database().therapySessions.get(id))?.homework[0].doneAt).toBeNull();
	});
});

describe('agenda items and sessions', () => {
	it('links a tick to the given session, or else to the latest session already held', async () => {
		const older = await saveSession(fields('2026-11-13T10:00:00.000+00:00'), null, NOW);
		const latest = await saveSession(fields('2026-11-20T10:00:00.000+00:00'), null, NOW);
		await saveSession(fields('2026-12-04T10:00:00.000+00:00'), null, NOW); // planned, not held
		await addAgendaItem('Ask about sleep', 'manual', null, NOW);
		await addAgendaItem('The afternoon slump', 'journal', null, NOW);
		const [first, second] = await allAgendaItems();

		await setDiscussed(first.id, true, older, NOW);
		await setDiscussed(second.id, true, undefined, NOW);
		const ticked = await allAgendaItems();
		expect(ticked.map((item) => item.sessionId)).toEqual([older, latest]);

		await setDiscussed(first.id, false, undefined, NOW);
		const unticked = (await allAgendaItems())[0];
		expect([unticked.discussedAt, unticked.sessionId]).toEqual([null, null]);
	});

	it('keeps discussed items when their session is deleted, without the link', async () => {
		const id = await saveSession(fields('2026-11-20T10:00:00.000+00:00'), null, NOW);
		await addAgendaItem('Ask about sleep', 'manual', null, NOW);
		const [item] = await allAgendaItems();
		await setDiscussed(item.id, true, id, NOW);
		await deleteSession(id, NOW);
		const [kept] = await allAgendaItems();
		expect(await database().therapySessions.count()).toBe(0);
		expect(kept.discussedAt).not.toBeNull();
		expect(kept.sessionId).toBeNull();
	});
});

describe('thought records', () => {
	const use = { startedAt: '2026-11-27T11:50:00.000+00:00', durationSeconds: 600, distressBefore: 7, distressAfter: 4 };
	const finished = {
		...emptyThoughtRecord(),
		situation: 'No reply',
		thoughts: 'They are angry',
		emotions: [{ name: 'Anxious', before: 70, after: 30 }],
		balancedThought: 'They may be busy'
	};

	it('logs a use once, when a draft is first finished, not for drafts or later edits', async () => {
		const id = await saveThoughtRecord({ fields: emptyThoughtRecord(), draft: true, use }, null, NOW);
		expect(await allCopingUses()).toHaveLength(0);
		await saveThoughtRecord({ fields: finished, draft: false, use }, id, NOW);
		await saveThoughtRecord({ fields: { ...finished, balancedThought: 'Probably busy' }, draft: false, use }, id, NOW);
		const uses = await allCopingUses();
		expect(uses.map((logged) => [logged.tool, logged.distressBefore, logged.distressAfter])).toEqual([['thought-record', 7, 4]]);
		const stored = await database().thoughtRecords.get(id);
		expect(stored?.draft).toBe(false);
		expect(stored?.balancedThought).toBe('Probably busy');
		expect(v.safeParse(recordSchemas.thoughtRecords, stored).success).toBe(true);
	});
});
