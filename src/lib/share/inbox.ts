/**
 * What supporters sent that waits for the owner, read from the boards' supporter sections: encouragement not
 * yet thanked for, and suggested steps not yet answered. Pure rules; `state/sharing.svelte.ts` applies them
 * to the live shares and boards.
 */
import type { Share } from '$lib/domain/records';
import type { BoardView, SupporterEntry } from './board';

export interface PendingSuggestion extends SupporterEntry {
	goalId: string;
	goalTitle: string;
}

/** Encouragement from a supporter that the owner has not yet said "Thanks" to. */
export interface InboxMessage extends SupporterEntry {
	shareId: string;
	from: string;
}

export interface InboxSuggestion extends PendingSuggestion {
	shareId: string;
	from: string;
}

/** Messages older than this leave Today (they stay on the Sharing screen). */
export const INBOX_DAYS = 14;

type Views = Readonly<Record<string, BoardView>>;

/** Encouragement not yet acknowledged and at most INBOX_DAYS old, from every share, newest first (one goal's if given). */
export function inboxMessages(
	shares: readonly Share[],
	views: Views,
	acknowledged: Iterable<string>,
	now: number,
	goalId?: string
): InboxMessage[] {
	const since = now - INBOX_DAYS * 86_400_000;
	const thanked = new Set(acknowledged);
	const messages: InboxMessage[] = [];
	for (const share of shares) {
		for (const entry of views[share.id]?.comments ?? []) {
			if (thanked.has(entry.id) || Date.parse(entry.at) < since) continue;
			if (goalId !== undefined && entry.goalId !== goalId) continue;
			messages.push({ ...entry, shareId: share.id, from: share.displayName });
		}
	}
	return messages.sort((a, b) => b.at.localeCompare(a.at));
}

/** A share's suggested steps not yet answered, for goals that still exist and are still on its board. */
export function pendingSuggestions(
	share: Share,
	view: BoardView | undefined,
	goalTitles: Map<string, string>
): PendingSuggestion[] {
	const answered = new Set((share.answers ?? []).map((answer) => answer.id));
	const covered = (goalId: string) => share.scope.goalIds === null || share.scope.goalIds.includes(goalId);
	return (view?.suggestions ?? [])
		.filter((entry) => !answered.has(entry.id) && entry.goalId && covered(entry.goalId) && goalTitles.has(entry.goalId))
		.map((entry) => ({ ...entry, goalId: entry.goalId!, goalTitle: goalTitles.get(entry.goalId!)! }));
}

/** Every share's pending suggestions, with who sent them (one goal's if given); shares in the order given. */
export function inboxSuggestions(
	shares: readonly Share[],
	views: Views,
	goalTitles: Map<string, string>,
	goalId?: string
): InboxSuggestion[] {
	return shares.flatMap((share) =>
		pendingSuggestions(share, views[share.id], goalTitles)
			.filter((suggestion) => goalId === undefined || suggestion.goalId === goalId)
			.map((suggestion) => ({ ...suggestion, shareId: share.id, from: share.displayName }))
	);
}
