/**
 * Shared helpers for the time charts: local days as UTC-midnight numbers (parsed by components,
 * never with `new Date(string)`), date and value ticks, the dots path and the care-change markers.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { CARE_CHANGE_KIND_LABELS } from '$lib/domain/medication/labels';
import type { CareChange } from '$lib/domain/records';

export const DAY_MS = 86_400_000;

export interface DayValue {
	day: string;
	value: number;
}

export interface ChartMarker {
	day: string;
	label: string;
	kind: CareChange['kind'];
}

/** A marker with its place on the chart: `number` is what its badge and legend entry show. */
export interface PlacedMarker extends ChartMarker {
	number: number;
	x: number;
	row: number;
}

export interface Tick {
	at: number;
	text: string;
	anchor?: 'start' | 'middle' | 'end';
}

/** What the chart's explorer shows for one point: where it is and its words. */
export interface FramePoint {
	x: number;
	y: number;
	date: string;
	value: string;
}

/** The plot area inside the SVG, in pixels (the viewBox is the measured width, so 1 unit = 1 CSS px). */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** 'YYYY-MM-DD' → the UTC midnight of that calendar day, read by components. */
export function dayMs(day: string): number {
	return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per style: building an Intl formatter per point would dominate a ten-year chart. */
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = JSON.stringify(options);
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
		formats.set(key, format);
	}
	return format;
}

/** "3 March 2026" (long) or "3 Mar 2026" (short), in the person's locale. */
export function formatDay(day: string, style: 'long' | 'short' = 'long'): string {
	return formatter({ day: 'numeric', month: style, year: 'numeric' }).format(dayMs(day));
}

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "7.5 hours", "4": means keep one decimal, the unit only when there is one. */
export function formatValue(value: number, unit = ''): string {
	const text = numbers.format(value);
	return unit ? `${text} ${unit}` : text;
}

/** The time scale over [from, to]; a single day gets half a day either side so its point is centred. */
export function timeScale(from: string, to: string, left: number, right: number): ScaleTime<number, number> {
	const start = dayMs(from);
	const end = Math.max(dayMs(to), start);
	const domain = start === end ? [start - DAY_MS / 2, end + DAY_MS / 2] : [start, end];
	return scaleUtc().domain(domain).range([left, right]);
}

/** Rough width of a 0.75rem tick label: enough to keep neighbours from touching. */
const CHAR_WIDTH = 6.6;

/** Labels for ticks: years alone at year starts; over long spans the year only where it changes. */
function tickLabels(dates: Date[], spanDays: number): string[] {
	if (dates.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1)) {
		return dates.map((date) => formatter({ year: 'numeric' }).format(date));
	}
	if (spanDays > 300) {
		return dates.map((date, index) =>
			formatter(
				index === 0 || date.getUTCFullYear() !== dates[index - 1].getUTCFullYear()
					? { month: 'short', year: 'numeric' }
					: { month: 'short' }
			).format(date)
		);
	}
	const format = dates.every((date) => date.getUTCDate() === 1)
		? formatter({ month: 'short' })
		: formatter({ day: 'numeric', month: 'short' });
	return dates.map((date) => format.format(date));
}

/** Calendar-aligned date ticks, labelled as briefly as their spacing allows, thinned until none overlap. */
export function dateTicks(x: ScaleTime<number, number>, count: number): Tick[] {
	const [start, end] = x.domain();
	const [left, right] = x.range();
	const spanDays = (end.getTime() - start.getTime()) / DAY_MS;
	let best: Tick[] = [];
	for (let n = Math.max(2, count); n >= 1; n--) {
		const dates = x.ticks(n).filter((date) => date.getUTCHours() === 0);
		const labels = tickLabels(dates, spanDays);
		const kept: Tick[] = [];
		let lastEnd = -Infinity;
		dates.forEach((date, index) => {
			const at = x(date);
			const width = labels[index].length * CHAR_WIDTH;
			const anchor = at - width / 2 < left - 8 ? 'start' : at + width / 2 > right + 8 ? 'end' : 'middle';
			const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
			if (start - lastEnd < 6) return;
			kept.push({ at, text: labels[index], anchor });
			lastEnd = start + width;
		});
		if (kept.length === dates.length && (kept.length >= 2 || kept.length >= best.length)) return kept;
		// When no spacing fits every tick, the fullest set with a few left out beats a lone year.
		if (kept.length > best.length) best = kept;
	}
	return best;
}

/** Words broken greedily into lines of at most `chars` characters (a long word keeps its own line). */
export function wrapWords(text: string, chars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.length - 1;
		if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** One path of small circles: a single DOM node whether there are 7 points or 3,650. */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, r: number): string {
	const parts: string[] = [];
	const arc = `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
	for (let index = 0; index < xs.length; index++) {
		parts.push(`M${(xs[index] - r).toFixed(1)},${ys[index].toFixed(1)}${arc}`);
	}
	return parts.join('');
}

/** "dose step" for `doseStep`, as the legend says it after a marker. */
export function kindLabel(kind: CareChange['kind']): string {
	return CARE_CHANGE_KIND_LABELS[kind].toLowerCase();
}

export const MARKER_ROW = 20;
const MAX_ROWS = 3;

/**
 * Markers inside [from, to], numbered in day order and staggered into up to three rows of badges
 * so that neighbours a few pixels apart stay readable; the legend under the chart carries the words.
 */
export function placeMarkers(
	markers: readonly ChartMarker[],
	x: ScaleTime<number, number>,
	from: string,
	to: string,
	gap = 24
): PlacedMarker[] {
	const inside = markers.filter((marker) => marker.day >= from && marker.day <= to).sort((a, b) => (a.day < b.day ? -1 : 1));
	const rowEnds: number[] = [];
	return inside.map((marker, index) => {
		const at = x(dayMs(marker.day));
		let row = rowEnds.findIndex((end) => at - end >= gap);
		if (row === -1) row = rowEnds.length < MAX_ROWS ? rowEnds.length : index % MAX_ROWS;
		rowEnds[row] = at;
		return { ...marker, number: index + 1, x: at, row };
	});
}

/** Height of the badge lane above the plot. */
export function laneHeight(markers: readonly PlacedMarker[]): number {
	if (markers.length === 0) return 8;
	return (Math.max(...markers.map((marker) => marker.row)) + 1) * MARKER_ROW + 6;
}
