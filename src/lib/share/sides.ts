/**
 * The two sides of a board, each over one room: the owner publishes and guards its projection; the
 * supporter reads the board and writes only into its own section. Yjs stays inside this layer: state
 * sees plain views and callbacks.
 *
 * When the invite names a relay, each side also keeps its part there, sealed (relaySide.ts): the owner
 * writes after every change of the doc, the supporter after its own entries; what the relay brings
 * passes the same guard and validation as a WebRTC peer's update.
 */
import type { StopOutcome } from '$lib/domain/stopSharing';
import {
	addSupporterEntry,
	SUPPORTER_ORIGIN,
	guardBoard,
	markEnded,
	pruneSupporterSection,
	readBoard,
	writeOwnerSection,
	type AddResult,
	type BoardView,
	type EntryDraft,
	type EntryKind
} from './board';
import type { BoardSnapshot } from './projection';
import { attachRelay, noRelay, type RelayAttachment, type RelayState } from './relaySide';
import { openRoom, type IceServer, type Room } from './room';

export type { RelayState };

export interface Connection {
	roomId: string;
	secret: string;
	signalingUrls: readonly string[];
	iceServers: readonly IceServer[];
	/** The relay the invite names (and this page may reach), or null. */
	relayUrl?: string | null;
}

interface Side {
	readonly room: Room;
	/** How the relay is doing ('off' without one). */
	relay(): RelayState;
	onRelay(listener: (state: RelayState) => void): () => void;
	/** Resolves once the relay's copy has been applied, or it could not be reached (at once without a relay). */
	readonly relayReady: Promise<void>;
	/** The board as it now reads, validated. */
	view(): BoardView;
	/** Called after every change to the doc, from either side. Returns the unsubscribe. */
	onChange(listener: (view: BoardView) => void): () => void;
	/** Leaves the room, keeping this browser's copy. */
	close(): Promise<void>;
}

function side(room: Room, relay: RelayAttachment): Side {
	return {
		room,
		relay: () => relay.state(),
		onRelay: (listener) => relay.onState(listener),
		relayReady: relay.ready,
		view: () => readBoard(room.doc),
		onChange(listener) {
			const handler = () => listener(readBoard(room.doc));
			room.doc.on('update', handler);
			return () => room.doc.off('update', handler);
		},
		close: async () => {
			relay.close();
			await room.leave();
		}
	};
}

function relayFor(room: Room, connection: Connection, writer: 'owner' | 'supporter', writing: boolean): RelayAttachment {
	if (!connection.relayUrl) return noRelay();
	return attachRelay({
		room,
		secret: connection.secret,
		url: connection.relayUrl,
		writer,
		writing,
		// The owner keeps the relay's copy whole; a supporter sends only what it wrote.
		writesAfter: (transaction) => writer === 'owner' || transaction.origin === SUPPORTER_ORIGIN
	});
}

export interface OwnerSide extends Side {
	/** Writes the snapshot if it differs from the board's; returns whether it wrote. */
	publish(snapshot: BoardSnapshot): boolean;
	/**
	 * Stops sharing: leaves an "ended" marker for a supporter who is connected (given a moment to
	 * arrive) and on the relay, then leaves the room and deletes this browser's copy. Says who was told.
	 */
	end(): Promise<StopOutcome>;
}

/** How long a connected supporter is given to receive the "ended" marker before the room closes. */
const ENDED_GRACE_MS = 700;

export function openOwnerSide(connection: Connection): OwnerSide {
	const room = openRoom({ ...connection, persist: true });
	const relay = relayFor(room, connection, 'owner', true);
	let current: BoardSnapshot | null = null;
	const stopGuard = guardBoard(room.doc, () => current);
	// The copy kept in this browser may hold entries written by an older version: drop what fails.
	void room.loaded.then(() => pruneSupporterSection(room.doc));
	const base = side(room, relay);
	return {
		...base,
		publish(snapshot) {
			current = snapshot;
			return writeOwnerSection(room.doc, snapshot);
		},
		async end() {
			current = null;
			stopGuard();
			markEnded(room.doc);
			const live = room.peerCount() > 0;
			const grace = live ? new Promise((resolve) => setTimeout(resolve, ENDED_GRACE_MS)) : null;
			// The relay keeps only the sealed "ended" state: a supporter who opens later is told, and deletes its copy.
			const relayTold = await relay.end();
			await grace;
			relay.close();
			await room.destroyData();
			return relayTold ? 'relay' : live ? 'live' : 'not-told';
		},
		async close() {
			stopGuard();
			await base.close();
		}
	};
}

export interface SupporterSide extends Side {
	add(kind: EntryKind, draft: EntryDraft): AddResult;
	/** Starts keeping the board in this browser (and writing to the relay), once it has arrived. */
	keep(): Promise<void>;
	/** Leaves, and deletes this browser's copy (the owner stopped sharing). */
	forget(): Promise<void>;
}

/** `persist: false` while a new invite is being checked: nothing is stored until the owner's board arrives. */
export function openSupporterSide(connection: Connection, persist: boolean): SupporterSide {
	const room = openRoom({ ...connection, persist });
	const relay = relayFor(room, connection, 'supporter', persist);
	return {
		...side(room, relay),
		add: (kind, draft) => addSupporterEntry(room.doc, kind, draft),
		async keep() {
			await room.persist();
			relay.startWriting();
		},
		async forget() {
			relay.close();
			await room.destroyData();
		}
	};
}
