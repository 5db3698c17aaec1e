/**
 * Paced breathing: the patterns Tandem offers and where a guide is in its cycle at any moment.
 * The guide's screen only asks `phaseAt`, so the count and the words come from one place, whether
 * the circle is animated or (with reduced motion) only the words are shown.
 */
import * as v from 'valibot';

export interface BreathingPattern {
	inhale: number;
	holdIn: number;
	exhale: number;
	holdOut: number;
}

export const BREATHING_PATTERNS = {
	'breathing-box': { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
	'breathing-478': { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 }
} as const satisfies Record<string, BreathingPattern>;

export const BREATHING_NAMES = {
	'breathing-box': 'Box breathing (4-4-4-4)',
	'breathing-478': '4-7-8 breathing',
	'breathing-custom': 'Your own pattern'
} as const;

export type BreathingTool = keyof typeof BREATHING_NAMES;

const Seconds = (label: string, min: number) =>
	v.pipe(
		v.number(`${label} must be a number of seconds`),
		v.integer(`${label} must be whole seconds`),
		v.minValue(min, min === 0 ? `${label} can’t be negative` : `${label} needs at least ${min} second`),
		v.maxValue(20, `${label} is at most 20 seconds`)
	);

/** A pattern someone sets themselves: in and out at least a second each, holds optional, none over 20 s. */
export const BreathingPatternSchema = v.strictObject({
	inhale: Seconds('Breathing in', 1),
	holdIn: Seconds('Holding after breathing in', 0),
	exhale: Seconds('Breathing out', 1),
	holdOut: Seconds('Holding after breathing out', 0)
});

/** What keeps a person's own pattern from starting, as a sentence; null when it can start. */
export function breathingPatternProblem(pattern: BreathingPattern): string | null {
	const result = v.safeParse(BreathingPatternSchema, pattern);
	return result.success ? null : `${result.issues[0].message}.`;
}

export type BreathingPhaseName = 'in' | 'holdIn' | 'out' | 'holdOut';

export const PHASE_WORDS: Record<BreathingPhaseName, string> = {
	in: 'Breathe in',
	holdIn: 'Hold',
	out: 'Breathe out',
	holdOut: 'Hold'
};

export interface BreathingPhase {
	name: BreathingPhaseName;
	/** Whole seconds left in this phase, counting down to 1. */
	count: number;
	/** Length of this phase in seconds, for the animation. */
	seconds: number;
	/** Completed cycles before this one. */
	cycle: number;
}

export function cycleSeconds(pattern: BreathingPattern): number {
	return pattern.inhale + pattern.holdIn + pattern.exhale + pattern.holdOut;
}

/** The phases of one cycle in order, leaving out holds of zero seconds. */
export function phasesOf(pattern: BreathingPattern): { name: BreathingPhaseName; seconds: number }[] {
	const all: { name: BreathingPhaseName; seconds: number }[] = [
		{ name: 'in', seconds: pattern.inhale },
		{ name: 'holdIn', seconds: pattern.holdIn },
		{ name: 'out', seconds: pattern.exhale },
		{ name: 'holdOut', seconds: pattern.holdOut }
	];
	return all.filter((phase) => phase.seconds > 0);
}

/** Where the guide is after `elapsedMs` of breathing with this pattern. */
export function phaseAt(pattern: BreathingPattern, elapsedMs: number): BreathingPhase {
	const total = cycleSeconds(pattern) * 1000;
	const elapsed = Math.max(0, elapsedMs);
	const cycle = Math.floor(elapsed / total);
	let within = elapsed - cycle * total;
	for (const phase of phasesOf(pattern)) {
		const length = phase.seconds * 1000;
		if (within < length) {
			return { name: phase.name, seconds: phase.seconds, count: phase.seconds - Math.floor(within / 1000), cycle };
		}
		within -= length;
	}
	// Only reached through floating-point rounding at the very end of a cycle.
	const first = phasesOf(pattern)[0];
	return { name: first.name, seconds: first.seconds, count: first.seconds, cycle: cycle + 1 };
}

/** The pattern as people write it: "4-7-8", "4-4-4-4". */
export function patternLabel(pattern: BreathingPattern): string {
	const parts = [pattern.inhale, pattern.holdIn, pattern.exhale];
	if (pattern.holdOut > 0) parts.push(pattern.holdOut);
	return parts.join('-');
}

/** Duration choices in minutes; a breathing session ends by itself after the chosen time. */
export const BREATHING_MINUTES = [1, 2, 3, 5, 10] as const;
