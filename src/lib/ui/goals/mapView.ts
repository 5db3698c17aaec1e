/** Drawing helpers for the goal map: link curves, the first view, and where the view is. */
import { linkHorizontal } from 'd3-shape';
import type { GoalMapLayout, GoalMapLink, GoalMapNode, GoalNode } from '$lib/domain/goals/map';

const curve = linkHorizontal<GoalMapLink, [number, number]>()
	.source((link) => link.from)
	.target((link) => link.to);

/** Every link's curve, by link id. */
export function linkPaths(layout: GoalMapLayout): { id: string; d: string; support: boolean }[] {
	return layout.links.map((link) => ({ id: link.id, d: curve(link) ?? '', support: !link.source.startsWith('step:') }));
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 2.5;

/**
 * The first view: the whole width when it fits at a readable size; otherwise no smaller than 0.6,
 * starting at the goals (the steps are one drag to the left).
 */
export function firstView(viewWidth: number, layout: GoalMapLayout): { x: number; k: number } {
	const k = Math.min(1, Math.max(0.6, viewWidth / layout.width));
	return { k, x: layout.width * k <= viewWidth ? 0 : -(layout.columns.goals - 12) * k };
}

export function fittingScale(viewWidth: number, layout: GoalMapLayout): number {
	return firstView(viewWidth, layout).k;
}

/** The viewport's height: tall enough for the map at its first scale, never more than `maxHeight`. */
export function viewportHeight(viewWidth: number, layout: GoalMapLayout, maxHeight: number): number {
	return Math.round(Math.max(240, Math.min(maxHeight, layout.height * fittingScale(viewWidth, layout))));
}

/** True when all of `node` can be seen in a view of `width` × `height` moved by (x, y) and scaled by k. */
export function isInView(node: GoalMapNode, view: { x: number; y: number; k: number }, width: number, height: number): boolean {
	const left = node.x * view.k + view.x;
	const top = node.y * view.k + view.y;
	return left >= 0 && top >= 0 && left + node.width * view.k <= width && top + node.height * view.k <= height;
}

/** What the ring shows: the target's progress when there is one, otherwise the share of steps done. */
export function ringFraction(goal: GoalNode): number | null {
	const fraction = goal.progress?.fraction ?? (goal.stepsTotal > 0 ? goal.stepsDone / goal.stepsTotal : null);
	return fraction === null ? null : Math.min(1, Math.max(0, fraction));
}
