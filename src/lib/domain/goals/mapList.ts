/** The goal map as nested lists — area → goal → steps and supports — the alternative to the picture. */
import {
	layoutGoalMap,
	SUPPORT_KIND_NAMES,
	SUPPORT_KINDS,
	type AreaNode,
	type GoalMapInput,
	type GoalMapLayout,
	type GoalMapOptions,
	type GoalNode,
	type StepNode,
	type SupportKind,
	type SupportNode
} from './map';
import { titleCollator } from './order';

export interface GoalMapListGoal {
	goal: GoalNode;
	steps: StepNode[];
	/** Only the kinds the goal has, in SUPPORT_KINDS order; sessions newest first, the rest by name. */
	supports: { kind: SupportKind; name: string; nodes: SupportNode[] }[];
}
export interface GoalMapListArea {
	area: AreaNode;
	goals: GoalMapListGoal[];
}

/** The map as nested lists — area → goal → steps and supports — for screen readers and small screens. */
export function mapAsList(source: GoalMapLayout | GoalMapInput, options: GoalMapOptions = {}): GoalMapListArea[] {
	const layout = 'nodes' in source ? source : layoutGoalMap(source, options);
	const areas: GoalMapListArea[] = [];
	const byGoal = new Map<string, GoalMapListGoal>();
	const supportNodes: SupportNode[] = [];
	for (const node of layout.nodes) {
		if (node.kind === 'area') areas.push({ area: node, goals: [] });
		else if (node.kind === 'goal') {
			const entry: GoalMapListGoal = { goal: node, steps: [], supports: [] };
			byGoal.set(node.recordId, entry);
			areas.find((area) => area.area.area === node.area)?.goals.push(entry);
		} else if (node.kind === 'step') byGoal.get(node.goalId)?.steps.push(node);
		else supportNodes.push(node);
	}
	const order = (a: SupportNode, b: SupportNode) =>
		a.at !== null && b.at !== null ? Date.parse(b.at) - Date.parse(a.at) : titleCollator.compare(a.label, b.label);
	for (const entry of byGoal.values()) {
		for (const kind of SUPPORT_KINDS) {
			const nodes = supportNodes.filter((node) => node.kind === kind && node.goalIds.includes(entry.goal.recordId));
			if (nodes.length > 0) entry.supports.push({ kind, name: SUPPORT_KIND_NAMES[kind], nodes: nodes.sort(order) });
		}
	}
	return areas;
}
