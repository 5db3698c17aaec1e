import { describe, expect, it } from 'vitest';
import {
	effectiveWindow,
	isCheckinMetric,
	isScoreMetric,
	meets,
	windowsFor,
	type Comparison,
	type Target
} from '$lib/domain/goals/targetRules';
import { TARGET_METRICS } from '$lib/domain/records';

const target = (overrides: Partial<Target>): Target => ({
	metric: 'sleepHours',
	comparison: '>=',
	value: 7,
	window: { kind: 'daysOfWeek', days: 5 },
	subjectId: null,
	...overrides
});

describe('meets', () => {
	it('decides each comparison below, at and above the threshold', () => {
		const table: [Comparison, boolean, boolean, boolean][] = [
			['>=', false, true, true],
			['<=', true, true, false],
			['>', false, false, true],
			['<', true, false, false],
			['=', false, true, false]
		];
		for (const [comparison, below, at, above] of table) {
			expect([meets(6.5, comparison, 7), meets(7, comparison, 7), meets(7.5, comparison, 7)], comparison).toEqual([
				below,
				at,
				above
			]);
		}
	});

	it('treats a rounding error as equal, in every direction', () => {
		const third = (1 / 3) * 3 * 50; // 50 after floating-point arithmetic, give or take
		expect(meets(0.1 + 0.2, '=', 0.3)).toBe(true);
		expect(meets(0.1 + 0.2, '<=', 0.3)).toBe(true);
		expect(meets(0.1 + 0.2, '>', 0.3)).toBe(false);
		expect(meets(third, '>=', 50)).toBe(true);
		expect(meets(50.001, '=', 50)).toBe(false);
	});

	it('compares negative thresholds and zero', () => {
		expect(meets(0, '<=', 0)).toBe(true);
		expect(meets(0, '<', 0)).toBe(false);
		expect(meets(-1, '<', 0)).toBe(true);
	});
});

describe('the measures and their windows', () => {
	it('sorts every metric into exactly one kind', () => {
		const kinds = TARGET_METRICS.map((metric) =>
			isCheckinMetric(metric) ? 'checkin' : isScoreMetric(metric) ? 'score' : metric
		);
		expect(kinds).toEqual([
			'checkin',
			'checkin',
			'checkin',
			'checkin',
			'checkin',
			'checkin',
			'checkin',
			'score',
			'score',
			'adherence',
			'copingUses'
		]);
	});

	it('offers only the windows that mean something, the usual one first', () => {
		expect(windowsFor('sleepHours')).toEqual(['daysOfWeek', 'latest', 'weeklyTotal']);
		expect(windowsFor('panicAttacks')[0]).toBe('weeklyTotal');
		expect(windowsFor('phq9')).toEqual(['latest']);
		expect(windowsFor('gad7')).toEqual(['latest']);
		expect(windowsFor('adherence')).toEqual(['weeklyTotal']);
		expect(windowsFor('copingUses')).toEqual(['weeklyTotal', 'daysOfWeek']);
	});

	it('keeps a target’s own window when it fits and falls back to the usual one when not', () => {
		const days = { kind: 'daysOfWeek', days: 4 } as const;
		expect(effectiveWindow(target({ window: days }))).toBe(days);
		expect(effectiveWindow(target({ metric: 'copingUses', window: days }))).toBe(days);
		expect(effectiveWindow(target({ metric: 'phq9', window: days }))).toEqual({ kind: 'latest' });
		expect(effectiveWindow(target({ metric: 'gad7', window: { kind: 'weeklyTotal' } }))).toEqual({ kind: 'latest' });
		expect(effectiveWindow(target({ metric: 'adherence', window: { kind: 'latest' } }))).toEqual({ kind: 'weeklyTotal' });
		expect(effectiveWindow(target({ metric: 'adherence', window: days }))).toEqual({ kind: 'weeklyTotal' });
		expect(effectiveWindow(target({ metric: 'copingUses', window: { kind: 'latest' } }))).toEqual({ kind: 'weeklyTotal' });
	});

	it('gives every metric and window a window the metric offers', () => {
		const windows = [{ kind: 'daysOfWeek', days: 3 }, { kind: 'weeklyTotal' }, { kind: 'latest' }] as const;
		for (const metric of TARGET_METRICS) {
			for (const window of windows) {
				expect(windowsFor(metric)).toContain(effectiveWindow(target({ metric, window })).kind);
			}
		}
	});
});
