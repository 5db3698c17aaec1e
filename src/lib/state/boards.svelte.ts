/**
 * Sharing as a supporter: the boards other people share with this device. Loaded only on the join
 * screen and the board screens (it brings Yjs).
 *
 * Invariants:
 * - Joining stores nothing until the owner's board has arrived and validated: a wrong secret, a dead
 *   link or an owner who never answers leaves no record and no copy behind.
 * - When the owner stops sharing, the board's copy is deleted from this device at once; only its
 *   name and the day it ended stay, so the list can say so until the person removes it.
 * - The supporter writes only into its own section (comments, suggestions, nudges), validated there.
 */
import { deleteBoard, loadBoards, saveJoinedBoard, updateBoard } from '$lib/db/sharing';
import { instantOf } from '$lib/domain/dates';
import { blockedSignalingUrls, reachableRelay } from '$lib/domain/sharingSettings';
import type { Board } from '$lib/domain/records';
import type { BoardView, EntryKind } from '$lib/share/board';
import { LINK_DOES_NOT_WORK, NO_ANSWER_MESSAGE, type Invite } from '$lib/share/invite';
import { deleteBoardCopy, watchWrongSecrets } from '$lib/share/local';
import type { Connection, RelayState } from '$lib/share/sides';
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { LiveQuery } from './live.svelte';
import { SaveFailed, saving } from './saving.svelte';
import { settings } from './settings.svelte';
import { BoardSession, nameOr, openSide } from './boardSession.svelte';

export { BoardSession };

export type JoinResult = { ok: true; boardId: string } | { ok: false; message: string };

export type { Board, BoardView, EntryKind, RelayState };
export type { BoardGoal, BoardSnapshot } from '$lib/share/projection';
export { parseInvite, LINK_DOES_NOT_WORK } from '$lib/share/invite';
export { boardHeadline } from '$lib/share/headline';

/** How long joining waits for the owner's board before saying the link doesn't answer. */
export const JOIN_TIMEOUT_MS = 20_000;
const WRONG_SECRET_MESSAGE = `${LINK_DOES_NOT_WORK} Its secret doesn’t match the one it was made with: ask the person who shared it to send the invite again.`;

class HeldBoards {
	#boards = new LiveQuery(loadBoards, [] as Board[]);
	#sorted = $derived([...this.#boards.current].sort((a, b) => (b.lastUpdatedAt ?? '').localeCompare(a.lastUpdatedAt ?? '')));
	// Reactive, so a screen that reads a session sees it once an effect has opened it.
	#sessions = new SvelteMap<string, BoardSession>();
	#removing = new Set<string>();
	#watching = false;

	/** Most recently updated first. */
	get list(): Board[] {
		return this.#sorted;
	}

	get loaded(): boolean {
		return this.#boards.loaded;
	}

	byId(id: string): Board | undefined {
		return this.#boards.current.find((board) => board.id === id);
	}

	/** Only the invite's signaling servers this page's security policy lets it reach: the others would be blocked. */
	#connection(invite: Pick<Invite, 'roomId' | 'secret' | 'signalingUrls'> & { relayUrl?: string | null }): Connection {
		const blocked = new Set(blockedSignalingUrls(invite.signalingUrls, __ALLOWED_SIGNALING_URLS__));
		return {
			...invite,
			signalingUrls: invite.signalingUrls.filter((url) => !blocked.has(url)),
			iceServers: settings.current.iceServers,
			relayUrl: reachableRelay(invite.relayUrl, __ALLOWED_RELAY_URLS__)
		};
	}

	/** A wrong-secret peer in any room shows up as a rejected promise: never let it reach the console as a crash. */
	#swallowWrongSecrets(): void {
		if (this.#watching) return;
		this.#watching = true;
		watchWrongSecrets(() => {});
	}

	/** Fetches the rooms' code ahead of time (the join screen, while the person types their name). */
	prepare(): void {
		void import('$lib/share/sides');
		void settings.ensure();
	}

	/** The open session of a held board, if an effect has opened it (reading never opens a room). */
	session(id: string): BoardSession | null {
		return this.#sessions.get(id) ?? null;
	}

	/**
	 * Opens a held board (kept open for the rest of the visit, so going back and forth doesn't reconnect).
	 * Call it from an effect or an event, never from a `$derived`: it connects to the room.
	 */
	open(board: Board): BoardSession | null {
		// What it reads here must not become the calling effect's dependencies: opening writes the same map.
		return untrack(() => this.#openNow(board));
	}

	#openNow(board: Board): BoardSession | null {
		if (board.endedAt || this.#removing.has(board.id)) return null;
		this.#swallowWrongSecrets();
		let session = this.#sessions.get(board.id);
		if (!session) {
			// The person's STUN/TURN servers must be known before the room opens.
			const side = settings.ensure().then(() => openSide(this.#connection(board), true));
			session = new BoardSession(board, side);
			this.#sessions.set(board.id, session);
		}
		return session;
	}

	/**
	 * Joins the board behind an invite: resolves once the owner's board has arrived (then it is saved),
	 * or with a message when the secret is wrong, the owner stopped, or nobody answers in time.
	 */
	async join(invite: Invite, displayName: string): Promise<JoinResult> {
		await settings.ensure();
		// Read now, not from the live list: on a fresh /join nothing has subscribed to it yet.
		const known = (await loadBoards()).filter((board) => board.roomId === invite.roomId);
		const held = known.find((board) => !board.endedAt);
		if (held) return { ok: true, boardId: held.id };
		if (known.length > 0)
			return { ok: false, message: `${known[0].ownerName} stopped sharing this board; the link no longer works.` };
		if (this.#connection(invite).signalingUrls.length === 0) {
			return {
				ok: false,
				message: `This invite was made for another copy of Tandem (its signaling server, ${invite.signalingUrls[0]}, can’t be reached from here). Open the link in the browser address bar exactly as it was sent.`
			};
		}
		this.#swallowWrongSecrets();
		const side = await openSide(this.#connection(invite), false);
		return new Promise<JoinResult>((resolve) => {
			let done = false;
			const stops: (() => void)[] = [];
			const arrived = async (): Promise<JoinResult> => {
				// Kept in this browser (and its part on the relay) from now on; the board shows without waiting for that first write.
				const persisted = side.keep();
				const snapshot = side.view().snapshot!;
				const board = await saving('keep this board', () =>
					saveJoinedBoard({
						ownerName: nameOr(snapshot.meta.ownerName, 'Someone'),
						roomId: invite.roomId,
						secret: invite.secret,
						signalingUrls: invite.signalingUrls,
						relayUrl: invite.relayUrl,
						displayName
					})
				);
				this.#sessions.set(board.id, new BoardSession(board, Promise.resolve(side)));
				void persisted;
				return { ok: true, boardId: board.id };
			};
			const finish = async (result: JoinResult | 'arrived') => {
				if (done) return;
				done = true;
				clearTimeout(timer);
				for (const stop of stops) stop();
				if (result === 'arrived') {
					try {
						resolve(await arrived());
						return;
					} catch (error) {
						result = {
							ok: false,
							message:
								error instanceof SaveFailed
									? error.message
									: `The board arrived but couldn’t be kept: ${error instanceof Error ? error.message : String(error)}`
						};
					}
				}
				await side.close();
				resolve(result);
			};
			const timer = setTimeout(() => void finish({ ok: false, message: NO_ANSWER_MESSAGE }), JOIN_TIMEOUT_MS);
			stops.push(
				watchWrongSecrets(() => void finish({ ok: false, message: WRONG_SECRET_MESSAGE })),
				side.onChange((view) => {
					if (view.ended) void finish({ ok: false, message: 'This board has ended: its owner stopped sharing it.' });
					else if (view.snapshot) void finish('arrived');
				})
			);
		});
	}

	/** Remembers that the supporter looked at this board now: what changes later is "new" on the list. */
	async markOpened(id: string): Promise<void> {
		// What was seen is a convenience: a device too full to note it still shows the board.
		await updateBoard(id, { lastOpenedAt: instantOf(new Date()) }).catch(() => undefined);
	}

	/** Removes a board from this device (its copy too); the owner's data is not affected. */
	async remove(id: string): Promise<void> {
		// The record goes first, so nothing reopens the room while it closes.
		this.#removing.add(id);
		try {
			const board = this.byId(id) ?? (await loadBoards()).find((candidate) => candidate.id === id);
			await saving('remove this board', () => deleteBoard(id), { quiet: true });
			const session = this.#sessions.get(id);
			this.#sessions.delete(id);
			if (session && !session.ended) await session.close();
			if (board && !board.endedAt) await deleteBoardCopy(board.roomId);
		} finally {
			this.#removing.delete(id);
		}
	}

	/** Leaves every open board (Delete everything), so their copies can be deleted. */
	async closeAll(): Promise<void> {
		const sessions = [...this.#sessions.values()];
		this.#sessions.clear();
		await Promise.all(sessions.map((session) => session.close()));
	}
}

export const heldBoards = new HeldBoards();
