/** This week's progress on a target in plain words, for the goal card, Today and the report. */
import type { TargetProgress } from './target';
import { effectiveWindow, type Target } from './targetRules';

function round(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** Days in a (rolling) week: a "D of 7 days" week is counted out of these, never out of D. */
const WEEK_DAYS = 7;

const NIGHTS: readonly Target['metric'][] = ['sleepHours', 'sleepQuality'];

/** What a week's bar is counted in, for a chart's axis: "nights", "attacks", "% taken", "score". */
export function weekAxisLabel(target: Target): string {
	const window = effectiveWindow(target);
	if (target.metric === 'adherence') return '% taken';
	if (window.kind === 'daysOfWeek') return NIGHTS.includes(target.metric) ? 'nights' : 'days';
	if (window.kind === 'weeklyTotal') {
		return target.metric === 'panicAttacks' ? 'attacks' : target.metric === 'copingUses' ? 'uses' : 'total';
	}
	if (target.metric === 'phq9' || target.metric === 'gad7') return 'score';
	return target.metric === 'sleepHours' ? 'hours' : 'value';
}

/** "6 of 7 nights", "total 2", "93% of doses taken", "latest 8": a week's value, beside the target's own words. */
export function weekValueText(target: Target, value: number | null): string {
	if (value === null) return 'nothing recorded';
	const window = effectiveWindow(target);
	if (target.metric === 'adherence') return `${round(value)}% of doses taken`;
	if (window.kind === 'daysOfWeek') {
		const unit = NIGHTS.includes(target.metric) ? 'nights' : 'days';
		return `${value} of ${WEEK_DAYS} ${unit}`;
	}
	if (window.kind === 'weeklyTotal') return `total ${round(value)}`;
	return `latest ${round(value)}`;
}

/** "Met this week · 5 of 7 nights", "Not yet this week · so far 2 of 7 nights", … */
export function thisWeekText(target: Target, progress: TargetProgress): string {
	const week = progress.weeks[progress.weeks.length - 1];
	const detail = weekValueText(target, week?.value ?? null);
	if (progress.metThisWeek === true) return `Met this week · ${detail}`;
	if (week?.value === null || week === undefined) return 'No data this week yet';
	if (progress.undecided) return `Not yet this week · so far ${detail}`;
	if (progress.metThisWeek === false) return `Not met this week · ${detail}`;
	return 'No data this week yet';
}

/** "3 weeks in a row", or '' when there is no streak to speak of. */
export function streakText(progress: TargetProgress): string {
	if (progress.streak <= 0) return '';
	return progress.streak === 1 ? '1 week met' : `${progress.streak} weeks in a row`;
}

/**
 * How much of this week's target is reached, 0–1, for the goal map's ring: the share of the days for
 * "on D of 7 days", all or nothing otherwise; null while the week has no data.
 */
export function weekFraction(target: Target, progress: TargetProgress): number | null {
	const week = progress.weeks[progress.weeks.length - 1];
	if (progress.metThisWeek === true) return 1;
	if (!week || week.value === null) return null;
	const window = effectiveWindow(target);
	if (window.kind === 'daysOfWeek') return Math.min(1, week.value / window.days);
	return 0;
}
