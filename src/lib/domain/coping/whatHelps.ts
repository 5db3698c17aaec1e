/**
 * "What helps you": for each coping tool, how often it was used and how distress changed, with the
 * counts behind every average so a figure from two uses is not read like one from fifty.
 */
// Types only: Today shows goal progress without loading the record schemas.
import type { CopingUse } from '../records/therapy';

export type CopingTool = CopingUse['tool'];

export const COPING_TOOL_NAMES: Record<CopingTool, string> = {
	'breathing-box': 'Box breathing',
	'breathing-478': '4-7-8 breathing',
	'breathing-custom': 'Breathing, your own pattern',
	'thought-record': 'Thought record',
	grounding: '5-4-3-2-1 grounding'
};

export interface ToolSummary {
	tool: CopingTool;
	uses: number;
	/** Uses with distress rated both before and after; the averages come from these alone. */
	rated: number;
	averageBefore: number | null;
	averageAfter: number | null;
	/** Average of (after − before): below zero means distress went down. */
	averageChange: number | null;
	/** Rated uses after which distress was lower. */
	lowered: number;
	lastUsedAt: string | null;
}

/** A use counts towards the averages only when both ratings are there. */
function isRated(use: CopingUse): use is CopingUse & { distressBefore: number; distressAfter: number } {
	return use.distressBefore !== null && use.distressAfter !== null;
}

/** One summary per tool that has been used, most used first (ties: the bigger average drop first, unrated last). */
export function summariseCopingUses(uses: readonly CopingUse[]): ToolSummary[] {
	const byTool = new Map<CopingTool, CopingUse[]>();
	for (const use of uses) byTool.set(use.tool, [...(byTool.get(use.tool) ?? []), use]);
	const summaries = (Object.keys(COPING_TOOL_NAMES) as CopingTool[])
		.filter((tool) => byTool.has(tool))
		.map((tool) => summarise(tool, byTool.get(tool) ?? []));
	const change = (summary: ToolSummary) => summary.averageChange ?? Number.POSITIVE_INFINITY;
	// Compared, not subtracted: two unrated tools would give Infinity − Infinity = NaN.
	const byChange = (a: ToolSummary, b: ToolSummary) => (change(a) === change(b) ? 0 : change(a) < change(b) ? -1 : 1);
	return summaries.sort((a, b) => b.uses - a.uses || byChange(a, b));
}

function summarise(tool: CopingTool, uses: CopingUse[]): ToolSummary {
	const rated = uses.filter(isRated);
	const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);
	return {
		tool,
		uses: uses.length,
		rated: rated.length,
		averageBefore: mean(rated.map((use) => use.distressBefore)),
		averageAfter: mean(rated.map((use) => use.distressAfter)),
		averageChange: mean(rated.map((use) => use.distressAfter - use.distressBefore)),
		lowered: rated.filter((use) => use.distressAfter < use.distressBefore).length,
		lastUsedAt: uses.reduce<string | null>(
			(latest, use) => (latest === null || Date.parse(use.startedAt) > Date.parse(latest) ? use.startedAt : latest),
			null
		)
	};
}

/** "Distress down 2.5 points on average (from 6.5 to 4.0), over 4 rated uses" — or why there is no average yet. */
export function describeChange(summary: ToolSummary): string {
	if (summary.averageChange === null || summary.averageBefore === null || summary.averageAfter === null) {
		return 'No before-and-after ratings yet.';
	}
	const change = Math.abs(summary.averageChange).toFixed(1);
	const uses = `${summary.rated} rated ${summary.rated === 1 ? 'use' : 'uses'}`;
	const range = `from ${summary.averageBefore.toFixed(1)} to ${summary.averageAfter.toFixed(1)}`;
	if (Math.abs(summary.averageChange) < 0.05) return `Distress about the same on average (${range}), over ${uses}.`;
	const direction = summary.averageChange < 0 ? 'down' : 'up';
	return `Distress ${direction} ${change} ${change === '1.0' ? 'point' : 'points'} on average (${range}), over ${uses}.`;
}
