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
import { doseEvidence, journalEvidence, loadGoalBoard } from '$lib/db/goals';
import { loadPlan } from '$lib/db/medicationQueries';
import {
	answerSuggestion,
	createShare,
	deleteShare,
	loadShares,
	markShareConnected,
	renewShare,
	storedSettings,
	updateShare,
	type ShareFields
} from '$lib/db/sharing';
import { addDays, localDayOf } from '$lib/domain/dates';
import { DEFAULT_WEEKS, indexGoalData, MAX_STREAK_WEEKS, type GoalIndex } from '$lib/domain/goals/target';
import { LATEST_WITHIN_DAYS } from '$lib/domain/goals/targetData';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import type { Share } from '$lib/domain/records';
import type { BoardView, SupporterEntry } from '$lib/share/board';
import { createInvite, inviteLink } from '$lib/share/invite';
import { projectBoard, type OwnerData } from '$lib/share/projection';
import { watchWrongSecrets } from '$lib/share/local';
import type { OwnerSide } from '$lib/share/sides';
import { untrack } from 'svelte';
import { LiveQuery } from './live.svelte';
import { lockGate } from './lockGate.svelte';
import { settings } from './settings.svelte';

/** The rooms themselves (Yjs, y-webrtc): loaded when the first share's room opens, not with this module. */
const loadSides = () => import('$lib/share/sides');

export type { Share, ShareFields, BoardView, SupporterEntry };
export { ScopeSchema, WIDEST_SCOPE, type ShareScope } from '$lib/share/projection';

const LOOK_BACK_DAYS = (DEFAULT_WEEKS + MAX_STREAK_WEEKS) * 7 + LATEST_WITHIN_DAYS;
/** Re-projection and "still connected" refresh while the app is open. */
const REFRESH_MS = 5 * 60_000;
/** Nudges older than this are not shown or notified. */
export const NUDGE_SHOWN_HOURS = 24;
const ACKNOWLEDGED_KEY = 'tandem-acknowledged-nudges';

/** Everything a board is projected from, read apart so a step ticked re-reads the goals, not months of doses. */
interface ProjectionInput {
	journal: Awaited<ReturnType<typeof journalEvidence>>;
	doses: Awaited<ReturnType<typeof doseEvidence>>;
	board: Awaited<ReturnType<typeof loadGoalBoard>>;
	plan: Awaited<ReturnType<typeof loadPlan>>;
	settings: Awaited<ReturnType<typeof storedSettings>>;
	/** The journal, doses and plan indexed once per change of those, not per re-projection. */
	index: GoalIndex;
}

const lookBackFrom = () => addDays(localDayOf(new Date()), -LOOK_BACK_DAYS);

interface OpenRoom {
	roomId: string;
	side: OwnerSide | null;
	stops: (() => void)[];
	ready: boolean;
	closed: boolean;
}

export interface Nudge extends SupporterEntry {
	shareId: string;
	from: string;
}

export interface PendingSuggestion extends SupporterEntry {
	goalId: string;
	goalTitle: string;
}

/** The signaling servers new invites name: Settings → Sharing, or the build's own. */
export function signalingUrlsInUse(custom: readonly string[]): string[] {
	return custom.length > 0 ? [...custom] : [...__SIGNALING_URLS__];
}

function readAcknowledged(): string[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(ACKNOWLEDGED_KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string').slice(-500) : [];
	} catch {
		return [];
	}
}

class OwnerSharing {
	readonly timeZone = deviceTimeZone();
	#shares = new LiveQuery(loadShares, [] as Share[]);
	#journal = new LiveQuery(() => journalEvidence(lookBackFrom()), null);
	#doses = new LiveQuery(() => doseEvidence(lookBackFrom()), null);
	#goals = new LiveQuery(loadGoalBoard, null);
	#plan = new LiveQuery(loadPlan, null);
	#settings = new LiveQuery(() => storedSettings(), null);
	#index = $derived.by((): GoalIndex | null => {
		const [journal, doses, plan, settings] = [
			this.#journal.current,
			this.#doses.current,
			this.#plan.current,
			this.#settings.current
		];
		// The tick re-indexes too: which doses count as missed moves on with the clock.
		void this.#tick;
		if (!journal || !doses || !plan || !settings) return null;
		return indexGoalData({
			checkins: journal.checkins,
			assessments: journal.assessments,
			copingUses: journal.copingUses,
			medication: this.#medication(plan, doses, settings, Date.now())
		});
	});
	#input = $derived.by((): ProjectionInput | null => {
		const index = this.#index;
		const [journal, doses, board, plan, settings] = [
			this.#journal.current,
			this.#doses.current,
			this.#goals.current,
			this.#plan.current,
			this.#settings.current
		];
		if (!index || !journal || !doses || !board || !plan || !settings) return null;
		return { journal, doses, board, plan, settings, index };
	});
	/**
	 * Rooms by share id. `side` is null while the room's code loads; `ready` once this browser's copy is
	 * loaded, so a publish merges with it; `closed` once it was closed (a late load then closes itself).
	 */
	#sides = new Map<string, OpenRoom>();
	/** Shares being stopped or renewed: their old room is ending and must not be reopened meanwhile. */
	#ending = new Set<string>();
	#tick = $state(0);
	#started = false;
	#notified = new Set<string>();

	views = $state.raw<Record<string, BoardView>>({});
	peers = $state.raw<Record<string, number>>({});
	acknowledged = $state<string[]>([]);
	/** The newest nudge that arrived while the app was open, for the on-screen notice. */
	latestNudge = $state.raw<Nudge | null>(null);

	get list(): Share[] {
		return [...this.#shares.current].sort((a, b) => a.displayName.localeCompare(b.displayName));
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
		this.acknowledged = readAcknowledged();
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
				const input = this.#input;
				if (input) untrack(() => this.#publishAll(input, shares));
			});
			const timer = setInterval(() => {
				this.#tick++;
				for (const [shareId, open] of this.#sides) {
					if ((open.side?.room.peerCount() ?? 0) > 0) void markShareConnected(shareId);
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
		const input = untrack(() => this.#input);
		if (input) this.#publishAll(input, shares);
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
				iceServers: settings.current.iceServers
			});
			open.side = side;
			const show = (view: BoardView) => {
				if (open.closed) return;
				this.views = { ...this.views, [shareId]: view };
				this.#noticeNudges(share, view);
			};
			open.stops.push(
				side.onChange(show),
				side.room.onPeers((count) => {
					this.peers = { ...this.peers, [shareId]: count };
					void markShareConnected(shareId);
				})
			);
			await side.room.loaded;
			if (open.closed) return;
			open.ready = true;
			const input = untrack(() => this.#input);
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
		return open.side;
	}

	#publishAll(input: ProjectionInput, shares: Share[]): void {
		const now = Date.now();
		const today = localDayOf(new Date(now));
		for (const share of shares) {
			const open = this.#sides.get(share.id);
			if (!open?.ready || !open.side || open.roomId !== share.roomId) continue;
			const data: OwnerData = {
				ownerName: share.ownerName ?? '',
				goals: input.board.goals,
				goalSteps: input.board.steps,
				checkins: input.journal.checkins,
				assessments: input.journal.assessments,
				copingUses: input.journal.copingUses,
				medication: this.#medication(input.plan, input.doses, input.settings, now),
				answers: share.answers ?? []
			};
			open.side.publish(projectBoard(data, share.scope, today, { index: input.index }));
		}
	}

	#medication(
		plan: ProjectionInput['plan'],
		doses: ProjectionInput['doses'],
		settings: ProjectionInput['settings'],
		now: number
	) {
		return {
			medications: plan.medications,
			schedules: plan.schedules,
			events: doses,
			routine: settings.routine,
			timeZone: this.timeZone,
			onTimeMinutes: settings.onTimeWindowMinutes,
			now
		};
	}

	#noticeNudges(share: Share, view: BoardView): void {
		const since = Date.now() - NUDGE_SHOWN_HOURS * 3_600_000;
		for (const entry of view.nudges) {
			if (this.#notified.has(entry.id)) continue;
			this.#notified.add(entry.id);
			const at = Date.parse(entry.at);
			if (at < since || at > Date.now() + 3_600_000 || this.acknowledged.includes(entry.id)) continue;
			const nudge: Nudge = { ...entry, shareId: share.id, from: share.displayName };
			this.latestNudge = nudge;
			// A locked Tandem shows nothing of what is inside it, notifications included.
			if (!lockGate.locked) notify(nudge);
		}
	}

	/** Recent dose-reminder nudges from every supporter, newest first, not yet acknowledged. */
	get recentNudges(): Nudge[] {
		const since = Date.now() - NUDGE_SHOWN_HOURS * 3_600_000;
		const nudges: Nudge[] = [];
		for (const share of this.#shares.current) {
			for (const entry of this.views[share.id]?.nudges ?? []) {
				if (Date.parse(entry.at) < since || this.acknowledged.includes(entry.id)) continue;
				nudges.push({ ...entry, shareId: share.id, from: share.displayName });
			}
		}
		return nudges.sort((a, b) => b.at.localeCompare(a.at));
	}

	acknowledge(id: string): void {
		this.acknowledged = [...this.acknowledged, id].slice(-500);
		if (this.latestNudge?.id === id) this.latestNudge = null;
		try {
			localStorage.setItem(ACKNOWLEDGED_KEY, JSON.stringify(this.acknowledged));
		} catch {
			// Private browsing without storage: the nudge is hidden for this visit only.
		}
	}

	/** Suggested steps not yet answered, for goals still on this share's board. */
	pendingSuggestions(share: Share, goalTitles: Map<string, string>): PendingSuggestion[] {
		const answered = new Set((share.answers ?? []).map((answer) => answer.id));
		const covered = (goalId: string) => share.scope.goalIds === null || share.scope.goalIds.includes(goalId);
		return (this.views[share.id]?.suggestions ?? [])
			.filter((entry) => !answered.has(entry.id) && entry.goalId && covered(entry.goalId) && goalTitles.has(entry.goalId))
			.map((entry) => ({ ...entry, goalId: entry.goalId!, goalTitle: goalTitles.get(entry.goalId!)! }));
	}

	async invite(fields: ShareFields): Promise<Share> {
		const invite = createInvite(signalingUrlsInUse(settings.current.signalingUrls));
		const share = await createShare(fields, invite);
		this.start();
		return share;
	}

	async update(id: string, fields: Partial<ShareFields>): Promise<void> {
		await updateShare(id, fields);
	}

	async stop(id: string): Promise<void> {
		this.#ending.add(id);
		try {
			await this.#close(id)?.end();
			await deleteShare(id);
		} finally {
			this.#ending.delete(id);
		}
	}

	/** Stops every share (Delete everything): each connected supporter is told, then each record goes. */
	async stopAll(): Promise<void> {
		for (const share of await loadShares()) await this.stop(share.id);
	}

	/** A new link for the same person and scope; the old one stops working. */
	async renew(id: string): Promise<Share> {
		const share = this.byId(id);
		if (!share) throw new Error('That share is no longer on this device.');
		const invite = createInvite(signalingUrlsInUse(settings.current.signalingUrls));
		this.#ending.add(id);
		try {
			await this.#close(id)?.end();
			return await renewShare(id, invite);
		} finally {
			this.#ending.delete(id);
		}
	}

	async answer(shareId: string, suggestion: PendingSuggestion, answer: 'accepted' | 'declined'): Promise<void> {
		await answerSuggestion(
			shareId,
			{ id: suggestion.id, goalId: suggestion.goalId, text: suggestion.text, author: suggestion.author },
			answer
		);
	}
}

function notify(nudge: Nudge): void {
	if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
	try {
		new Notification(`${nudge.from}: a dose reminder`, {
			body: nudge.text || 'A gentle reminder about your medication.',
			tag: `tandem-nudge-${nudge.id}`
		});
	} catch {
		// Some browsers allow notifications only from the service worker; the notice on screen remains.
	}
}

export const ownerSharing = new OwnerSharing();
