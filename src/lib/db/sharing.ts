/**
 * Shares (this person's boards, one per supporter) and boards (other people's, held as a supporter).
 *
 * Invariants:
 * - A share record holds the room id and secret of its one live invite: renewing replaces both in one
 *   write, so the old link can never open the room again; stopping deletes the record.
 * - Nothing a peer sends is written here except an accepted suggestion, which becomes a step of a goal
 *   the share actually covers, in the same transaction as the answer the supporter will see.
 */
import * as v from 'valibot';
import { instantOf } from '$lib/domain/dates';
import { defaultSettings, SETTINGS_ID } from '$lib/domain/settings';
import { BoardSchema, ShareSchema, type Board, type Settings, type Share } from '$lib/domain/records';
import { database, newId } from './database';
import { addStep } from './goals';

export type ShareFields = Pick<Share, 'contactId' | 'displayName' | 'role' | 'scope' | 'ownerName'>;
export type InviteSecrets = Pick<Share, 'roomId' | 'secret' | 'signalingUrls' | 'relayUrl'>;
export type SuggestionAnswer = NonNullable<Share['answers']>[number]['answer'];
const MAX_ANSWERS = 200;

export function loadShares(): Promise<Share[]> {
	return database().shares.toArray();
}

export function countShares(): Promise<number> {
	return database().shares.count();
}

function validShare(share: Share): Share {
	const result = v.safeParse(ShareSchema, share);
	if (!result.success) throw new Error(`This invite can’t be saved: ${result.issues[0].message}.`);
	return result.output;
}

export async function createShare(fields: ShareFields, secrets: InviteSecrets, now = new Date()): Promise<Share> {
	const at = instantOf(now);
	const share = validShare({
		...fields,
		...secrets,
		id: newId(),
		createdAt: at,
		updatedAt: at,
		lastConnectedAt: null,
		endedAt: null,
		answers: []
	});
	const db = database();
	await db.transaction('rw', db.shares, () => db.shares.add(share));
	return share;
}

export async function updateShare(id: string, change: Partial<ShareFields & InviteSecrets>, now = new Date()) {
	const db = database();
	return db.transaction('rw', db.shares, async () => {
		const existing = await db.shares.get(id);
		if (!existing) throw new Error('That share is no longer on this device.');
		const share = validShare({ ...existing, ...change, updatedAt: instantOf(now) });
		await db.shares.put(share);
		return share;
	});
}

/** A new room and secret: the old link stops working, and the supporter has not connected to the new one yet. */
export function renewShare(id: string, secrets: InviteSecrets, now = new Date()): Promise<Share> {
	const db = database();
	return db.transaction('rw', db.shares, async () => {
		const existing = await db.shares.get(id);
		if (!existing) throw new Error('That share is no longer on this device.');
		const share = validShare({ ...existing, ...secrets, lastConnectedAt: null, updatedAt: instantOf(now) });
		await db.shares.put(share);
		return share;
	});
}

export async function deleteShare(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.shares, () => db.shares.delete(id));
}

export async function markShareConnected(id: string, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.shares, () => db.shares.update(id, { lastConnectedAt: instantOf(now) }));
}

export interface SuggestionToAnswer {
	id: string;
	goalId: string;
	text: string;
	author: string;
}

/**
 * Records the owner's answer to a suggested step; on "accepted" the step is added to the goal, marked
 * as suggested by its author. Refused when the goal is gone or not on this share's board.
 */
export async function answerSuggestion(
	shareId: string,
	suggestion: SuggestionToAnswer,
	answer: SuggestionAnswer,
	now = new Date()
): Promise<void> {
	const db = database();
	await db.transaction('rw', [db.shares, db.goals, db.goalSteps], async () => {
		const share = await db.shares.get(shareId);
		if (!share) throw new Error('That share is no longer on this device.');
		const answers = share.answers ?? [];
		if (answers.some((known) => known.id === suggestion.id)) return;
		if (answer === 'accepted') {
			const covered = share.scope.goalIds === null || share.scope.goalIds.includes(suggestion.goalId);
			if (!covered) throw new Error('That goal isn’t on the board you share with them.');
			await addStep(suggestion.goalId, suggestion.text, suggestion.author.slice(0, 120), now);
		}
		const next = [...answers, { id: suggestion.id, answer }].slice(-MAX_ANSWERS);
		await db.shares.update(shareId, { answers: next, updatedAt: instantOf(now) });
	});
}

/** The settings as stored, or the defaults: read-only, so it may run inside a liveQuery (loadSettings creates the row). */
export async function storedSettings(now = new Date()): Promise<Settings> {
	return (await database().settings.get(SETTINGS_ID)) ?? defaultSettings(now);
}

// ---- Boards held as a supporter ----

export function loadBoards(): Promise<Board[]> {
	return database().boards.toArray();
}

export function loadBoard(id: string): Promise<Board | undefined> {
	return database().boards.get(id);
}

function validBoard(board: Board): Board {
	const result = v.safeParse(BoardSchema, board);
	if (!result.success) throw new Error(`This board can’t be saved: ${result.issues[0].message}.`);
	return result.output;
}

export type NewBoard = Pick<Board, 'ownerName' | 'roomId' | 'secret' | 'signalingUrls' | 'displayName' | 'relayUrl'>;

/** Saves a joined board; joining the same room again returns the board already held. */
export async function saveJoinedBoard(fields: NewBoard, now = new Date()): Promise<Board> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.boards, async () => {
		const existing = await db.boards.where('roomId').equals(fields.roomId).first();
		if (existing) return existing;
		const board = validBoard({
			...fields,
			id: newId(),
			createdAt: at,
			updatedAt: at,
			lastUpdatedAt: at,
			endedAt: null,
			note: ''
		});
		await db.boards.add(board);
		return board;
	});
}

export async function updateBoard(
	id: string,
	change: Partial<Pick<Board, 'ownerName' | 'lastUpdatedAt' | 'endedAt' | 'displayName' | 'lastOpenedAt'>>,
	now = new Date()
): Promise<void> {
	const db = database();
	await db.transaction('rw', db.boards, async () => {
		const existing = await db.boards.get(id);
		if (!existing) return;
		await db.boards.put(validBoard({ ...existing, ...change, updatedAt: instantOf(now) }));
	});
}

export async function deleteBoard(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.boards, () => db.boards.delete(id));
}
