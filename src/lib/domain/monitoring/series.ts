/**
 * Chart data for the check-in scales and the questionnaires: points, a trailing rolling mean, the
 * care changes that mark the time axis, and the figures of each chart's text summary. Ten years of
 * check-ins are one pass each: no per-point scans.
 */
import { addDays, daysBetween, type LocalDay } from '../dates';
import { familyOf, type InstrumentFamily } from '../instruments';
import { careTimeline } from '../medication/careChanges';
import { weekStartOf } from '../medication/adherence';
import type { Assessment, CareChange, Checkin, Instrument } from '../records';
import { RATING_SCALES, SLEEP_HOURS_AXIS_MAX } from './scales';

export type Metric = 'mood' | 'sleepHours' | 'sleepQuality' | 'energy' | 'stress' | 'concentration' | 'panicAttacks' | 'cravings';

export interface MetricInfo {
	label: string;
	/** The chart's scale; a value beyond it (a 14-hour night) extends the axis rather than being cut. */
	min: number;
	max: number;
	unit: string;
	/** What a chart's value axis counts in: the unit, or the scale for a rating. */
	axis: string;
	higherIsBetter: boolean;
}

function range(rating: keyof typeof RATING_SCALES): { min: number; max: number } {
	return { min: RATING_SCALES[rating].min, max: RATING_SCALES[rating].max };
}

export const METRICS: Record<Metric, MetricInfo> = {
	mood: { label: 'Mood', ...range('mood'), unit: '', axis: 'scale 1–5', higherIsBetter: true },
	sleepHours: { label: 'Sleep', min: 0, max: SLEEP_HOURS_AXIS_MAX, unit: 'hours', axis: 'hours', higherIsBetter: true },
	sleepQuality: { label: 'Sleep quality', ...range('sleepQuality'), unit: '', axis: 'scale 1–5', higherIsBetter: true },
	energy: { label: 'Energy', ...range('energy'), unit: '', axis: 'scale 1–5', higherIsBetter: true },
	stress: { label: 'Stress', min: 0, max: 10, unit: '', axis: 'scale 0–10', higherIsBetter: false },
	concentration: { label: 'Concentration', ...range('concentration'), unit: '', axis: 'scale 1–5', higherIsBetter: true },
	panicAttacks: { label: 'Panic attacks', min: 0, max: 5, unit: 'a day', axis: 'attacks a day', higherIsBetter: false },
	cravings: { label: 'Cravings', min: 0, max: 10, unit: '', axis: 'scale 0–10', higherIsBetter: false }
};

export type Range = '7' | '30' | '90' | '365' | 'all';

/**
 * The first day a range shows; today is its last. No range starts before the journal's first day
 * (`firstDay`): the weeks before it would only be empty. 'all' starts there.
 */
export function rangeStart(range: Range, today: LocalDay, firstDay: LocalDay | null): LocalDay {
	const began = firstDay !== null && firstDay < today ? firstDay : today;
	if (range === 'all') return began;
	const start = addDays(today, -(Number(range) - 1));
	return firstDay !== null && start < began ? began : start;
}

export interface DayValue {
	day: LocalDay;
	value: number;
}

export interface MetricSeries {
	points: DayValue[];
	rolling: DayValue[];
}

/** Ranges longer than this are drawn as weekly means, so all time stays a few hundred points. */
export const WEEKLY_AFTER_DAYS = 400;

interface Entry {
	/** Days since the series' origin. */
	n: number;
	value: number;
}

interface Bucket {
	day: LocalDay;
	/** The bucket's last day number: its rolling mean ends there. */
	end: number;
	sum: number;
	count: number;
}

/** The values inside [from, to], in day order, as day numbers counted from `origin`. */
function entriesOf(checkins: readonly Checkin[], metric: Metric, from: LocalDay, to: LocalDay, origin: LocalDay): Entry[] {
	const entries: Entry[] = [];
	let sorted = true;
	for (const checkin of checkins) {
		const value = checkin[metric];
		if (value === null || checkin.day < from || checkin.day > to) continue;
		const n = daysBetween(origin, checkin.day);
		if (entries.length > 0 && n < entries[entries.length - 1].n) sorted = false;
		entries.push({ n, value });
	}
	// The database hands check-ins over in day order; sort only when someone did not.
	return sorted ? entries : entries.sort((a, b) => a.n - b.n);
}

/** Each entry from day number `first` on is a point; weekly, the entries of one week are one point. */
function bucketsOf(entries: readonly Entry[], first: number, origin: LocalDay, weekly: boolean): Bucket[] {
	const buckets: Bucket[] = [];
	for (const entry of entries) {
		if (entry.n < first) continue;
		const start = weekly ? entry.n - (entry.n % 7) : entry.n;
		const last = buckets[buckets.length - 1];
		if (weekly && last !== undefined && last.end === start + 6) {
			last.sum += entry.value;
			last.count++;
		} else {
			buckets.push({ day: addDays(origin, start), end: weekly ? start + 6 : start, sum: entry.value, count: 1 });
		}
	}
	return buckets;
}

/**
 * Points for the days that have a value, and beside each the mean of the values in the `window`
 * calendar days ending there (missing days simply don't count). Over more than 400 days the points
 * are weekly means dated on the Monday, and the rolling mean spans `window` weeks of daily values.
 * Values just before `from` count toward the first rolling means, so the line does not start from
 * a day or two.
 */
export function metricSeries(
	checkins: readonly Checkin[],
	metric: Metric,
	from: LocalDay,
	to: LocalDay,
	window = 7
): MetricSeries {
	const weekly = daysBetween(from, to) + 1 > WEEKLY_AFTER_DAYS;
	const origin = weekly ? weekStartOf(from) : from;
	const span = Math.max(1, Math.floor(window)) * (weekly ? 7 : 1);
	const entries = entriesOf(checkins, metric, addDays(origin, -span), to, origin);
	const buckets = bucketsOf(entries, daysBetween(origin, from), origin, weekly);
	const points: DayValue[] = [];
	const rolling: DayValue[] = [];
	let oldest = 0;
	let next = 0;
	let sum = 0;
	for (const bucket of buckets) {
		while (next < entries.length && entries[next].n <= bucket.end) sum += entries[next++].value;
		while (entries[oldest].n <= bucket.end - span) sum -= entries[oldest++].value;
		points.push({ day: bucket.day, value: bucket.sum / bucket.count });
		rolling.push({ day: bucket.day, value: sum / (next - oldest) });
	}
	return { points, rolling };
}

export interface CareMarker {
	day: LocalDay;
	label: string;
	kind: CareChange['kind'];
}

/** "25 mg → 50 mg", or just the side that was recorded. */
function changeText(change: CareChange): string {
	const from = change.from.trim();
	const to = change.to.trim();
	if (from !== '' && to !== '' && from !== to) return `${from} → ${to}`;
	return to || from;
}

/** "Sertraline 25 mg → 50 mg"; a comma after a `what` ending in a number ("step 2 of 4, 25 mg → 50 mg"). */
export function careChangeLabel(change: CareChange): string {
	const what = change.what.trim();
	const detail = changeText(change);
	if (detail === '') return what;
	return `${what}${/\d$/.test(what) ? ', ' : ' '}${detail}`;
}

/** Every care change inside [from, to], oldest first, labelled for the time axis. */
export function careChangeMarkers(changes: readonly CareChange[], from: LocalDay, to: LocalDay): CareMarker[] {
	return careTimeline(changes.filter((change) => change.day >= from && change.day <= to)).map((change) => ({
		day: change.day,
		label: careChangeLabel(change),
		kind: change.kind
	}));
}

export interface ScorePoint {
	at: string;
	day: LocalDay;
	score: number;
	band: string;
	instrument: Instrument;
}

/** The local day an answer was given: the date on the clock where it was recorded. */
function dayOfInstant(at: string): LocalDay {
	return at.slice(0, 10);
}

/** One family's questionnaire results inside [from, to], oldest first. */
export function scoreSeries(
	assessments: readonly Assessment[],
	family: InstrumentFamily,
	from: LocalDay,
	to: LocalDay
): ScorePoint[] {
	return assessments
		.filter((assessment) => familyOf(assessment.instrument) === family)
		.map((assessment) => ({ assessment, time: Date.parse(assessment.at), day: dayOfInstant(assessment.at) }))
		.filter(({ day }) => day >= from && day <= to)
		.sort((a, b) => a.time - b.time)
		.map(({ assessment, day }) => ({
			at: assessment.at,
			day,
			score: assessment.score,
			band: assessment.band,
			instrument: assessment.instrument
		}));
}

export type Trend = 'up' | 'down' | 'flat';

export interface Summary {
	count: number;
	mean: number | null;
	min: number | null;
	max: number | null;
	first: number | null;
	last: number | null;
	trend: Trend | null;
}

function meanOf(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Fewer points than this say nothing about a direction: a week of days, at least. */
export const MIN_TREND_POINTS = 7;

/**
 * The figures a chart's text summary reads out. The trend compares the first third with the last;
 * a difference under 5 % of the scale (`scaleRange`, e.g. 4 for mood 1–5) is called flat, and fewer
 * than MIN_TREND_POINTS points have no trend.
 */
export function summarise(points: readonly { value: number }[], scaleRange: number): Summary {
	const values = points.map((point) => point.value);
	if (values.length === 0) return { count: 0, mean: null, min: null, max: null, first: null, last: null, trend: null };
	const third = Math.floor(values.length / 3);
	let trend: Trend | null = null;
	if (values.length >= MIN_TREND_POINTS) {
		const difference = meanOf(values.slice(-third)) - meanOf(values.slice(0, third));
		trend = Math.abs(difference) < 0.05 * scaleRange ? 'flat' : difference > 0 ? 'up' : 'down';
	}
	return {
		count: values.length,
		mean: meanOf(values),
		min: values.reduce((min, value) => Math.min(min, value)),
		max: values.reduce((max, value) => Math.max(max, value)),
		first: values[0],
		last: values[values.length - 1],
		trend
	};
}
