/**
 * The weekly summaries a supporter's board shows, on the scales they are recorded on: mood and energy
 * on the check-in's 1–5 ratings with their words, sleep in hours, doses taken in percent. The scales
 * come from the check-in's own definitions (scales.ts), never from numbers written here.
 */
import type { LocalDay } from '../dates';
import { RATING_SCALES, SLEEP_HOURS_AXIS_MAX } from './scales';

export interface ChartScale {
	min: number;
	max: number;
	/** Written after a number: ' h', '%'; '' for a rating. */
	unit: string;
	/** The words of each whole step from `min` (a rating), or null for a plain quantity. */
	words: readonly string[] | null;
}

export interface WeeklyChart {
	title: string;
	/** One figure a week, oldest first; null for a week with nothing recorded. */
	values: (number | null)[];
	/** The day the last week ends. */
	endDay: LocalDay;
	scale: ChartScale;
}

export const WEEKLY_SCALES = {
	mood: { ...RATING_SCALES.mood, unit: '' },
	energy: { ...RATING_SCALES.energy, unit: '' },
	sleepHours: { min: 0, max: SLEEP_HOURS_AXIS_MAX, unit: ' h', words: null },
	adherence: { min: 0, max: 100, unit: '%', words: null }
} as const satisfies Record<string, ChartScale>;

/** What a board carries of the weekly summaries (share/projection's snapshot), each null when not shared. */
export interface WeeklySummaries {
	wellbeing: { endDay: LocalDay; mood: (number | null)[]; sleepHours: (number | null)[]; energy: (number | null)[] } | null;
	adherence: { endDay: LocalDay; values: (number | null)[] } | null;
}

const rated = (label: string, scale: ChartScale) => `${label}, weekly average (${scale.min}–${scale.max})`;

/** The board's "Week by week" charts, in the order shown. */
export function boardWeeklyCharts(summaries: WeeklySummaries): WeeklyChart[] {
	const charts: WeeklyChart[] = [];
	const { wellbeing, adherence } = summaries;
	if (wellbeing) {
		const { endDay } = wellbeing;
		charts.push(
			{ title: rated('Mood', WEEKLY_SCALES.mood), values: wellbeing.mood, endDay, scale: WEEKLY_SCALES.mood },
			{ title: 'Sleep, hours a night', values: wellbeing.sleepHours, endDay, scale: WEEKLY_SCALES.sleepHours },
			{ title: rated('Energy', WEEKLY_SCALES.energy), values: wellbeing.energy, endDay, scale: WEEKLY_SCALES.energy }
		);
	}
	if (adherence) {
		charts.push({ title: 'Doses taken', values: adherence.values, endDay: adherence.endDay, scale: WEEKLY_SCALES.adherence });
	}
	return charts;
}

export interface AxisTick {
	value: number;
	label: string;
}

/** The top of the axis: the scale's top, or a little above a figure beyond it (a 14-hour night), in whole pairs. */
export function axisTop(scale: ChartScale, values: readonly (number | null)[]): number {
	const highest = Math.max(...values.map((value) => value ?? scale.min));
	return highest > scale.max ? Math.ceil(highest / 2) * 2 : scale.max;
}

/** The values marked on the axis: every step of a rating with its words ("1 Very low" … "5 Very good"), else bottom, middle, top. */
export function axisTicks(scale: ChartScale, top: number): AxisTick[] {
	if (scale.words) return scale.words.map((word, step) => ({ value: scale.min + step, label: `${scale.min + step} ${word}` }));
	return [scale.min, (scale.min + top) / 2, top].map((value) => ({ value, label: `${value}${scale.unit}` }));
}

/** A week's figure in words: "3.4 of 5 (Okay)" for a rating (its nearest step's words), "7.5 h", "80%". */
export function valueText(scale: ChartScale, value: number | null): string {
	if (value === null) return 'no data';
	if (!scale.words) return `${value}${scale.unit}`;
	const word = value >= scale.min && value <= scale.max ? scale.words[Math.round(value) - scale.min] : undefined;
	return word === undefined ? `${value} of ${scale.max}` : `${value} of ${scale.max} (${word})`;
}

/**
 * A week's figure short enough to sit on its bar: "3.4" for a rating (the axis names the scale), "7.5" for
 * hours, "86%" for doses (whole percent), a plain count as it is; one decimal at most. Null for a week with
 * nothing recorded.
 */
export function barLabel(scale: ChartScale | undefined, value: number | null): string | null {
	if (value === null) return null;
	return scale?.unit === '%' ? `${Math.round(value)}%` : String(Math.round(value * 10) / 10);
}
