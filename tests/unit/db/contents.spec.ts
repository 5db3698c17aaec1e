import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabaseForTests } from '../../../src/lib/db/database';
import { hasPersonalData, holdsBoardsOnly } from '../../../src/lib/db/contents';
import { saveJoinedBoard } from '../../../src/lib/db/sharing';
import { createInvite } from '../../../src/lib/share/invite';
import { checkinRecord } from '../../fixtures/factories';

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});
afterEach(() => resetDatabaseForTests());

async function holdABoard(): Promise<void> {
	const { roomId, secret, signalingUrls } = createInvite(['wss://signal.example']);
	await saveJoinedBoard({
		ownerName: 'Alex',
		displayName: 'Dr Lee',
		roomId,
		secret,
		signalingUrls,
		relayUrl: 'wss://relay.example'
	});
}

describe('who this person is on this device', () => {
	it('holds boards only: someone with other people’s boards and nothing of their own (a therapist’s copy)', async () => {
		expect(await holdsBoardsOnly()).toBe(false);
		await holdABoard();
		expect(await holdsBoardsOnly()).toBe(true);
		// Boards count as data on the device, for backups and "Delete everything".
		expect(await hasPersonalData()).toBe(true);
	});

	it('is no longer a boards-only supporter once they keep a journal of their own', async () => {
		await holdABoard();
		await database().checkins.add(checkinRecord('2026-03-09'));
		expect(await holdsBoardsOnly()).toBe(false);
	});
});
