/**
 * A goal's measurable target, read from the journal: "sleep ≥ 7 h on 5 of 7 nights", "panic attacks
 * ≤ 1 a week", "latest PHQ-9 score < 10". Each week is judged met, not met, or unknown (no data), and
 * the weeks in a row that were met make the streak.
 *
 * Weeks are rolling: "this week" is today and the six days before it, and each earlier week is the
 * seven days before that. Calendar weeks would make a goal set on a Thursday start with a half week
 * that can hardly be met, and would judge "5 of 7 nights" on Monday morning from one night.
 */
import type { LocalDay } from '../dates';
import {
	adherenceShare,
	checkinReader,
	copingReader,
	daysBackFrom,
	doseRecordedOn,
	LATEST_WITHIN_DAYS,
	latestDaily,
	latestScore,
	scoreReader,
	type DailyReader,
	type GoalIndex
} from './targetData';
import { effectiveWindow, isCheckinMetric, isScoreMetric, meets, type Target, type TargetWindow } from './targetRules';

export { indexGoalData, LATEST_WITHIN_DAYS, type GoalData, type GoalIndex, type MedicationData } from './targetData';
export { describeTarget, metricLabel } from './targetText';
export {
	effectiveWindow,
	meets,
	windowsFor,
	type Comparison,
	type Target,
	type TargetMetric,
	type TargetWindow
} from './targetRules';

export interface WeekResult {
	startDay: LocalDay;
	endDay: LocalDay;
	/**
	 * Days meeting the threshold (on D of 7 days), the week's total (a week), the latest value or score
	 * (latest), or the percentage of doses taken (adherence); null when there is nothing to judge.
	 */
	value: number | null;
	/** null when there is no data: no check-in, no fresh score, no dose scheduled. */
	met: boolean | null;
	/** Days in the week with a record for the measure. */
	daysWithData: number;
}

export interface DayPoint {
	day: LocalDay;
	value: number;
}

export interface TargetProgress {
	/** Oldest first; the last is this week. */
	weeks: WeekResult[];
	metThisWeek: boolean | null;
	/** This week is not met yet but today has nothing recorded for the measure, so it may still be. */
	undecided: boolean;
	/** Weeks met in a row, ending with this week — or with last week while this week is undecided. */
	streak: number;
	/**
	 * The values behind the weeks, for a chart with the target as a line: one per day that has one
	 * (coping uses: every day, 0 included), or one per week at its last day for adherence.
	 */
	points: DayPoint[];
}

export const DEFAULT_WEEKS = 12;

/**
 * The weeks a chart of the target shows: from the first that reaches the goal's start day and has a
 * record, to this week. Weeks before either held nothing to show; a gap after them stays a gap.
 */
export function chartWeeks(weeks: readonly WeekResult[], since: LocalDay): WeekResult[] {
	const first = weeks.findIndex((week) => week.endDay >= since && (week.value !== null || week.daysWithData > 0));
	return weeks.slice(first < 0 ? -1 : first);
}

/** A streak is counted back at most a year: 52 reads as "a year or more", and adherence stays quick. */
export const MAX_STREAK_WEEKS = 52;
/** How far back targets read: the weeks shown, the longest streak counted, and a score's freshness. */
export const TARGET_LOOK_BACK_DAYS = (DEFAULT_WEEKS + MAX_STREAK_WEEKS) * 7 + LATEST_WITHIN_DAYS;

/** How a target reads one week and one day, built once per evaluation; `days` are oldest first. */
interface Measure {
	week(days: LocalDay[], back: number): { value: number | null; daysWithData: number };
	daily: DailyReader | null;
	recordedOn(day: LocalDay): boolean;
}

/** Days with a value that meet the threshold; null when no day has a value. */
function daysMeeting(target: Target, reader: DailyReader, days: LocalDay[]): number | null {
	let valued = 0;
	let meeting = 0;
	for (const day of days) {
		const value = reader.value(day);
		if (value === null) continue;
		valued++;
		if (meets(value, target.comparison, target.value)) meeting++;
	}
	return valued === 0 ? null : meeting;
}

/** The sum of the days with a value; null when no day has one (a week without a check-in is not 0). */
function weekTotal(reader: DailyReader, days: LocalDay[]): number | null {
	let total: number | null = null;
	for (const day of days) {
		const value = reader.value(day);
		if (value !== null) total = (total ?? 0) + value;
	}
	return total;
}

function dailyMeasure(
	target: Target,
	window: TargetWindow,
	reader: DailyReader,
	latest: (back: number) => number | null
): Measure {
	return {
		daily: reader,
		recordedOn: reader.recorded,
		week(days, back) {
			const daysWithData = days.filter(reader.recorded).length;
			if (window.kind === 'daysOfWeek') return { value: daysMeeting(target, reader, days), daysWithData };
			if (window.kind === 'weeklyTotal') return { value: weekTotal(reader, days), daysWithData };
			return { value: latest(back), daysWithData };
		}
	};
}

/** Days before the journal began have no value, not even 0 uses. */
function fromFirstDay(reader: DailyReader, firstDay: LocalDay | null): DailyReader {
	const before = (day: LocalDay) => firstDay === null || day < firstDay;
	return { value: (day) => (before(day) ? null : reader.value(day)), recorded: reader.recorded };
}

function measureOf(target: Target, window: TargetWindow, index: GoalIndex, dayBack: (back: number) => LocalDay): Measure {
	const { metric, subjectId } = target;
	if (metric === 'adherence') {
		return {
			daily: null,
			recordedOn: (day) => doseRecordedOn(index, subjectId, day),
			week(days) {
				const share = adherenceShare(index, subjectId, days);
				return { value: share.percent, daysWithData: share.daysWithData };
			}
		};
	}
	if (isScoreMetric(metric)) {
		const latest = (back: number) => latestScore(index, metric, dayBack(back), dayBack(back + LATEST_WITHIN_DAYS));
		return dailyMeasure(target, window, scoreReader(index, metric), latest);
	}
	const reader = isCheckinMetric(metric)
		? checkinReader(index, metric)
		: fromFirstDay(copingReader(index, subjectId), index.firstDay);
	return dailyMeasure(target, window, reader, (back) => latestDaily(reader, dayBack, back));
}

function judge(target: Target, window: TargetWindow, value: number | null): boolean | null {
	if (value === null) return null;
	return window.kind === 'daysOfWeek' ? value >= window.days : meets(value, target.comparison, target.value);
}

/** The week whose last day is `back` days before today (0 = this week). */
function weekBack(
	target: Target,
	window: TargetWindow,
	measure: Measure,
	index: GoalIndex,
	dayBack: (back: number) => LocalDay,
	back: number
): WeekResult {
	const days = [6, 5, 4, 3, 2, 1, 0].map((offset) => dayBack(back + offset));
	const [startDay, endDay] = [days[0], days[6]];
	// Before the first record of any kind there was no journal: nothing is known, not even 0 doses taken.
	if (index.firstDay === null || endDay < index.firstDay) return { startDay, endDay, value: null, met: null, daysWithData: 0 };
	const { value, daysWithData } = measure.week(days, back);
	return { startDay, endDay, value, met: judge(target, window, value), daysWithData };
}

function pointsOf(measure: Measure, weeks: WeekResult[], dayBack: (back: number) => LocalDay): DayPoint[] {
	const points: DayPoint[] = [];
	if (measure.daily === null) {
		for (const week of weeks) if (week.value !== null) points.push({ day: week.endDay, value: week.value });
		return points;
	}
	for (let back = weeks.length * 7 - 1; back >= 0; back--) {
		const day = dayBack(back);
		const value = measure.daily.value(day);
		if (value !== null) points.push({ day, value });
	}
	return points;
}

/**
 * Weeks met in a row back from this week, or from last week while this week is undecided: a morning
 * before the check-in is not a failure. Past the weeks already judged, older weeks are judged as
 * needed, up to MAX_STREAK_WEEKS; a week before the journal began has no data, so it ends the walk.
 */
function streakOf(newestFirst: WeekResult[], undecided: boolean, judgeWeek: (week: number) => WeekResult): number {
	if (newestFirst[0].met !== true && !undecided) return 0;
	const first = newestFirst[0].met === true ? 0 : 1;
	let week = first;
	while (week - first < MAX_STREAK_WEEKS && (newestFirst[week] ?? judgeWeek(week)).met === true) week++;
	return week - first;
}

/**
 * The target judged week by week over the last `weekCount` rolling weeks ending `today`, using indexes
 * built once by `indexGoalData`. The streak may look further back than `weekCount`.
 */
export function evaluateTarget(target: Target, index: GoalIndex, today: LocalDay, weekCount = DEFAULT_WEEKS): TargetProgress {
	const window = effectiveWindow(target);
	const dayBack = daysBackFrom(index, today);
	const measure = measureOf(target, window, index, dayBack);
	const judgeWeek = (week: number) => weekBack(target, window, measure, index, dayBack, week * 7);
	const newestFirst = Array.from({ length: Math.max(1, Math.floor(weekCount)) }, (_, week) => judgeWeek(week));
	const thisWeek = newestFirst[0];
	const undecided = thisWeek.met !== true && !measure.recordedOn(today);
	const streak = streakOf(newestFirst, undecided, judgeWeek);
	const weeks = newestFirst.reverse();
	return { weeks, metThisWeek: thisWeek.met, undecided, streak, points: pointsOf(measure, weeks, dayBack) };
}
