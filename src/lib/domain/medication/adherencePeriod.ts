/** The periods the adherence page offers, and the problem that keeps a chosen one from being read. */
import { addDays, type LocalDay } from '../dates';
import { weekStartOf } from './adherence';

export type AdherencePeriod = 'week' | 'fourWeeks' | 'custom';

export interface DayRange {
	from: LocalDay;
	to: LocalDay;
}

/** This week from Monday, the last four weeks, or the person's own dates; each ends today unless chosen. */
export function adherenceRange(period: AdherencePeriod, today: LocalDay, custom: DayRange): DayRange {
	if (period === 'week') return { from: weekStartOf(today), to: today };
	if (period === 'fourWeeks') return { from: addDays(today, -27), to: today };
	return custom;
}

/** The first custom period offered: the last 90 days. */
export function defaultCustomRange(today: LocalDay): DayRange {
	return { from: addDays(today, -89), to: today };
}

export function adherenceRangeProblem(range: DayRange, today: LocalDay): string | null {
	if (range.from > range.to) return 'The start of the period is after its end.';
	if (range.to > today) return 'The period can’t end in the future.';
	return null;
}
