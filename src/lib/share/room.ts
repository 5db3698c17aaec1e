/**
 * One share's live connection: its Y.Doc, kept in this browser by y-indexeddb and joined to the
 * other device through a y-webrtc room whose password is the invite's secret.
 *
 * Invariants:
 * - Only the signaling servers and ICE servers given here are ever contacted: y-webrtc's defaults
 *   (public servers) are never used, and with no ICE server the peers try their own addresses only.
 * - The doc's local copy is named after the room (`tandem-board-<roomId>`), so `destroyData` deletes
 *   exactly one share's copy and "Delete everything" can find every copy by its prefix.
 * - A peer whose signaling cannot be decrypted (a wrong secret, on either side) makes y-webrtc reject
 *   a promise nobody awaits; `watchWrongSecrets` (local.ts) turns those into a callback instead of a crash.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { boardDatabaseName, deleteBoardCopy } from './local';

export interface IceServer {
	urls: string;
	username?: string;
	credential?: string;
}

export interface RoomOptions {
	roomId: string;
	secret: string;
	signalingUrls: readonly string[];
	iceServers: readonly IceServer[];
	/** Keep the doc in this browser (false while a supporter is still checking an invite). */
	persist: boolean;
}

export interface Room {
	readonly roomId: string;
	readonly doc: Y.Doc;
	/** Resolves once the local copy (if any) has been read into the doc. */
	readonly loaded: Promise<void>;
	/** How many other devices are connected right now. */
	peerCount(): number;
	/** Called with the number of connected peers whenever it changes. Returns the unsubscribe. */
	onPeers(listener: (count: number) => void): () => void;
	/** Starts keeping the doc in this browser, from its current state on. */
	persist(): Promise<void>;
	/** A small value kept beside the doc in this browser (in memory until the doc is kept). */
	readMeta(key: string): Promise<unknown>;
	writeMeta(key: string, value: number | string): Promise<void>;
	/** Leaves the room; the local copy stays. */
	leave(): Promise<void>;
	/** Leaves the room and deletes the local copy. */
	destroyData(): Promise<void>;
}

export function openRoom(options: RoomOptions): Room {
	const doc = new Y.Doc();
	let persistence: IndexeddbPersistence | null = null;
	// Meta values written before the doc is kept wait here, and are stored with it when it is.
	const meta = new Map<string, number | string>();
	const startPersisting = async () => {
		const starting = !persistence;
		persistence ??= new IndexeddbPersistence(boardDatabaseName(options.roomId), doc);
		await persistence.whenSynced;
		if (starting) for (const [key, value] of meta) await persistence.set(key, value);
	};
	const loaded = options.persist ? startPersisting() : Promise.resolve();
	const provider = new WebrtcProvider(options.roomId, doc, {
		signaling: [...options.signalingUrls],
		password: options.secret,
		// The peer connection's own options: only the ICE servers the person configured.
		peerOpts: { config: { iceServers: options.iceServers.map((server) => ({ ...server })) } }
	});
	let peers = 0;
	let connections = 0;
	const listeners = new Set<(count: number) => void>();
	const awareness = provider.awareness;
	// A device counts while it is connected and present: an app that closes says so as it goes (y-webrtc
	// removes its awareness on unload), which a peer connection alone can take half a minute to notice.
	const present = () => [...awareness.getStates().keys()].filter((id) => id !== doc.clientID).length;
	const report = () => {
		const count = connections > 0 ? Math.min(connections, present()) : 0;
		if (count === peers) return;
		peers = count;
		for (const listener of listeners) listener(peers);
	};
	provider.on('peers', (event: { webrtcPeers: string[]; bcPeers: string[] }) => {
		// Other devices only: another tab of this same browser (a BroadcastChannel peer) is not a supporter.
		connections = event.webrtcPeers.length;
		report();
	});
	awareness.on('change', report);
	// A peer ignores the first state (clock 0) a device announces; setting one now makes this device seen.
	awareness.setLocalState({ present: true });
	let left = false;
	const leave = async () => {
		if (left) return;
		left = true;
		provider.destroy();
		await persistence?.destroy();
		doc.destroy();
	};
	return {
		roomId: options.roomId,
		doc,
		loaded,
		peerCount: () => peers,
		onPeers(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		persist: startPersisting,
		async readMeta(key) {
			if (meta.has(key)) return meta.get(key);
			await loaded;
			return persistence && !left ? persistence.get(key) : undefined;
		},
		async writeMeta(key, value) {
			meta.set(key, value);
			if (persistence && !left) await persistence.set(key, value);
		},
		leave,
		async destroyData() {
			const copy = persistence;
			await leave();
			if (copy) await copy.clearData();
			else await deleteBoardCopy(options.roomId);
		}
	};
}
