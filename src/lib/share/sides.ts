/**
 * The two sides of a board, each over one room: the owner publishes and guards its projection; the
 * supporter reads the board and writes only into its own section. Yjs stays inside this layer: state
 * sees plain views and callbacks.
 */
import {
	addSupporterEntry,
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
import { openRoom, type IceServer, type Room } from './room';

export interface Connection {
	roomId: string;
	secret: string;
	signalingUrls: readonly string[];
	iceServers: readonly IceServer[];
}

interface Side {
	readonly room: Room;
	/** The board as it now reads, validated. */
	view(): BoardView;
	/** Called after every change to the doc, from either side. Returns the unsubscribe. */
	onChange(listener: (view: BoardView) => void): () => void;
	/** Leaves the room, keeping this browser's copy. */
	close(): Promise<void>;
}

function side(room: Room): Side {
	return {
		room,
		view: () => readBoard(room.doc),
		onChange(listener) {
			const handler = () => listener(readBoard(room.doc));
			room.doc.on('update', handler);
			return () => room.doc.off('update', handler);
		},
		close: () => room.leave()
	};
}

export interface OwnerSide extends Side {
	/** Writes the snapshot if it differs from the board's; returns whether it wrote. */
	publish(snapshot: BoardSnapshot): boolean;
	/**
	 * Stops sharing: leaves an "ended" marker for a supporter who is connected (given a moment to
	 * arrive), then leaves the room and deletes this browser's copy.
	 */
	end(): Promise<void>;
}

/** How long a connected supporter is given to receive the "ended" marker before the room closes. */
const ENDED_GRACE_MS = 700;

export function openOwnerSide(connection: Connection): OwnerSide {
	const room = openRoom({ ...connection, persist: true });
	let current: BoardSnapshot | null = null;
	const stopGuard = guardBoard(room.doc, () => current);
	// The copy kept in this browser may hold entries written by an older version: drop what fails.
	void room.loaded.then(() => pruneSupporterSection(room.doc));
	const base = side(room);
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
			if (room.peerCount() > 0) await new Promise((resolve) => setTimeout(resolve, ENDED_GRACE_MS));
			await room.destroyData();
		},
		async close() {
			stopGuard();
			await base.close();
		}
	};
}

export interface SupporterSide extends Side {
	add(kind: EntryKind, draft: EntryDraft): AddResult;
}

/** `persist: false` while a new invite is being checked: nothing is stored until the owner's board arrives. */
export function openSupporterSide(connection: Connection, persist: boolean): SupporterSide {
	const room = openRoom({ ...connection, persist });
	return {
		...side(room),
		add: (kind, draft) => addSupporterEntry(room.doc, kind, draft)
	};
}
