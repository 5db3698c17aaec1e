/**
 * The one order of goals: active first, then paused, achieved and let go; within each, by title as a
 * person reads it (case and accents aside, "Step 2" before "Step 10"), then by id so ties never shuffle.
 */
import type { Goal } from '../records/goals';

const STATUS_RANK: Record<Goal['status'], number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };

/** English rules whatever the device's language, so every screen (and every device) lists goals alike. */
export const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareGoals(a: Pick<Goal, 'id' | 'status' | 'title'>, b: Pick<Goal, 'id' | 'status' | 'title'>): number {
	return STATUS_RANK[a.status] - STATUS_RANK[b.status] || titleCollator.compare(a.title, b.title) || byId(a, b);
}
