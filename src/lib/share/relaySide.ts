/**
 * A room's relay, when its invite names one: keys derived, the relay's code loaded and connected, and
 * the bridge between the room's doc and the relay started, all in the background. The room works the
 * same without it; this only reports how the relay is doing.
 */
import type * as Y from 'yjs';
import type { RelayStatus } from './relay';
import type { RelayBridge, RelayProblem } from './relayBridge';
import type { Writer } from './relayCrypto';
import type { Room } from './room';

export interface RelayState {
	/** 'off' when this board has no relay. */
	status: RelayStatus | 'off';
	problem: RelayProblem | null;
}

export interface RelayAttachment {
	state(): RelayState;
	onState(listener: (state: RelayState) => void): () => void;
	/** Resolves once the relay's copy was read and applied, or the relay could not be reached (or there is none). */
	readonly ready: Promise<void>;
	startWriting(): void;
	/**
	 * The owner's last word: the doc (already marked ended) goes up now, the supporter's blob is removed.
	 * True once the relay holds the ended board; false when it isn't connected at that moment.
	 */
	end(): Promise<boolean>;
	close(): void;
}

const SEEN_KEY = 'relay-seen';

export function noRelay(): RelayAttachment {
	const state: RelayState = { status: 'off', problem: null };
	return {
		state: () => state,
		onState: () => () => {},
		ready: Promise.resolve(),
		startWriting() {},
		end: async () => false,
		close() {}
	};
}

export interface AttachOptions {
	room: Room;
	secret: string;
	url: string;
	writer: Writer;
	writing: boolean;
	writesAfter(transaction: Y.Transaction): boolean;
}

export function attachRelay(options: AttachOptions): RelayAttachment {
	const { room } = options;
	let state: RelayState = { status: 'connecting', problem: null };
	const listeners = new Set<(state: RelayState) => void>();
	const update = (change: Partial<RelayState>) => {
		state = { ...state, ...change };
		for (const listener of listeners) listener(state);
	};
	let closed = false;
	let writing = options.writing;
	let close = () => {};

	const started = (async (): Promise<RelayBridge | null> => {
		const [{ deriveRelayKeys }, { connectRelay }, { bridgeRelay }] = await Promise.all([
			import('./relayCrypto'),
			import('./relay'),
			import('./relayBridge')
		]);
		const keys = await deriveRelayKeys(room.roomId, options.secret);
		const seen = Number((await room.readMeta(SEEN_KEY)) ?? 0) || 0;
		if (closed) return null;
		const link = connectRelay(options.url, keys.documentName, keys.token);
		const stopStatus = link.onStatus((status) => update({ status }));
		const bridge = bridgeRelay({
			doc: room.doc,
			writer: options.writer,
			keys,
			link,
			seen,
			onSeen: (seq) => void room.writeMeta(SEEN_KEY, seq),
			onProblem: (problem) => update({ problem }),
			writesAfter: options.writesAfter,
			writing
		});
		close = () => {
			stopStatus();
			bridge.stop();
			link.close();
		};
		return bridge;
	})().catch(() => {
		// No Web Crypto (an insecure page) or the relay's code failed to load: the board works without it.
		update({ status: 'unreachable' });
		return null;
	});

	return {
		state: () => state,
		onState(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		ready: started.then((bridge) => bridge?.ready),
		startWriting() {
			writing = true;
			void started.then((bridge) => bridge?.startWriting());
		},
		async end() {
			const bridge = await started;
			if (!bridge) return false;
			await bridge.ready;
			// Not waited for: a relay that isn't connected now would hold up every stop and new link.
			if (state.status !== 'connected') return false;
			await bridge.writeLast();
			await bridge.remove('supporter');
			return true;
		},
		close() {
			closed = true;
			close();
			void started.then(() => close());
		}
	};
}
