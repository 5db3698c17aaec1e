/**
 * The goal map's layout: goals in the middle under their area headings, each goal's steps on the
 * left and what supports it on the right. Deterministic and without a force simulation: the same
 * records always give the same picture, and no two nodes' boxes overlap, however many goals there
 * are. A support shared by several goals is one node, placed near the middle of its goals.
 *
 * Without steps (`steps: false`) the map is an overview sized to the `width` it is given: goals on the
 * left (each says how many of its steps are done and names its area), what supports them on the right,
 * so that a phone shows all of it at a readable size.
 */
import { GOAL_AREAS, type Goal, type GoalStep } from '../records/goals';
import { AREA_LABELS, STATUS_LABELS } from './labels';
import { byId, compareGoals, titleCollator } from './order';
import {
	fitText,
	newestFirst,
	plural,
	SUPPORT_KIND_NAMES,
	SUPPORT_KINDS,
	supportsOf,
	type SessionRef,
	type SupportKind,
	type SupportRef
} from './mapSupports';

import { AREA, PAD, sizesFor, STEP, SUPPORT, type Sizes } from './mapSizes';

export { fitText, SESSIONS_PER_GOAL, SUPPORT_KIND_NAMES, SUPPORT_KINDS, type SupportKind } from './mapSupports';

export interface GoalProgressView {
	/** 0–1, drawn as a ring; null when the goal has no measurable target. */
	fraction: number | null;
	label: string;
}

export interface GoalMapInput {
	goals: readonly Goal[];
	steps: readonly GoalStep[];
	medications: readonly { id: string; name: string }[];
	sessions: readonly SessionRef[];
	progress: ReadonlyMap<string, GoalProgressView>;
}

export interface GoalMapOptions {
	/** Achieved and let-go goals too; by default the map shows what is being worked on now. */
	includeAll?: boolean;
	/** Steps as a column of their own (the default), or counted inside each goal's box. */
	steps?: boolean;
	/** Without steps: the width to fit, in CSS px (the map's boxes shrink to it, down to a readable size). */
	width?: number;
}

interface NodeBase {
	/** Unique across kinds: `area:sleep`, `goal:<id>`, `step:<id>`, `medication:<id>`, `topic:<topic>`… */
	id: string;
	/** Shortened to fit its box. */
	label: string;
	/** The full text, for a tooltip. */
	title: string;
	/** The accessible name: what a screen reader says for the node. */
	name: string;
	href: string | null;
	/** Top-left corner and size, in map units (CSS px at zoom 1). */
	x: number;
	y: number;
	width: number;
	height: number;
}
export interface AreaNode extends NodeBase {
	kind: 'area';
	href: null;
	area: Goal['area'];
	/** Where the area's last goal block ends, for a band behind the area. */
	bottom: number;
}
export interface GoalNode extends NodeBase {
	kind: 'goal';
	href: string;
	recordId: string;
	area: Goal['area'];
	status: Goal['status'];
	/** The title over up to two lines. */
	lines: string[];
	/** "Sleep" or "Sleep · Paused": the area in words, so colour is never the only cue. */
	caption: string;
	/** "3/5 steps · met this week", fitted to one line. */
	detail: string;
	stepsDone: number;
	stepsTotal: number;
	progress: GoalProgressView | null;
}
export interface StepNode extends NodeBase {
	kind: 'step';
	href: string;
	recordId: string;
	goalId: string;
	done: boolean;
}
export interface SupportNode extends NodeBase {
	kind: SupportKind;
	href: string;
	recordId: string;
	/** "Medicine", "Coping tool", "Therapy topic", "Session". */
	caption: string;
	/** Record ids of the goals it supports, in map order. */
	goalIds: string[];
	/** A session's instant; null for the other kinds. */
	at: string | null;
}
export type GoalMapNode = AreaNode | GoalNode | StepNode | SupportNode;

export interface GoalMapLink {
	id: string;
	source: string;
	target: string;
	/** The right edge of the source and the left edge of the target, at their middles. */
	from: [number, number];
	to: [number, number];
}

export interface GoalMapLayout {
	/** In reading order: each area heading, then each goal followed by its steps; supports last. */
	nodes: GoalMapNode[];
	links: GoalMapLink[];
	width: number;
	height: number;
	/** Where each column starts; `steps` is null when steps are counted inside the goals. */
	columns: { steps: number | null; goals: number; supports: number };
	/** Whether goal boxes have room for their progress ring. */
	rings: boolean;
}

/** A goal is on the map when it is being worked on, or when everything was asked for. */
function isShown(goal: Goal, includeAll: boolean): boolean {
	return includeAll || goal.status === 'active' || goal.status === 'paused';
}

/** Areas in their usual order; in an area, active goals first, then paused, achieved, let go; then by title. */
function mapOrder(a: Goal, b: Goal): number {
	return GOAL_AREAS.indexOf(a.area) - GOAL_AREAS.indexOf(b.area) || compareGoals(a, b);
}

export function layoutGoalMap(input: GoalMapInput, options: GoalMapOptions = {}): GoalMapLayout {
	const sizes = sizesFor(options);
	const goals = input.goals.filter((goal) => isShown(goal, options.includeAll ?? false)).sort(mapOrder);
	const stepsOf = new Map<string, GoalStep[]>();
	for (const step of input.steps) stepsOf.set(step.goalId, [...(stepsOf.get(step.goalId) ?? []), step]);
	const medicationNames = new Map(input.medications.map((medication) => [medication.id, medication.name]));
	const sessions = newestFirst(input.sessions);

	const nodes: GoalMapNode[] = [];
	const links: GoalMapLink[] = [];
	const supports = new Map<string, { ref: SupportRef; goals: GoalNode[] }>();

	let y = PAD;
	let goalBottom = y;
	for (const area of GOAL_AREAS) {
		const inArea = goals.filter((goal) => goal.area === area);
		if (inArea.length === 0) continue;
		const label = AREA_LABELS[area];
		// The heading spans the steps and goals below it; supports are placed freely on the right.
		const left = sizes.step?.x ?? sizes.goal.x;
		const heading: AreaNode = {
			kind: 'area',
			id: `area:${area}`,
			area,
			label,
			title: label,
			name: `${label}: ${plural(inArea.length, 'goal')}`,
			href: null,
			...{ x: left, y, width: sizes.goal.x + sizes.goal.width - left, height: sizes.areaRows ? AREA.height : 0 },
			bottom: 0
		};
		nodes.push(heading);
		if (sizes.areaRows) y += AREA.height + AREA.below;
		for (const goal of inArea) {
			const steps = [...(stepsOf.get(goal.id) ?? [])].sort((a, b) => a.order - b.order || byId(a, b));
			const stepsHeight = sizes.step ? Math.max(0, steps.length * (STEP.height + STEP.gap) - STEP.gap) : 0;
			const block = Math.max(sizes.goal.height, stepsHeight);
			const node = goalNode(goal, steps, input.progress.get(goal.id) ?? null, y + (block - sizes.goal.height) / 2, sizes);
			nodes.push(node);
			if (sizes.step) {
				const column = sizes.step;
				steps.forEach((step, index) => {
					const stepNode = stepNodeOf(step, goal, y + (block - stepsHeight) / 2 + index * (STEP.height + STEP.gap), column);
					nodes.push(stepNode);
					links.push(link(stepNode, node));
				});
			}
			for (const ref of supportsOf(goal, medicationNames, sizes.sessions ? sessions : [])) {
				const entry = supports.get(ref.key) ?? { ref, goals: [] };
				entry.goals.push(node);
				supports.set(ref.key, entry);
			}
			y += block + sizes.spacing;
		}
		heading.bottom = goalBottom = y - sizes.spacing;
		if (sizes.areaRows) y += AREA.after - sizes.spacing;
	}

	const wanted = [...supports.values()]
		.map((entry) => ({
			...entry,
			centre: entry.goals.reduce((sum, goal) => sum + goal.y + goal.height / 2, 0) / entry.goals.length
		}))
		.sort(
			(a, b) =>
				a.centre - b.centre ||
				SUPPORT_KINDS.indexOf(a.ref.kind) - SUPPORT_KINDS.indexOf(b.ref.kind) ||
				titleCollator.compare(a.ref.text, b.ref.text) ||
				(a.ref.key < b.ref.key ? -1 : 1)
		);
	const tops = spread(
		wanted.map((entry) => entry.centre - SUPPORT.height / 2),
		SUPPORT.height + SUPPORT.gap,
		PAD
	);
	let supportBottom = PAD;
	wanted.forEach(({ ref, goals: supported }, index) => {
		const node = supportNode(ref, supported, tops[index], sizes.support);
		nodes.push(node);
		for (const goal of supported) links.push(link(goal, node));
		supportBottom = node.y + node.height;
	});

	return {
		nodes,
		links,
		width: sizes.width,
		height: Math.max(goalBottom, supportBottom) + PAD,
		columns: { steps: sizes.step?.x ?? null, goals: sizes.goal.x, supports: sizes.support.x },
		rings: sizes.goal.ring
	};
}

function goalNode(goal: Goal, steps: GoalStep[], progress: GoalProgressView | null, y: number, sizes: Sizes): GoalNode {
	const box = sizes.goal;
	const stepsDone = steps.filter((step) => step.doneAt !== null).length;
	const status = goal.status === 'active' ? '' : STATUS_LABELS[goal.status];
	const area = AREA_LABELS[goal.area];
	const lines = fitText(goal.title, box.chars, 2);
	const shortSteps = steps.length === 0 ? 'No steps yet' : `${stepsDone}/${steps.length} steps`;
	const stepsText = steps.length === 0 ? 'no steps yet' : `${stepsDone} of ${steps.length} steps done`;
	return {
		kind: 'goal',
		id: `goal:${goal.id}`,
		recordId: goal.id,
		area: goal.area,
		status: goal.status,
		lines,
		label: lines.join(' '),
		title: goal.title,
		caption: status ? `${area} · ${status}` : area,
		detail: fitText(progress ? `${shortSteps} · ${progress.label}` : shortSteps, box.smallChars)[0] ?? '',
		name:
			`Goal: ${goal.title}, ${stepsText}` +
			(progress ? `, ${progress.label}` : '') +
			(status ? `, ${status.toLowerCase()}` : '') +
			`, ${area} area`,
		href: `/goals/${goal.id}`,
		...{ x: box.x, y, width: box.width, height: box.height },
		...{ stepsDone, stepsTotal: steps.length, progress }
	};
}

function stepNodeOf(step: GoalStep, goal: Goal, y: number, column: NonNullable<Sizes['step']>): StepNode {
	const done = step.doneAt !== null;
	return {
		kind: 'step',
		id: `step:${step.id}`,
		recordId: step.id,
		goalId: goal.id,
		done,
		label: fitText(step.text, column.chars)[0] ?? '',
		title: step.text,
		name: `Step of ${goal.title}: ${step.text}, ${done ? 'done' : 'not done yet'}`,
		href: `/goals/${goal.id}`,
		...{ x: column.x, y, width: column.width, height: STEP.height }
	};
}

function supportNode(ref: SupportRef, goals: GoalNode[], y: number, column: Sizes['support']): SupportNode {
	const caption = SUPPORT_KIND_NAMES[ref.kind];
	return {
		kind: ref.kind,
		id: ref.key,
		recordId: ref.recordId,
		caption,
		goalIds: goals.map((goal) => goal.recordId),
		at: ref.at,
		label: fitText(ref.text, column.chars)[0] ?? '',
		title: ref.title,
		name:
			ref.kind === 'session' ? `${caption}: ${ref.title}` : `${caption}: ${ref.text}, supports ${plural(goals.length, 'goal')}`,
		href: ref.href,
		...{ x: column.x, y, width: column.width, height: SUPPORT.height }
	};
}

function link(source: GoalMapNode, target: GoalMapNode): GoalMapLink {
	return {
		id: `${source.id}->${target.id}`,
		source: source.id,
		target: target.id,
		from: [source.x + source.width, source.y + source.height / 2],
		to: [target.x, target.y + target.height / 2]
	};
}

/**
 * Tops for boxes wanted at `desired` (ascending), at least `pitch` apart: boxes that would overlap
 * join a cluster centred on its members' wishes, so a crowd spreads both up and down from them.
 */
export function spread(desired: readonly number[], pitch: number, minTop: number): number[] {
	const clusters: { count: number; sum: number; top: number }[] = [];
	for (const want of desired) {
		let cluster = { count: 1, sum: want, top: Math.max(minTop, want) };
		for (let last = clusters.at(-1); last && last.top + last.count * pitch > cluster.top; last = clusters.at(-1)) {
			clusters.pop();
			const count = last.count + cluster.count;
			const sum = last.sum + cluster.sum;
			// The member at position k wants `desired − k × pitch` as the cluster's top; take their mean.
			cluster = { count, sum, top: Math.max(minTop, sum / count - (pitch * (count - 1)) / 2) };
		}
		clusters.push(cluster);
	}
	return clusters.flatMap((cluster) => Array.from({ length: cluster.count }, (_, k) => cluster.top + k * pitch));
}
