import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	BREATHING_PATTERNS,
	BreathingPatternSchema,
	breathingPatternProblem,
	cycleSeconds,
	patternLabel,
	phaseAt,
	phasesOf
} from '$lib/domain/coping/breathing';

const BOX = BREATHING_PATTERNS['breathing-box'];
const FOUR_SEVEN_EIGHT = BREATHING_PATTERNS['breathing-478'];

describe('breathing patterns', () => {
	it('box breathing is four phases of four seconds; 4-7-8 has no hold after breathing out', () => {
		expect(cycleSeconds(BOX)).toBe(16);
		expect(phasesOf(FOUR_SEVEN_EIGHT).map((phase) => phase.name)).toEqual(['in', 'holdIn', 'out']);
		expect(patternLabel(BOX)).toBe('4-4-4-4');
		expect(patternLabel(FOUR_SEVEN_EIGHT)).toBe('4-7-8');
	});

	it.each([
		[0, 'in', 4, 0],
		[999, 'in', 4, 0],
		[1_000, 'in', 3, 0],
		[3_999, 'in', 1, 0],
		[4_000, 'holdIn', 7, 0],
		[10_999, 'holdIn', 1, 0],
		[11_000, 'out', 8, 0],
		[18_999, 'out', 1, 0],
		[19_000, 'in', 4, 1],
		[19_000 * 3 + 5_000, 'holdIn', 6, 3]
	])('4-7-8 at %i ms is “%s” with %i to count and %i cycles done', (elapsed, name, count, cycle) => {
		expect(phaseAt(FOUR_SEVEN_EIGHT, elapsed)).toMatchObject({ name, count, cycle });
	});

	it('counts down whole seconds in every box phase', () => {
		const counts = Array.from({ length: 16 }, (_, second) => phaseAt(BOX, second * 1_000 + 500).count);
		expect(counts).toEqual([4, 3, 2, 1, 4, 3, 2, 1, 4, 3, 2, 1, 4, 3, 2, 1]);
	});

	it('accepts a sensible custom pattern and refuses impossible ones with a plain message', () => {
		expect(v.safeParse(BreathingPatternSchema, { inhale: 5, holdIn: 0, exhale: 7, holdOut: 2 }).success).toBe(true);
		const noBreath = v.safeParse(BreathingPatternSchema, { inhale: 0, holdIn: 4, exhale: 4, holdOut: 0 });
		expect(noBreath.issues?.[0].message).toBe('Breathing in needs at least 1 second');
		const tooLong = v.safeParse(BreathingPatternSchema, { inhale: 4, holdIn: 30, exhale: 4, holdOut: 0 });
		expect(tooLong.issues?.[0].message).toBe('Holding after breathing in is at most 20 seconds');
		const half = v.safeParse(BreathingPatternSchema, { inhale: 4.5, holdIn: 0, exhale: 4, holdOut: 0 });
		expect(half.issues?.[0].message).toBe('Breathing in must be whole seconds');
	});

	it('tell the person what keeps their own pattern from starting, as a sentence', () => {
		expect(breathingPatternProblem({ inhale: 5, holdIn: 0, exhale: 7, holdOut: 2 })).toBeNull();
		expect(breathingPatternProblem({ inhale: 0, holdIn: 4, exhale: 4, holdOut: 0 })).toBe(
			'Breathing in needs at least 1 second.'
		);
		expect(breathingPatternProblem({ inhale: 4, holdIn: -1, exhale: 4, holdOut: 0 })).toBe(
			'Holding after breathing in can’t be negative.'
		);
	});
});
