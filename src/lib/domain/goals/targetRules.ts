/**
 * What a target's parts mean: the kinds of measure, the windows that make sense for each, and the
 * comparison with the threshold. Shared by the wording and the evaluation, so both read a target the
 * same way.
 */
import type { Checkin, Goal } from '../records';

export type Target = NonNullable<Goal['target']>;
export type TargetMetric = Target['metric'];
export type TargetWindow = Target['window'];
export type Comparison = Target['comparison'];
export type CheckinMetric = Extract<TargetMetric, keyof Checkin>;
export type ScoreMetric = 'phq9' | 'gad7';

export const CHECKIN_METRICS: readonly CheckinMetric[] = [
	'sleepHours',
	'sleepQuality',
	'mood',
	'energy',
	'stress',
	'concentration',
	'panicAttacks'
];

export function isCheckinMetric(metric: TargetMetric): metric is CheckinMetric {
	return (CHECKIN_METRICS as readonly string[]).includes(metric);
}

export function isScoreMetric(metric: TargetMetric): metric is ScoreMetric {
	return metric === 'phq9' || metric === 'gad7';
}

/** Two figures this close are equal: a percentage of doses should not miss "= 50" by a rounding error. */
const TOLERANCE = 1e-9;

/** Whether a value satisfies the target's comparison with its threshold. */
export function meets(value: number, comparison: Comparison, threshold: number): boolean {
	const equal = Math.abs(value - threshold) <= TOLERANCE;
	switch (comparison) {
		case '>=':
			return equal || value > threshold;
		case '<=':
			return equal || value < threshold;
		case '>':
			return !equal && value > threshold;
		case '<':
			return !equal && value < threshold;
		case '=':
			return equal;
	}
}

/**
 * The windows that mean something for a measure, the usual one first. A questionnaire is answered
 * every two weeks or so, so only its latest score counts; adherence is a share of a week's doses (a day
 * of one or two doses says little); coping uses have no "latest" value.
 */
export function windowsFor(metric: TargetMetric): TargetWindow['kind'][] {
	if (isScoreMetric(metric)) return ['latest'];
	if (metric === 'adherence') return ['weeklyTotal'];
	if (metric === 'copingUses') return ['weeklyTotal', 'daysOfWeek'];
	if (metric === 'panicAttacks') return ['weeklyTotal', 'daysOfWeek', 'latest'];
	return ['daysOfWeek', 'latest', 'weeklyTotal'];
}

/** The window a target is read over: its own, or the usual one when its own means nothing for the measure. */
export function effectiveWindow(target: Target): TargetWindow {
	if (windowsFor(target.metric).includes(target.window.kind)) return target.window;
	return isScoreMetric(target.metric) ? { kind: 'latest' } : { kind: 'weeklyTotal' };
}
