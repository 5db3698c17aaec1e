/**
 * The goal map's box sizes: with steps, three columns of fixed width (the map pans when a screen is
 * narrower); without steps, two columns that share the width they are given, so a phone shows the
 * whole overview at a readable size.
 */
import type { GoalMapOptions } from './map';

// Characters per line assume a 13 px font at up to 7.5 px a character (8 in bold): wide fonts still fit.
export const PAD = 12;
export const STEP = { width: 196, height: 32, gap: 8 };
const GOAL = { width: 216, height: 84 };
export const SUPPORT = { width: 168, height: 44, gap: 8 };
export const AREA = { height: 28, below: 6, after: 20 };
const GOAL_SPACING = 16;

/** Without steps: narrower boxes that fit the width given, and no area rows (each goal names its area). */
const OVERVIEW = { gap: 28, goalShare: 0.6, goal: [168, 260], support: [120, 210], goalHeight: 76, spacing: 10 } as const;

export interface Sizes {
	step: { x: number; width: number; chars: number } | null;
	/** `ring`: room for the progress ring beside the title (a narrow box gives it to the words). */
	goal: { x: number; width: number; height: number; chars: number; smallChars: number; ring: boolean };
	support: { x: number; width: number; chars: number };
	areaRows: boolean;
	/** Recent sessions as supports: detail the overview leaves to the list and each goal's page. */
	sessions: boolean;
	spacing: number;
	width: number;
}

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.max(low, Math.min(high, Math.floor(value)));

export function sizesFor(options: GoalMapOptions): Sizes {
	const goalChars = (width: number) => {
		const ring = width >= 200;
		return { ring, chars: Math.floor((width - (ring ? 58 : 22)) / 8), smallChars: Math.floor((width - 22) / 7.5) };
	};
	if (options.steps ?? true) {
		const gap = 32;
		const goalX = PAD + STEP.width + gap;
		const supportX = goalX + GOAL.width + gap;
		return {
			step: { x: PAD, width: STEP.width, chars: Math.floor((STEP.width - 32) / 7.5) },
			goal: { x: goalX, width: GOAL.width, height: GOAL.height, ...goalChars(GOAL.width) },
			support: { x: supportX, width: SUPPORT.width, chars: Math.floor((SUPPORT.width - 18) / 7.5) },
			areaRows: true,
			sessions: true,
			spacing: GOAL_SPACING,
			width: supportX + SUPPORT.width + PAD
		};
	}
	const room = Math.max(0, (options.width ?? 720) - 2 * PAD - OVERVIEW.gap);
	const goalWidth = clamp(Math.min(room * OVERVIEW.goalShare, room - OVERVIEW.support[0]), OVERVIEW.goal);
	const supportWidth = clamp(room - goalWidth, OVERVIEW.support);
	const supportX = PAD + goalWidth + OVERVIEW.gap;
	return {
		step: null,
		goal: { x: PAD, width: goalWidth, height: OVERVIEW.goalHeight, ...goalChars(goalWidth) },
		support: { x: supportX, width: supportWidth, chars: Math.floor((supportWidth - 18) / 7.5) },
		areaRows: false,
		sessions: false,
		spacing: OVERVIEW.spacing,
		width: supportX + supportWidth + PAD
	};
}
