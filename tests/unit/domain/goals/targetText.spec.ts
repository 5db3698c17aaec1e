import { describe, expect, it } from 'vitest';
import type { Target } from '$lib/domain/goals/targetRules';
import { describeTarget, metricLabel } from '$lib/domain/goals/targetText';
import { COPING_TOOLS, TARGET_METRICS } from '$lib/domain/records';

const target = (overrides: Partial<Target>): Target => ({
	metric: 'sleepHours',
	comparison: '>=',
	value: 7,
	window: { kind: 'daysOfWeek', days: 5 },
	subjectId: null,
	...overrides
});

describe('describeTarget', () => {
	it('words the design’s examples', () => {
		expect(describeTarget(target({}))).toBe('Sleep ≥ 7 h on 5 of 7 nights');
		expect(describeTarget(target({ metric: 'panicAttacks', comparison: '<=', value: 1, window: { kind: 'weeklyTotal' } }))).toBe(
			'Panic attacks ≤ 1 a week'
		);
		expect(describeTarget(target({ metric: 'phq9', comparison: '<', value: 10, window: { kind: 'latest' } }))).toBe(
			'Latest PHQ-9 score < 10'
		);
		expect(describeTarget(target({ metric: 'concentration', value: 3, window: { kind: 'daysOfWeek', days: 4 } }))).toBe(
			'Concentration ≥ 3 on 4 of 7 days'
		);
		expect(
			describeTarget(target({ metric: 'copingUses', value: 3, window: { kind: 'weeklyTotal' }, subjectId: 'breathing-box' }))
		).toBe('Uses of box breathing ≥ 3 a week');
	});

	it('names the medication of an adherence target, or all of them', () => {
		const adherence = target({ metric: 'adherence', value: 90, window: { kind: 'weeklyTotal' }, subjectId: 'med-1' });
		expect(describeTarget(adherence, 'Sertraline')).toBe('Adherence of Sertraline ≥ 90% over 7 days');
		expect(describeTarget(adherence)).toBe('Adherence of this medicine ≥ 90% over 7 days');
		expect(describeTarget({ ...adherence, subjectId: null })).toBe('Adherence of all medicines ≥ 90% over 7 days');
		// Adherence is always a week's share, whatever window was stored.
		expect(describeTarget({ ...adherence, window: { kind: 'daysOfWeek', days: 5 } }, 'Sertraline')).toBe(
			'Adherence of Sertraline ≥ 90% over 7 days'
		);
	});

	it('names coping tools in a sentence, any tool, or by the name it is given', () => {
		const uses = target({ metric: 'copingUses', value: 1, window: { kind: 'daysOfWeek', days: 5 }, subjectId: 'grounding' });
		expect(describeTarget(uses)).toBe('Uses of 5-4-3-2-1 grounding ≥ 1 on 5 of 7 days');
		expect(describeTarget({ ...uses, subjectId: 'thought-record' })).toBe('Uses of thought record ≥ 1 on 5 of 7 days');
		expect(describeTarget({ ...uses, subjectId: null })).toBe('Uses of any coping tool ≥ 1 on 5 of 7 days');
		expect(describeTarget(uses, 'my grounding walk')).toBe('Uses of my grounding walk ≥ 1 on 5 of 7 days');
		expect(describeTarget({ ...uses, window: { kind: 'latest' } })).toBe('Uses of 5-4-3-2-1 grounding ≥ 1 a week');
	});

	it('calls a week of values other than counts a total, and keeps decimals', () => {
		expect(describeTarget(target({ value: 49, window: { kind: 'weeklyTotal' } }))).toBe('Sleep ≥ 49 h in total a week');
		expect(describeTarget(target({ value: 7.5 }))).toBe('Sleep ≥ 7.5 h on 5 of 7 nights');
		expect(
			describeTarget(target({ metric: 'sleepQuality', comparison: '=', value: 4, window: { kind: 'daysOfWeek', days: 3 } }))
		).toBe('Sleep quality = 4 on 3 of 7 nights');
		expect(describeTarget(target({ metric: 'stress', comparison: '<', value: 5 }))).toBe('Stress < 5 on 5 of 7 days');
		expect(
			describeTarget(target({ metric: 'panicAttacks', comparison: '<=', value: 0, window: { kind: 'daysOfWeek', days: 6 } }))
		).toBe('Panic attacks ≤ 0 on 6 of 7 days');
	});

	it('words a latest value in lower case, except an abbreviation', () => {
		expect(describeTarget(target({ metric: 'mood', value: 3, window: { kind: 'latest' } }))).toBe('Latest mood ≥ 3');
		expect(describeTarget(target({ metric: 'sleepQuality', comparison: '>', value: 2, window: { kind: 'latest' } }))).toBe(
			'Latest sleep quality > 2'
		);
		expect(describeTarget(target({ metric: 'gad7', comparison: '<=', value: 4, window: { kind: 'latest' } }))).toBe(
			'Latest GAD-7 score ≤ 4'
		);
		// A questionnaire is read by its latest score, and says so, whatever window was stored.
		expect(describeTarget(target({ metric: 'phq9', comparison: '<', value: 10 }))).toBe('Latest PHQ-9 score < 10');
	});

	it('has a sentence for every metric, window and coping tool', () => {
		const windows = [{ kind: 'daysOfWeek', days: 2 }, { kind: 'weeklyTotal' }, { kind: 'latest' }] as const;
		const sentences = TARGET_METRICS.flatMap((metric) =>
			windows.map((window) => describeTarget(target({ metric, window, value: 2 })))
		);
		const tools = COPING_TOOLS.map((tool) => metricLabel({ metric: 'copingUses', subjectId: tool }));
		for (const sentence of [...sentences, ...tools]) expect(sentence).not.toMatch(/undefined|null|NaN|\s\s/);
		expect(new Set(tools).size).toBe(COPING_TOOLS.length);
	});
});
