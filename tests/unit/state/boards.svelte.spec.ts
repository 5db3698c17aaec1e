import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInvite, NO_ANSWER_MESSAGE } from '$lib/share/invite';
import type { Connection } from '$lib/share/sides';
import { fakeSide, snapshotFrom, type FakeSide } from './support/fakeSides';

// Every room this spec's supporter opens, in order; the test plays the owner's device through them.
const rooms = vi.hoisted(() => [] as FakeSide[]);
vi.mock('$lib/share/sides', () => ({
	openSupporterSide(connection: Connection, persist: boolean) {
		const side = fakeSide('supporter', connection, persist);
		rooms.push(side);
		return side.supporter;
	},
	openOwnerSide() {
		throw new Error('A supporter never opens an owner side.');
	}
}));

// A real invite, so the board saved from it passes the same checks as in the app.
const INVITE = createInvite([...__SIGNALING_URLS__]);

/** A fresh module graph (database, live queries, the heldBoards singleton) for each test. */
async function fresh() {
	vi.resetModules();
	const [{ heldBoards }, { loadBoards }, { database }] = await Promise.all([
		import('$lib/state/boards.svelte'),
		import('$lib/db/sharing'),
		import('$lib/db/database')
	]);
	return { heldBoards, loadBoards, database };
}

/** The room joining opened, once it has (the rooms' code loads first). */
async function joiningRoom(): Promise<FakeSide> {
	await vi.waitFor(() => expect(rooms).toHaveLength(1));
	return rooms[0];
}

beforeEach(async () => {
	rooms.length = 0;
	await new Promise<void>((resolve) => {
		const request = indexedDB.deleteDatabase('tandem');
		request.onsuccess = request.onerror = () => resolve();
	});
});
afterEach(() => {
	vi.useRealTimers();
});

describe('joining a board', () => {
	it('stores nothing while it waits, then keeps the board and its copy once the owner’s board has arrived', async () => {
		const { heldBoards, loadBoards } = await fresh();
		const joining = heldBoards.join(INVITE, 'Dr Rivera');
		const room = await joiningRoom();
		// Checking an invite keeps nothing in this browser yet.
		expect(room.persist).toBe(false);
		expect(await loadBoards()).toEqual([]);

		room.receive({ snapshot: snapshotFrom('Alex', '2026-05-10T09:00:00.000Z') });
		const result = await joining;
		expect(result.ok).toBe(true);
		const boards = await loadBoards();
		expect(boards).toHaveLength(1);
		expect(boards[0]).toMatchObject({ ownerName: 'Alex', roomId: INVITE.roomId, displayName: 'Dr Rivera', endedAt: null });
		expect(room.calls).toEqual(['keep']);
		// The session joining made is the one the board's screen reads: the room is not opened twice.
		expect(heldBoards.session(boards[0].id)).not.toBeNull();
	});

	it('leaves no record and no copy when the owner never answers', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { heldBoards, loadBoards, database } = await fresh();
		const { JOIN_TIMEOUT_MS } = await import('$lib/state/boards.svelte');
		const joining = heldBoards.join(INVITE, 'Dr Rivera');
		const room = await joiningRoom();
		await vi.advanceTimersByTimeAsync(JOIN_TIMEOUT_MS);
		const result = await joining;
		expect(result).toMatchObject({ ok: false });
		expect(result.ok ? '' : result.message).toBe(NO_ANSWER_MESSAGE);
		expect(room.calls).toEqual(['close']);
		expect(await loadBoards()).toEqual([]);
		expect(await database().boards.count()).toBe(0);
	});

	it('says the board has ended, and keeps nothing, when the room holds only the owner’s “ended” marker', async () => {
		const { heldBoards, loadBoards } = await fresh();
		const joining = heldBoards.join(INVITE, 'Dr Rivera');
		const room = await joiningRoom();
		room.receive({ ended: '2026-05-10T09:00:00.000Z' });
		const result = await joining;
		expect(result.ok ? '' : result.message).toBe('This board has ended: its owner stopped sharing it.');
		expect(room.calls).toEqual(['close']);
		expect(await loadBoards()).toEqual([]);
	});

	it('opens the board already held instead of joining again, and refuses a link whose board ended', async () => {
		const { heldBoards, database } = await fresh();
		const { boardRecord } = await import('../../fixtures/factories');
		await database().boards.add(boardRecord('held', { roomId: INVITE.roomId, secret: INVITE.secret }));
		expect(await heldBoards.join(INVITE, 'Dr Rivera')).toEqual({ ok: true, boardId: 'held' });
		await database().boards.update('held', { endedAt: '2026-05-01T10:00:00.000Z' });
		const again = await heldBoards.join(INVITE, 'Dr Rivera');
		expect(again.ok ? '' : again.message).toBe('Alex stopped sharing this board; the link no longer works.');
		expect(rooms).toHaveLength(0);
	});
});

describe('a held board whose owner stops', () => {
	it('ends only when the “ended” marker is still there a moment later, then deletes the copy and notes the day', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { heldBoards, database } = await fresh();
		const { boardRecord } = await import('../../fixtures/factories');
		const board = boardRecord('held', { ...INVITE });
		await database().boards.add(board);
		const session = heldBoards.open(board)!;
		const room = await joiningRoom();
		await vi.waitFor(() => expect(session.view.snapshot).toBeNull());
		room.receive({ snapshot: snapshotFrom('Alex', '2026-05-10T09:00:00.000Z') });
		expect(session.view.snapshot?.meta.ownerName).toBe('Alex');

		// A false marker (anyone with the secret could write one) that the owner's app removes at once.
		room.receive({ ended: '2026-05-10T10:00:00.000Z' });
		room.receive({ ended: null });
		await vi.advanceTimersByTimeAsync(2_000);
		expect(session.ended).toBe(false);
		expect(room.calls).toEqual([]);

		// A real one stays.
		room.receive({ ended: '2026-05-10T11:00:00.000Z' });
		await vi.advanceTimersByTimeAsync(2_000);
		expect(session.ended).toBe(true);
		expect(session.view.snapshot).toBeNull();
		expect(room.calls).toEqual(['forget']);
		await vi.waitFor(async () => expect((await database().boards.get('held'))?.endedAt).toBe('2026-05-10T11:00:00.000Z'));
	});
});
