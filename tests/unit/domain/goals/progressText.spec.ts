import { describe, expect, it } from 'vitest';
import { streakText, thisWeekText, weekAxisLabel, weekFraction, weekValueText } from '$lib/domain/goals/progressText';
import type { Target, TargetProgress } from '$lib/domain/goals/target';

const SLEEP: Target = {
	metric: 'sleepHours',
	comparison: '>=',
	value: 7,
	window: { kind: 'daysOfWeek', days: 5 },
	subjectId: null
};
const PANIC: Target = { metric: 'panicAttacks', comparison: '<=', value: 1, window: { kind: 'weeklyTotal' }, subjectId: null };

function progress(value: number | null, met: boolean | null, overrides: Partial<TargetProgress> = {}): TargetProgress {
	return {
		weeks: [{ startDay: '2026-11-21', endDay: '2026-11-27', value, met, daysWithData: 3 }],
		metThisWeek: met,
		undecided: false,
		streak: 0,
		points: [],
		...overrides
	};
}

describe('progress in words', () => {
	it('says whether this week is met, with the count behind it', () => {
		expect(thisWeekText(SLEEP, progress(5, true))).toBe('Met this week · 5 of 7 nights');
		expect(thisWeekText(SLEEP, progress(2, false, { undecided: true }))).toBe('Not yet this week · so far 2 of 7 nights');
		expect(thisWeekText(SLEEP, progress(3, false))).toBe('Not met this week · 3 of 7 nights');
		expect(thisWeekText(PANIC, progress(null, null))).toBe('No data this week yet');
		expect(thisWeekText(PANIC, progress(0, true))).toBe('Met this week · total 0');
	});

	it('counts the days of a “D of 7 days” target out of the week’s seven, never out of D', () => {
		const concentration: Target = { ...SLEEP, metric: 'concentration', value: 3, window: { kind: 'daysOfWeek', days: 4 } };
		expect(weekValueText(concentration, 6)).toBe('6 of 7 days');
		expect(weekValueText(concentration, 1)).toBe('1 of 7 days');
		expect(weekValueText(PANIC, 2)).toBe('total 2');
	});

	it('words adherence and latest values', () => {
		const adherence: Target = {
			metric: 'adherence',
			comparison: '>=',
			value: 90,
			window: { kind: 'weeklyTotal' },
			subjectId: null
		};
		const phq: Target = { metric: 'phq9', comparison: '<', value: 10, window: { kind: 'latest' }, subjectId: null };
		expect(weekValueText(adherence, 92.857)).toBe('92.9% of doses taken');
		expect(weekValueText(phq, 8)).toBe('latest 8');
	});

	it('speaks of a streak only when there is one', () => {
		expect(streakText(progress(5, true, { streak: 0 }))).toBe('');
		expect(streakText(progress(5, true, { streak: 1 }))).toBe('1 week met');
		expect(streakText(progress(5, true, { streak: 4 }))).toBe('4 weeks in a row');
	});
});

describe('a week with nothing recorded', () => {
	it('says so, even while the week is still open', () => {
		expect(thisWeekText(SLEEP, progress(null, null, { undecided: true }))).toBe('No data this week yet');
	});
});

describe('the week as a fraction', () => {
	it('is the share of days for “on D of 7 days”, all or nothing otherwise, and unknown without data', () => {
		expect(weekFraction(SLEEP, progress(2, false))).toBe(0.4);
		expect(weekFraction(SLEEP, progress(6, true))).toBe(1);
		expect(weekFraction(PANIC, progress(3, false))).toBe(0);
		expect(weekFraction(PANIC, progress(null, null))).toBeNull();
	});
});

describe('the unit of a week’s bar', () => {
	it('names what a week is counted in, as the words beside it do', () => {
		expect(weekAxisLabel(SLEEP)).toBe('nights');
		expect(weekAxisLabel({ ...SLEEP, metric: 'mood', window: { kind: 'daysOfWeek', days: 4 } })).toBe('days');
		expect(weekAxisLabel(PANIC)).toBe('attacks');
		expect(weekAxisLabel({ ...PANIC, metric: 'copingUses', subjectId: null })).toBe('uses');
		expect(weekAxisLabel({ ...PANIC, metric: 'adherence', value: 90 })).toBe('% taken');
		expect(weekAxisLabel({ ...PANIC, metric: 'phq9', window: { kind: 'latest' } })).toBe('score');
		expect(weekAxisLabel({ ...SLEEP, window: { kind: 'latest' } })).toBe('hours');
		expect(weekAxisLabel({ ...SLEEP, metric: 'stress', window: { kind: 'weeklyTotal' } })).toBe('total');
	});
});
