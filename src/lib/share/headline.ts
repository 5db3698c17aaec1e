/**
 * This week on a board in one line, for the supporter's list of boards: targets met, steps done,
 * medication taken, mood — only from parts the owner chose to share, and only what the board says.
 */
import type { BoardSnapshot } from './projection';

const last = <T>(values: readonly T[]): T | undefined => values[values.length - 1];

export function boardHeadline(snapshot: BoardSnapshot): string {
	const parts: string[] = [];
	const goals = (snapshot.goals ?? []).filter((goal) => goal.status === 'active');
	const targets = goals.filter((goal) => goal.target !== null);
	if (targets.length > 0) {
		const met = targets.filter((goal) => last(goal.target!.met) === true).length;
		parts.push(`${met} of ${targets.length} target${targets.length === 1 ? '' : 's'} met this week`);
	}
	const steps = goals.flatMap((goal) => goal.steps);
	if (steps.length > 0) parts.push(`${steps.filter((step) => step.done).length} of ${steps.length} steps done`);
	const adherence = snapshot.adherence ? last(snapshot.adherence.values) : null;
	if (adherence !== null && adherence !== undefined) parts.push(`${adherence}% of doses taken`);
	const mood = snapshot.wellbeing ? last(snapshot.wellbeing.mood) : null;
	if (mood !== null && mood !== undefined) parts.push(`mood ${mood} of 5`);
	return parts.length > 0 ? parts.join(' · ') : goals.length > 0 ? `${goals.length} active goals` : 'Nothing to show this week';
}
