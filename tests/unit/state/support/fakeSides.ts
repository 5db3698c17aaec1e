/**
 * Rooms without WebRTC, for the state specs: each side records what the state layer asked of it and lets
 * the test play the other device (a board arriving, an "ended" marker, a peer connecting).
 */
import { vi } from 'vitest';
import type { BoardView } from '$lib/share/board';
import type { BoardSnapshot } from '$lib/share/projection';
import type { Connection, OwnerSide, RelayState, SupporterSide } from '$lib/share/sides';

const EMPTY: BoardView = { snapshot: null, ended: null, comments: [], suggestions: [], nudges: [] };
const NO_RELAY: RelayState = { status: 'off', problem: null };

export interface FakeSide {
	kind: 'owner' | 'supporter';
	connection: Connection;
	persist: boolean;
	published: BoardSnapshot[];
	/** In the order they happened: 'keep', 'close', 'end', 'forget'. */
	calls: string[];
	/** What the other device (or the relay) writes: listeners hear it as a change of the doc. */
	receive(change: Partial<BoardView>): void;
	setPeers(count: number): void;
	owner: OwnerSide;
	supporter: SupporterSide;
}

export function snapshotFrom(ownerName: string, projectedAt: string): BoardSnapshot {
	return {
		meta: { version: 1, ownerName, projectedAt },
		goals: [],
		adherence: null,
		wellbeing: null,
		doses: null
	} as unknown as BoardSnapshot;
}

export function fakeSide(kind: FakeSide['kind'], connection: Connection, persist: boolean): FakeSide {
	let view = EMPTY;
	let peers = 0;
	const changes = new Set<(view: BoardView) => void>();
	const peerListeners = new Set<(count: number) => void>();
	const calls: string[] = [];
	const published: BoardSnapshot[] = [];
	const room = {
		roomId: connection.roomId,
		loaded: Promise.resolve(),
		peerCount: () => peers,
		onPeers(listener: (count: number) => void) {
			peerListeners.add(listener);
			return () => void peerListeners.delete(listener);
		}
	};
	const base = {
		room: room as unknown as OwnerSide['room'],
		relay: () => NO_RELAY,
		onRelay: () => () => {},
		relayReady: Promise.resolve(),
		view: () => view,
		onChange(listener: (view: BoardView) => void) {
			changes.add(listener);
			return () => void changes.delete(listener);
		},
		close: vi.fn(async () => void calls.push('close'))
	};
	const fake: FakeSide = {
		kind,
		connection,
		persist,
		published,
		calls,
		receive(change) {
			view = { ...view, ...change };
			for (const listener of changes) listener(view);
		},
		setPeers(count) {
			peers = count;
			for (const listener of peerListeners) listener(count);
		},
		owner: {
			...base,
			publish(snapshot) {
				published.push(snapshot);
				view = { ...view, snapshot };
				return true;
			},
			end: vi.fn(async () => {
				calls.push('end');
				return 'relay' as const;
			})
		},
		supporter: {
			...base,
			add: vi.fn(() => ({ ok: false as const, message: 'Not kept by the fake side.' })),
			keep: vi.fn(async () => void calls.push('keep')),
			forget: vi.fn(async () => void calls.push('forget'))
		}
	};
	return fake;
}
