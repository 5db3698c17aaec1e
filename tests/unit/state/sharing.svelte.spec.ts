import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '$lib/share/sides';
import { fakeSide, type FakeSide } from './support/fakeSides';

// Every room the owner opens, in order; the test plays the supporter's device and other tabs.
const rooms = vi.hoisted(() => [] as FakeSide[]);
vi.mock('$lib/share/sides', () => ({
	openOwnerSide(connection: Connection) {
		const side = fakeSide('owner', connection, true);
		rooms.push(side);
		return side.owner;
	},
	openSupporterSide() {
		throw new Error('The owner never opens a supporter side.');
	}
}));

const FIELDS = {
	contactId: null,
	displayName: 'Dr Rivera',
	role: 'clinician' as const,
	ownerName: 'Alex',
	scope: { goalIds: null, adherence: true, wellbeingSummary: true, upcomingDoses: false, questionnaireBands: false }
};

/** navigator.locks as another tab would hold it: granted when the test says so. */
function installLocks() {
	const waiting: { name: string; run: () => Promise<unknown> }[] = [];
	Object.defineProperty(navigator, 'locks', {
		configurable: true,
		value: {
			request(name: string, run: () => Promise<unknown>) {
				waiting.push({ name, run });
				return new Promise(() => {});
			}
		}
	});
	return {
		waiting,
		grant() {
			for (const lock of waiting.splice(0)) void lock.run();
		}
	};
}

/** A fresh module graph (database, live queries, the ownerSharing singleton) for each test. */
async function fresh() {
	vi.resetModules();
	const [{ ownerSharing }, db] = await Promise.all([import('$lib/state/sharing.svelte'), import('$lib/db/sharing')]);
	return { ownerSharing, db };
}

/** Starts sharing with the lock granted at once, and waits for the share's room to open and publish. */
async function started() {
	const locks = installLocks();
	const { ownerSharing, db } = await fresh();
	const share = await ownerSharing.invite(FIELDS);
	locks.grant();
	await vi.waitFor(() => expect(rooms).toHaveLength(1));
	await vi.waitFor(() => expect(rooms[0].published.length).toBeGreaterThan(0));
	return { ownerSharing, db, share, room: rooms[0] };
}

beforeEach(async () => {
	rooms.length = 0;
	await new Promise<void>((resolve) => {
		const request = indexedDB.deleteDatabase('tandem');
		request.onsuccess = request.onerror = () => resolve();
	});
});
afterEach(() => {
	Reflect.deleteProperty(navigator, 'locks');
});

describe('the owner’s rooms', () => {
	it('run in one tab only: none opens until this tab holds the Web Lock', async () => {
		const locks = installLocks();
		const { ownerSharing } = await fresh();
		const share = await ownerSharing.invite(FIELDS);
		expect(locks.waiting.map((lock) => lock.name)).toEqual(['tandem-owner-sharing']);
		// Another tab holds the lock: this one keeps the share but opens no room for it.
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(rooms).toHaveLength(0);

		locks.grant();
		await vi.waitFor(() => expect(rooms).toHaveLength(1));
		expect(rooms[0].connection).toMatchObject({ roomId: share.roomId, secret: share.secret });
	});

	it('publish the board projected from this device, with the owner’s name', async () => {
		const { room } = await started();
		expect(room.published.at(-1)?.meta.ownerName).toBe('Alex');
	});

	it('close a room whose share was removed elsewhere (another tab, a restore) without ending it', async () => {
		const { db, share, room } = await started();
		await db.deleteShare(share.id);
		await vi.waitFor(() => expect(room.calls).toEqual(['close']));
		expect(rooms).toHaveLength(1);
	});

	it('end the old room before a renewed link opens the new one, and never reopen the old', async () => {
		const { ownerSharing, share, room } = await started();
		const { share: renewed, told } = await ownerSharing.renew(share.id);
		expect(told).toBe('relay');
		expect(renewed.roomId).not.toBe(share.roomId);
		expect(room.calls).toEqual(['end']);
		await vi.waitFor(() => expect(rooms).toHaveLength(2));
		expect(rooms[1].connection.roomId).toBe(renewed.roomId);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(rooms.filter((side) => side.connection.roomId === share.roomId)).toHaveLength(1);
	});

	it('leave the “ended” marker, then delete the share, when the person stops sharing', async () => {
		const { ownerSharing, db, share, room } = await started();
		// Who was told comes from the room's end (the relay, here).
		expect(await ownerSharing.stop(share.id)).toBe('relay');
		expect(room.calls).toEqual(['end']);
		expect(await db.loadShares()).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(rooms).toHaveLength(1);
	});

	it('count a connected supporter and note when they were last connected', async () => {
		const { ownerSharing, db, share, room } = await started();
		room.setPeers(1);
		expect(ownerSharing.peers[share.id]).toBe(1);
		await vi.waitFor(async () => expect((await db.loadShares())[0].lastConnectedAt).not.toBeNull());
	});
});
