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
/** The map's smallest words are 13 px: drawn at this scale or larger they still read at 12 px. */
export const READABLE_SCALE = 12 / 13;

/** The scale that shows the whole map in a view of `width` × `height`: never above 1, never below readable. */
export function fittingScale(width: number, height: number, layout: GoalMapLayout): number {
	return Math.min(1, Math.max(READABLE_SCALE, Math.min(width / layout.width, height / layout.height)));
}

/** Whether all of the map fits a view of `width` × `height` at a readable size. */
export function fitsReadably(width: number, height: number, layout: GoalMapLayout): boolean {
	return layout.width * READABLE_SCALE <= width && layout.height * READABLE_SCALE <= height;
}

/**
 * The first view: the whole map, fitted and centred across. A map that cannot fit at a readable size
 * starts at its goals (the steps are one drag to the left) and at its top.
 */
export function firstView(width: number, height: number, layout: GoalMapLayout): { x: number; y: number; k: number } {
	const k = fittingScale(width, height, layout);
	const drawn = layout.width * k;
	return { k, y: 0, x: drawn <= width ? (width - drawn) / 2 : -(layout.columns.goals - 12) * k };
}

/** The viewport's height: the map's at its first scale, never more than `maxHeight`. */
export function viewportHeight(width: number, layout: GoalMapLayout, maxHeight: number): number {
	const k = fittingScale(width, maxHeight, layout);
	return Math.round(Math.max(200, Math.min(maxHeight, layout.height * k)));
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
