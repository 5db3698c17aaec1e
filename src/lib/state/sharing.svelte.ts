/**
 * Sharing as the owner: one board per supporter, kept in step with this device's data for as long as
 * the app is open. Loaded only when a share exists or the Sharing screen opens (it brings Yjs).
 *
 * Invariants:
 * - Each share's board is re-projected from Dexie whenever what it is projected from changes, when
 *   the owner answers a suggestion, and every few minutes (so "next doses" move on); a peer's edit to
 *   the owner's part is undone at once by the side's guard.
 * - Nothing read from a board reaches Dexie except through `answer` (the owner's own decision).
 * - Stopping or renewing ends the old room first (marker, leave, delete the copy), then changes the record.
 */
import type { StopOutcome } from '$lib/domain/stopSharing';
import {
	answerSuggestion,
	createShare,
	deleteShare,
	loadShares,
	markShareConnected,
	renewShare,
	updateShare,
	type ShareFields
} from '$lib/db/sharing';
import type { Share } from '$lib/domain/records';
import type { BoardView, SupporterEntry } from '$lib/share/board';
import { relayUrlInUse as chooseRelay } from '$lib/domain/sharingSettings';
import {
	inboxMessages,
	inboxSuggestions,
	pendingSuggestions,
	type InboxMessage,
	type InboxSuggestion,
	type PendingSuggestion
} from '$lib/share/inbox';
import { createInvite, inviteLink } from '$lib/share/invite';
import { watchWrongSecrets } from '$lib/share/local';
import type { OwnerSide, RelayState } from '$lib/share/sides';
import { untrack } from 'svelte';
import { BoardSource, type ProjectionInput } from './boardSource.svelte';
import { LiveQuery } from './live.svelte';
import { NudgeInbox, type Nudge } from './nudges.svelte';
import { settings } from './settings.svelte';
import { onDataReplaced } from './dataEvents';
import { saving } from './saving.svelte';

/** "Last connected" is a note made in the background: if it can't be written, the next connection writes it. */
function noteConnected(shareId: string): void {
	markShareConnected(shareId).catch(() => undefined);
}

/** The rooms themselves (Yjs, y-webrtc): loaded when the first share's room opens, not with this module. */
const loadSides = () => import('$lib/share/sides');

export type { Share, ShareFields, BoardView, SupporterEntry, Nudge, RelayState };
export type { InboxMessage, InboxSuggestion, PendingSuggestion } from '$lib/share/inbox';
export { ScopeSchema, WIDEST_SCOPE, type ShareScope } from '$lib/share/projection';

/** Re-projection and "still connected" refresh while the app is open. */
const REFRESH_MS = 5 * 60_000;

interface OpenRoom {
	roomId: string;
	side: OwnerSide | null;
	stops: (() => void)[];
	ready: boolean;
	closed: boolean;
}

/** The signaling servers new invites name: Settings → Sharing, or the build's own. */
export function signalingUrlsInUse(custom: readonly string[]): string[] {
	return custom.length > 0 ? [...custom] : [...__SIGNALING_URLS__];
}

/** The relay new invites name: Settings → Sharing, or the build's first; null for none. */
export function relayUrlInUse(chosen: string | null | undefined): string | null {
	return chooseRelay(chosen, __RELAY_URLS__, __ALLOWED_RELAY_URLS__);
}

class OwnerSharing {
	#shares = new LiveQuery(loadShares, [] as Share[]);
	#sorted = $derived([...this.#shares.current].sort((a, b) => a.displayName.localeCompare(b.displayName)));
	#source = new BoardSource();
	#nudges = new NudgeInbox();

	constructor() {
		// Nudges thanked for belong to the data that Delete everything removed.
		onDataReplaced((event) => {
			if (event === 'erased') this.#nudges.forget();
		});
	}
	/**
	 * Rooms by share id. `side` is null while the room's code loads; `ready` once this browser's copy is
	 * loaded, so a publish merges with it; `closed` once it was closed (a late load then closes itself).
	 */
	#sides = new Map<string, OpenRoom>();
	/** Shares being stopped or renewed: their old room is ending and must not be reopened meanwhile. */
	#ending = new Set<string>();
	#started = false;
	/** Whether this tab holds the lock and runs the rooms. */
	#running = false;

	views = $state.raw<Record<string, BoardView>>({});
	peers = $state.raw<Record<string, number>>({});
	relays = $state.raw<Record<string, RelayState>>({});

	get list(): Share[] {
		return this.#sorted;
	}

	get loaded(): boolean {
		return this.#shares.loaded;
	}

	byId(id: string): Share | undefined {
		return this.#shares.current.find((share) => share.id === id);
	}

	linkFor(share: Pick<Share, 'roomId' | 'secret' | 'signalingUrls'>): string {
		return inviteLink(location.origin, share);
	}

	/**
	 * Starts keeping every share's board live; safe to call more than once. Only one tab of this browser
	 * runs the rooms (a Web Lock): two tabs projecting into one room would keep undoing each other's
	 * writes. Another tab takes over when that one closes.
	 */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#nudges.load();
		// A peer with another secret for one of these rooms makes y-webrtc reject a promise nobody awaits.
		watchWrongSecrets(() => {});
		const run = async () => {
			// The person's STUN/TURN servers must be known before any room opens.
			await settings.ensure();
			this.#run();
		};
		if (navigator.locks)
			void navigator.locks.request('tandem-owner-sharing', () => run().then(() => new Promise<never>(() => {})));
		else void run();
	}

	#run(): void {
		this.#running = true;
		$effect.root(() => {
			$effect(() => {
				const shares = this.#shares.current;
				const loaded = this.#shares.loaded;
				if (loaded) untrack(() => this.#reconcile(shares));
			});
			$effect(() => {
				const shares = this.#shares.current;
				// With no share, the data boards are projected from is not even read.
				if (shares.length === 0) return;
				const input = this.#source.current;
				if (input) untrack(() => this.#publishAll(input, shares));
			});
			const timer = setInterval(() => {
				this.#source.tick();
				for (const [shareId, open] of this.#sides) {
					if ((open.side?.room.peerCount() ?? 0) > 0) noteConnected(shareId);
				}
			}, REFRESH_MS);
			return () => clearInterval(timer);
		});
	}

	#reconcile(shares: Share[]): void {
		const wanted = new Map(shares.map((share) => [share.id, share]));
		for (const [shareId, open] of this.#sides) {
			const share = wanted.get(shareId);
			// Gone or renewed elsewhere (another tab, a restored backup): leave the old room, keep no copy of it open.
			if (!share || share.roomId !== open.roomId) void this.#close(shareId)?.close();
		}
		for (const share of shares) if (!this.#sides.has(share.id) && !this.#ending.has(share.id)) this.#open(share);
		const input = untrack(() => this.#source.current);
		if (input) this.#publishAll(input, shares);
	}

	/** Reconciles with the live list now, with `latest` in place of its older copy when the list lags behind. */
	#reconcileAgain(latest?: Share): void {
		if (!this.#running || !this.#shares.loaded) return;
		const shares = untrack(() => this.#shares.current);
		this.#reconcile(latest ? shares.map((share) => (share.id === latest.id ? latest : share)) : shares);
	}

	#open(share: Share): void {
		const shareId = share.id;
		const open: OpenRoom = { roomId: share.roomId, side: null, stops: [], ready: false, closed: false };
		this.#sides.set(shareId, open);
		void loadSides().then(async ({ openOwnerSide }) => {
			if (open.closed) return;
			const side = openOwnerSide({
				roomId: share.roomId,
				secret: share.secret,
				signalingUrls: share.signalingUrls,
				iceServers: settings.current.iceServers,
				relayUrl: share.relayUrl ?? null
			});
			open.side = side;
			this.relays = { ...this.relays, [shareId]: side.relay() };
			const show = (view: BoardView) => {
				if (open.closed) return;
				this.views = { ...this.views, [shareId]: view };
				this.#nudges.notice(share, view);
			};
			open.stops.push(
				side.onChange(show),
				side.room.onPeers((count) => {
					this.peers = { ...this.peers, [shareId]: count };
					noteConnected(shareId);
				}),
				side.onRelay((state) => {
					if (!open.closed) this.relays = { ...this.relays, [shareId]: state };
				})
			);
			await side.room.loaded;
			if (open.closed) return;
			open.ready = true;
			const input = untrack(() => this.#source.current);
			const latest = this.byId(shareId);
			if (input && latest) this.#publishAll(input, [latest]);
			show(side.view());
		});
	}

	/** Stops listening to a share's room and forgets it here; the caller leaves (close) or ends it. */
	#close(shareId: string): OwnerSide | null {
		const open = this.#sides.get(shareId);
		if (!open) return null;
		this.#sides.delete(shareId);
		open.closed = true;
		for (const stop of open.stops) stop();
		this.views = Object.fromEntries(Object.entries(this.views).filter(([id]) => id !== shareId));
		this.peers = Object.fromEntries(Object.entries(this.peers).filter(([id]) => id !== shareId));
		this.relays = Object.fromEntries(Object.entries(this.relays).filter(([id]) => id !== shareId));
		return open.side;
	}

	#publishAll(input: ProjectionInput, shares: Share[]): void {
		for (const share of shares) {
			const open = this.#sides.get(share.id);
			if (!open?.ready || !open.side || open.roomId !== share.roomId) continue;
			open.side.publish(this.#source.project(input, share));
		}
	}

	/** The newest nudge that arrived while the app was open, for the on-screen notice. */
	get latestNudge(): Nudge | null {
		return this.#nudges.latest;
	}

	/** Recent dose-reminder nudges from every supporter, newest first, not yet acknowledged. */
	get recentNudges(): Nudge[] {
		return this.#nudges.recent(this.#shares.current, this.views);
	}

	acknowledge(id: string): void {
		this.#nudges.acknowledge(id);
	}

	/** Forgets which nudges were acknowledged, in memory and in this browser (Delete everything). */
	forgetNudges(): void {
		this.#nudges.forget();
	}

	/** Encouragement not yet acknowledged, from every supporter, newest first (optionally about one goal). */
	messages(goalId?: string): InboxMessage[] {
		return inboxMessages(this.#shares.current, this.views, this.#nudges.acknowledged, Date.now(), goalId);
	}

	/** Suggested steps waiting for an answer, from every supporter (optionally for one goal). */
	suggestions(goalTitles: Map<string, string>, goalId?: string): InboxSuggestion[] {
		return inboxSuggestions(this.list, this.views, goalTitles, goalId);
	}

	/** What waits for the owner: new encouragement, suggested steps to answer, recent dose reminders. */
	unreadCount(goalTitles: Map<string, string>): number {
		return this.messages().length + this.suggestions(goalTitles).length + this.recentNudges.length;
	}

	/** Suggested steps not yet answered, for goals still on this share's board. */
	pendingSuggestions(share: Share, goalTitles: Map<string, string>): PendingSuggestion[] {
		return pendingSuggestions(share, this.views[share.id], goalTitles);
	}

	async invite(fields: ShareFields): Promise<Share> {
		const invite = createInvite(signalingUrlsInUse(settings.current.signalingUrls), relayUrlInUse(settings.current.relayUrl));
		const share = await saving('save this invite', () => createShare(fields, invite));
		this.start();
		return share;
	}

	async update(id: string, fields: Partial<ShareFields>): Promise<void> {
		await saving('change this share', () => updateShare(id, fields));
	}

	/** Ends the share and deletes it; says whether the supporter's Tandem was told (see stoppedText). */
	async stop(id: string): Promise<StopOutcome> {
		this.#ending.add(id);
		try {
			// No open room here (another tab runs them, or it never opened): nobody was told from this tab.
			const outcome = (await this.#close(id)?.end()) ?? 'not-told';
			await saving('stop this share', () => deleteShare(id), { quiet: true });
			return outcome;
		} finally {
			this.#ending.delete(id);
		}
	}

	/** Stops every share (Delete everything): each connected supporter is told, then each record goes. */
	async stopAll(): Promise<void> {
		for (const share of await loadShares()) await this.stop(share.id);
	}

	/** A new link for the same person and scope; the old one stops working. Says who was told the old board ended. */
	async renew(id: string): Promise<{ share: Share; told: StopOutcome }> {
		const share = this.byId(id);
		if (!share) throw new Error('That share is no longer on this device.');
		const invite = createInvite(signalingUrlsInUse(settings.current.signalingUrls), relayUrlInUse(settings.current.relayUrl));
		this.#ending.add(id);
		let renewed: Share | undefined;
		try {
			const told = (await this.#close(id)?.end()) ?? 'not-told';
			renewed = await saving('make a new link', () => renewShare(id, invite));
			return { share: renewed, told };
		} finally {
			this.#ending.delete(id);
			// The new record may have arrived while the old room was still ending (and been skipped): open it now.
			// The live list may also not hold it yet, so the renewed record stands in for it: never the old room.
			this.#reconcileAgain(renewed);
		}
	}

	async answer(shareId: string, suggestion: PendingSuggestion, answer: 'accepted' | 'declined'): Promise<void> {
		await saving(answer === 'accepted' ? 'add this suggested step' : 'decline this suggestion', () =>
			answerSuggestion(
				shareId,
				{ id: suggestion.id, goalId: suggestion.goalId, text: suggestion.text, author: suggestion.author },
				answer
			)
		);
	}
}

export const ownerSharing = new OwnerSharing();
