/**
 * One side of a board kept on a relay: what this side may write goes up sealed, what the other side
 * wrote comes down, is opened and checked, and is applied to the board's Y.Doc.
 *
 * Invariants:
 * - What comes down is applied with RELAY_ORIGIN, as a remote update (transaction.local is false), so
 *   the owner's guard and the supporter-entry validation in board.ts treat it exactly as a WebRTC peer's.
 * - Nothing is applied unless the blob opens for this board and this writer's slot (relayCrypto.ts) and
 *   its write number is not lower than one already accepted (a replay); a refusal changes nothing and
 *   is reported once, as a plain problem.
 * - The owner writes its whole doc whenever it fits the blob bar, so a supporter opening on a new device
 *   still gets the whole board; otherwise, like the supporter always, a Yjs update holding what the other
 *   side lacks, judged by the state vector it last wrote (the whole doc when there is none). Each write
 *   carries this side's own state vector too. An older vector only makes an update larger, never wrong.
 * - The supporter writes only once its copy is kept (after the board arrived), so a wrong or dead link
 *   leaves nothing on the relay but the empty document it opened.
 * - The owner also watches its own slot: a genuine blob there that it did not write (someone else holding
 *   the secret) is applied like any peer's update — so the guard undoes it and the owner's next write,
 *   numbered above it, replaces it on the relay; a blob of its own deleted by another client is written again.
 */
import * as Y from 'yjs';
import type { RelayLink } from './relay';
import { isReplay, nextSeq, openBlob, sealBlob, type RelayKeys, type Writer } from './relayCrypto';

export const RELAY_ORIGIN = 'relay';
/** Owner's writes follow a change this fast, so a click reaches the relay well within half a second. */
const WRITE_DELAY_MS = 60;

export type RelayProblem = 'not-genuine' | 'replayed' | 'too-large';

export interface RelayBridgeOptions {
	doc: Y.Doc;
	/** This side; the other slot is the one read. */
	writer: Writer;
	keys: RelayKeys;
	link: RelayLink;
	/** The highest write number already accepted from the other side (kept with the board's copy). */
	seen: number;
	onSeen(seq: number): void;
	/** A refusal (or null once a blob was accepted again). */
	onProblem(problem: RelayProblem | null): void;
	/** Which local changes trigger a write: the owner writes after any change, the supporter after its own. */
	writesAfter(transaction: Y.Transaction): boolean;
	/** False until this side may write (a supporter still checking an invite). */
	writing: boolean;
}

export interface RelayBridge {
	/** Resolves after the first sync: the other side's blob (if any) has been read and applied. */
	readonly ready: Promise<void>;
	startWriting(): void;
	/**
	 * Writes only what the other side lacks, now (not after the usual short delay), and waits for the relay
	 * to acknowledge it: the owner's last word when a share ends, so the relay keeps no more than "ended".
	 */
	writeLast(): Promise<void>;
	/** Removes a writer's blob from the relay (the owner, when sharing ends). */
	remove(writer: Writer): Promise<void>;
	stop(): void;
}

const other = (writer: Writer): Writer => (writer === 'owner' ? 'supporter' : 'owner');

export function bridgeRelay(options: RelayBridgeOptions): RelayBridge {
	const { doc, writer, keys, link } = options;
	let seen = options.seen;
	let theirVector: Uint8Array | null = null;
	let ownSeq = 0;
	let writing = options.writing;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let stopped = false;
	let reading = Promise.resolve();

	async function take(blob: Uint8Array | undefined): Promise<void> {
		if (!blob || stopped) return;
		const opened = await openBlob(keys, other(writer), blob);
		if (stopped) return;
		if (!opened.ok) return options.onProblem(opened.reason);
		const { message } = opened;
		if (isReplay(message.seq, seen)) return options.onProblem('replayed');
		options.onProblem(null);
		theirVector = message.stateVector;
		if (message.seq === seen) return;
		try {
			Y.applyUpdate(doc, message.update, RELAY_ORIGIN);
		} catch {
			// Sealed with the key but not a Yjs update: only someone holding the secret could write it.
			return options.onProblem('not-genuine');
		}
		seen = message.seq;
		options.onSeen(seen);
	}

	/** Reads one at a time, in order, so a slower decryption never applies after a newer one. */
	const queue = (blob: Uint8Array | undefined) => (reading = reading.then(() => take(blob)));

	/** This side's own slot: its write number goes on from the highest there; the owner applies a stranger's blob. */
	async function takeOwn(blob: Uint8Array | undefined): Promise<void> {
		if (stopped) return;
		if (!blob) {
			if (writer === 'owner' && ownSeq > 0) schedule();
			return;
		}
		const opened = await openBlob(keys, writer, blob);
		if (!opened.ok || stopped) return;
		const foreign = opened.message.seq > ownSeq && ownSeq > 0;
		ownSeq = Math.max(ownSeq, opened.message.seq);
		if (writer !== 'owner') return;
		try {
			Y.applyUpdate(doc, opened.message.update, RELAY_ORIGIN);
		} catch {
			return;
		}
		if (foreign) schedule();
	}

	/** `whole`: the owner's whole doc if it fits; the last word of a share ends only what the other side lacks. */
	async function write(whole = writer === 'owner'): Promise<void> {
		if (stopped || !writing) return;
		ownSeq = nextSeq(ownSeq);
		const base = { writer, seq: ownSeq, at: new Date().toISOString(), stateVector: Y.encodeStateVector(doc) };
		const all = whole ? await sealBlob(keys, { ...base, update: Y.encodeStateAsUpdate(doc) }) : null;
		const blob = all ?? (await sealBlob(keys, { ...base, update: Y.encodeStateAsUpdate(doc, theirVector ?? undefined) }));
		if (stopped) return;
		if (blob) link.write(writer, blob);
		else options.onProblem('too-large');
	}

	const schedule = () => {
		if (timer || !writing) return;
		timer = setTimeout(() => {
			timer = null;
			void write();
		}, WRITE_DELAY_MS);
	};

	const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
		if (transaction.origin === RELAY_ORIGIN && writer === 'supporter') return;
		if (options.writesAfter(transaction)) schedule();
	};
	doc.on('update', onUpdate);
	const stopListening = link.onBlob(other(writer), (blob) => void queue(blob));
	const stopOwn = link.onBlob(writer, (blob) => void (reading = reading.then(() => takeOwn(blob))));

	const ready = link.firstSync.then(async (synced) => {
		if (!synced || stopped) return;
		await (reading = reading.then(() => takeOwn(link.read(writer))));
		await queue(link.read(other(writer)));
		// Up goes whatever this side wrote while the relay was out of reach.
		if (writing) await write();
	});

	return {
		ready,
		startWriting() {
			if (writing) return;
			writing = true;
			void write();
		},
		async writeLast() {
			if (timer) clearTimeout(timer);
			timer = null;
			await write(false);
			await link.flushed();
		},
		async remove(slot) {
			link.remove(slot);
			await link.flushed();
		},
		stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			doc.off('update', onUpdate);
			stopListening();
			stopOwn();
		}
	};
}
