/**
 * The connection to a relay: a Hocuspocus document that holds nothing but two sealed blobs, one per
 * writer, in a Y.Map named "blobs" ("owner" → bytes, "supporter" → bytes).
 *
 * Invariants:
 * - Only sealed blobs (relayCrypto.ts) and deletions ever go in; nothing else of the board, no name, no
 *   time. The relay's document name and token are derived from the secret, never the room id itself.
 * - Each connection starts from an empty Y.Doc, and a lost connection is never resumed: the next one
 *   starts empty again. The relay compacts what it stores (only the current blobs are kept), so an old
 *   doc merged back into a compacted one could bring an older blob back; starting empty never does.
 * - Writes made while disconnected wait, newest per writer, and go out as soon as a connection has synced.
 * - The relay being down is never an error for the board: sharing goes on live, and the status says so.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Writer } from './relayCrypto';

export type RelayStatus = 'connecting' | 'connected' | 'unreachable' | 'refused';

export const BLOBS = 'blobs';
/** Waits before trying a lost relay again: a few seconds, growing to a minute. */
const RETRY_MS = [2_000, 5_000, 15_000, 60_000];
const FLUSH_TIMEOUT_MS = 5_000;

export interface RelayLink {
	status(): RelayStatus;
	onStatus(listener: (status: RelayStatus) => void): () => void;
	/** The blob in a writer's slot now (undefined when there is none or not synced yet). */
	read(writer: Writer): Uint8Array | undefined;
	/** Called when a writer's slot changes on the relay (not for this side's own writes). */
	onBlob(writer: Writer, listener: (blob: Uint8Array | undefined) => void): () => void;
	/** Resolves once connected and synced (true), or once the first attempt failed (false). */
	readonly firstSync: Promise<boolean>;
	write(writer: Writer, blob: Uint8Array): void;
	remove(writer: Writer): void;
	/** Resolves when the relay has acknowledged every write so far (or after a few seconds). */
	flushed(): Promise<void>;
	close(): void;
}

interface Session {
	doc: Y.Doc;
	socket: HocuspocusProviderWebsocket;
	provider: HocuspocusProvider;
	synced: boolean;
}

export function connectRelay(url: string, documentName: string, token: string): RelayLink {
	let status: RelayStatus = 'connecting';
	let session: Session | null = null;
	let closed = false;
	let attempt = 0;
	let retry: ReturnType<typeof setTimeout> | null = null;
	const pending = new Map<Writer, Uint8Array | null>();
	const statusListeners = new Set<(status: RelayStatus) => void>();
	const blobListeners = new Map<Writer, Set<(blob: Uint8Array | undefined) => void>>();
	let resolveFirst: (ok: boolean) => void = () => {};
	const firstSync = new Promise<boolean>((resolve) => (resolveFirst = resolve));

	const setStatus = (next: RelayStatus) => {
		if (next === status) return;
		status = next;
		for (const listener of statusListeners) listener(next);
	};

	const blobsOf = (doc: Y.Doc) => doc.getMap<unknown>(BLOBS);
	const valueOf = (doc: Y.Doc, writer: Writer) => {
		const value = blobsOf(doc).get(writer);
		return value instanceof Uint8Array ? value : undefined;
	};

	const flushPending = () => {
		if (!session?.synced) return;
		const blobs = blobsOf(session.doc);
		session.doc.transact(() => {
			for (const [writer, blob] of pending) {
				if (blob) blobs.set(writer, blob);
				else blobs.delete(writer);
			}
		});
		pending.clear();
	};

	const tearDown = () => {
		if (!session) return;
		const old = session;
		session = null;
		old.provider.destroy();
		old.socket.destroy();
		old.doc.destroy();
	};

	const scheduleRetry = () => {
		if (closed || retry) return;
		const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
		attempt++;
		retry = setTimeout(() => {
			retry = null;
			open();
		}, wait);
	};

	const lost = (next: RelayStatus) => {
		tearDown();
		setStatus(next);
		resolveFirst(false);
		if (next !== 'refused') scheduleRetry();
	};

	function open(): void {
		if (closed) return;
		const doc = new Y.Doc();
		// One attempt per connection: a retry starts again from an empty doc (see above).
		// Connected below, so that a relay that can't be reached is a status, not an unhandled rejection.
		const socket = new HocuspocusProviderWebsocket({ url, maxAttempts: 1, autoConnect: false });
		const current: Session = { doc, socket, provider: null as unknown as HocuspocusProvider, synced: false };
		blobsOf(doc).observe((event, transaction) => {
			if (transaction.local) return;
			for (const key of event.keysChanged) {
				const writer = key as Writer;
				for (const listener of blobListeners.get(writer) ?? []) listener(valueOf(doc, writer));
			}
		});
		current.provider = new HocuspocusProvider({
			websocketProvider: socket,
			name: documentName,
			document: doc,
			token,
			onSynced: () => {
				if (session !== current) return;
				current.synced = true;
				attempt = 0;
				setStatus('connected');
				flushPending();
				resolveFirst(true);
			},
			onAuthenticationFailed: () => {
				if (session === current) lost('refused');
			},
			onClose: () => {
				if (session === current) lost('unreachable');
			}
		});
		session = current;
		current.provider.attach();
		socket.connect().catch(() => {
			if (session === current) lost('unreachable');
		});
	}

	open();

	return {
		status: () => status,
		onStatus(listener) {
			statusListeners.add(listener);
			return () => statusListeners.delete(listener);
		},
		read: (writer) => (session?.synced ? valueOf(session.doc, writer) : undefined),
		onBlob(writer, listener) {
			const listeners = blobListeners.get(writer) ?? new Set();
			blobListeners.set(writer, listeners);
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		firstSync,
		write(writer, blob) {
			pending.set(writer, blob);
			flushPending();
		},
		remove(writer) {
			pending.set(writer, null);
			flushPending();
		},
		async flushed() {
			const deadline = Date.now() + FLUSH_TIMEOUT_MS;
			while (Date.now() < deadline && (pending.size > 0 || session?.provider.hasUnsyncedChanges)) {
				if (!session) break;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		close() {
			closed = true;
			if (retry) clearTimeout(retry);
			tearDown();
			resolveFirst(false);
		}
	};
}
