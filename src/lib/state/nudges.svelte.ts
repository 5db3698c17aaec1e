/**
 * Dose-reminder nudges from supporters, as the owner sees them: a notice when one arrives while the
 * app is open (and a system notification when allowed and unlocked), a list on Today for a day, and
 * "Thanks", remembered in this browser.
 */
import type { Share } from '$lib/domain/records';
import type { BoardView, SupporterEntry } from '$lib/share/board';
import { notify } from '$lib/pwa/notifications';
import { lockGate } from './lockGate.svelte';

/** Nudges older than this are not shown or notified. */
export const NUDGE_SHOWN_HOURS = 24;
const ACKNOWLEDGED_KEY = 'tandem-acknowledged-nudges';
const KEPT = 500;

export interface Nudge extends SupporterEntry {
	shareId: string;
	from: string;
}

function readAcknowledged(): string[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(ACKNOWLEDGED_KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string').slice(-KEPT) : [];
	} catch {
		return [];
	}
}

function notifyOf(nudge: Nudge): void {
	void notify(
		`${nudge.from}: a dose reminder`,
		nudge.text || 'A gentle reminder about your medication.',
		`tandem-nudge-${nudge.id}`
	);
}

const shownSince = () => Date.now() - NUDGE_SHOWN_HOURS * 3_600_000;

export class NudgeInbox {
	acknowledged = $state<string[]>([]);
	/** The newest nudge that arrived while the app was open, for the on-screen notice. */
	latest = $state.raw<Nudge | null>(null);
	// Bookkeeping only, never rendered: which nudges were already announced this visit.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#notified = new Set<string>();

	load(): void {
		this.acknowledged = readAcknowledged();
	}

	/** Looks at a board's nudges as it changes: each new, recent, unacknowledged one is announced once. */
	notice(share: Share, view: BoardView): void {
		for (const entry of view.nudges) {
			if (this.#notified.has(entry.id)) continue;
			this.#notified.add(entry.id);
			const at = Date.parse(entry.at);
			if (at < shownSince() || at > Date.now() + 3_600_000 || this.acknowledged.includes(entry.id)) continue;
			const nudge: Nudge = { ...entry, shareId: share.id, from: share.displayName };
			this.latest = nudge;
			// A locked Tandem shows nothing of what is inside it, notifications included.
			if (!lockGate.locked) notifyOf(nudge);
		}
	}

	/** Recent nudges from every supporter, newest first, not yet acknowledged. */
	recent(shares: readonly Share[], views: Record<string, BoardView>): Nudge[] {
		const since = shownSince();
		const nudges: Nudge[] = [];
		for (const share of shares) {
			for (const entry of views[share.id]?.nudges ?? []) {
				if (Date.parse(entry.at) < since || this.acknowledged.includes(entry.id)) continue;
				nudges.push({ ...entry, shareId: share.id, from: share.displayName });
			}
		}
		return nudges.sort((a, b) => b.at.localeCompare(a.at));
	}

	/** Forgets every acknowledgement, here and in this browser's storage (Delete everything). */
	forget(): void {
		this.acknowledged = [];
		this.latest = null;
		try {
			localStorage.removeItem(ACKNOWLEDGED_KEY);
		} catch {
			// No storage in this browser: nothing was kept there.
		}
	}

	acknowledge(id: string): void {
		this.acknowledged = [...this.acknowledged, id].slice(-KEPT);
		if (this.latest?.id === id) this.latest = null;
		try {
			localStorage.setItem(ACKNOWLEDGED_KEY, JSON.stringify(this.acknowledged));
		} catch {
			// Private browsing without storage: the nudge is hidden for this visit only.
		}
	}
}
