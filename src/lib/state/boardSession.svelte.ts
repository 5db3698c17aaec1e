/**
 * One held board while it is open: its live view, how many of the owner's devices are connected, and
 * what the supporter writes. An "ended" marker counts only if it is still there a moment later (anyone
 * with the secret could write one; the owner's app removes a false one at once).
 */
import { updateBoard } from '$lib/db/sharing';
import { instantOf } from '$lib/domain/dates';
import type { Board } from '$lib/domain/records';
import type { BoardView, EntryKind } from '$lib/share/board';
import type { Connection, RelayState, SupporterSide } from '$lib/share/sides';
import { saving } from './saving.svelte';

/** How long an "ended" marker must stand before the board is deleted here. */
const ENDED_CONFIRM_MS = 1_500;

/** The rooms themselves (Yjs, y-webrtc): loaded when a board is opened or joined, not with this module. */
export async function openSide(connection: Connection, persist: boolean): Promise<SupporterSide> {
	const { openSupporterSide } = await import('$lib/share/sides');
	return openSupporterSide(connection, persist);
}

/** An owner's name as the board gives it, or the one already known when that is blank. */
export const nameOr = (name: string, known: string) => name.trim().slice(0, 120) || known;

const EMPTY_VIEW: BoardView = { snapshot: null, ended: null, comments: [], suggestions: [], nudges: [] };
const NO_RELAY: RelayState = { status: 'off', problem: null };

/**
 * The new view, with each goal that did not change kept as the same object: a step ticked on one goal
 * then re-renders that goal's card, not all thirty.
 */
function keepUnchangedGoals(before: BoardView, after: BoardView): BoardView {
	const old = before.snapshot?.goals;
	const goals = after.snapshot?.goals;
	if (!old || !goals || !after.snapshot) return after;
	const known = new Map(old.map((goal) => [goal.id, goal]));
	const same = goals.map((goal) => {
		const previous = known.get(goal.id);
		return previous && JSON.stringify(previous) === JSON.stringify(goal) ? previous : goal;
	});
	return { ...after, snapshot: { ...after.snapshot, goals: same } };
}

/** One open board: its live view, how many of the owner's devices are connected, and what the supporter writes. */
export class BoardSession {
	view = $state.raw<BoardView>(EMPTY_VIEW);
	peers = $state(0);
	ended = $state(false);
	/** How the relay is doing for this board ('off' when its invite names none). */
	relay = $state.raw<RelayState>(NO_RELAY);
	/** Whether this browser's copy (and the relay's, if any) has been read: until then nothing is known. */
	loaded = $state(false);
	#board: Board;
	#side: SupporterSide | null = null;
	#opening: Promise<SupporterSide>;
	#stops: (() => void)[] = [];
	#closed = false;

	constructor(board: Board, side: Promise<SupporterSide>) {
		this.#board = board;
		this.#opening = side;
		void side.then((opened) => {
			if (this.#closed) return;
			this.#side = opened;
			// A session made at the end of joining starts with the connection already up.
			this.peers = opened.room.peerCount();
			this.relay = opened.relay();
			this.#stops.push(
				opened.onChange((view) => this.#show(view)),
				opened.room.onPeers((count) => (this.peers = count)),
				opened.onRelay((state) => (this.relay = state))
			);
			void opened.room.loaded.then(() => this.#show(opened.view()));
			void Promise.all([opened.room.loaded, opened.relayReady]).then(() => (this.loaded = true));
		});
	}

	get board(): Board {
		return this.#board;
	}

	#show(view: BoardView): void {
		if (this.ended) return;
		if (view.ended) {
			// Anyone holding the secret could write the marker; the owner's app removes a false one at once.
			// So a marker counts only if it is still there a moment later.
			setTimeout(() => {
				if (this.ended || this.#closed || !this.#side) return;
				const still = this.#side.view().ended;
				if (still) void this.#end(still);
			}, ENDED_CONFIRM_MS);
			return;
		}
		this.view = keepUnchangedGoals(this.view, view);
		const snapshot = view.snapshot;
		if (snapshot && snapshot.meta.projectedAt !== this.#board.lastUpdatedAt) {
			const ownerName = nameOr(snapshot.meta.ownerName, this.#board.ownerName);
			this.#board = { ...this.#board, lastUpdatedAt: snapshot.meta.projectedAt, ownerName };
			// A note in the background: if it can't be written now, the next change writes it.
			updateBoard(this.#board.id, { lastUpdatedAt: snapshot.meta.projectedAt, ownerName }).catch(() => undefined);
		}
	}

	async #end(at: string): Promise<void> {
		this.ended = true;
		this.view = EMPTY_VIEW;
		this.#stopListening();
		await (await this.#opening).forget();
		await saving('note that this board ended', () => updateBoard(this.#board.id, { endedAt: at }), { quiet: true });
	}

	/** Adds a comment, suggested step or nudge signed with the name given when joining. */
	add(kind: EntryKind, text: string, goalId?: string): string | null {
		if (this.ended) return 'This board has ended.';
		if (!this.#side) return 'Still opening the board — try again in a moment.';
		const author = this.#board.displayName ?? 'Supporter';
		const result = this.#side.add(kind, { author, text, goalId });
		return result.ok ? null : result.message;
	}

	/** Saves the upcoming doses on this board as a calendar file, one reminder per dose. */
	async exportDoses(): Promise<string> {
		const doses = (this.view.snapshot?.doses ?? []).filter((dose) => dose.at !== undefined);
		if (doses.length === 0) return 'There are no upcoming doses on this board to add.';
		const [{ buildReminderCalendar }, { downloadFile }] = await Promise.all([
			import('$lib/pwa/calendar'),
			import('$lib/pwa/download')
		]);
		const ownerName = this.#board.ownerName;
		const text = buildReminderCalendar({
			ownerName,
			boardId: this.#board.id,
			doses: doses.map((dose) => ({ medication: dose.medication, at: dose.at!, amount: dose.amount, unit: dose.unit })),
			// A one-off timestamp for the file, never read reactively.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			generatedAt: instantOf(new Date())
		});
		const name = `tandem-${ownerName.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'board'}-doses.ics`;
		downloadFile(name, text, 'text/calendar');
		return `Saved ${name} with ${doses.length} dose${doses.length === 1 ? '' : 's'} to your downloads.`;
	}

	#stopListening(): void {
		for (const stop of this.#stops) stop();
		this.#stops = [];
	}

	async close(): Promise<void> {
		this.#closed = true;
		this.#stopListening();
		if (!this.ended) await (await this.#opening).close();
	}
}
