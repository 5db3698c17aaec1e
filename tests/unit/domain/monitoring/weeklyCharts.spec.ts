import { describe, expect, it } from 'vitest';
import { RATING_SCALES } from '$lib/domain/monitoring/scales';
import { axisTicks, axisTop, barLabel, boardWeeklyCharts, valueText, WEEKLY_SCALES } from '$lib/domain/monitoring/weeklyCharts';

const END = '2026-03-01';
const summary = {
	wellbeing: { endDay: END, mood: [null, 2.5, 3], sleepHours: [null, 6.5, 7.5], energy: [null, 4, 1] },
	adherence: { endDay: END, values: [null, 80, 100] }
};

describe('the board’s weekly charts', () => {
	it('draw mood and energy on the scales they are recorded on (1–5), sleep in hours and doses in %', () => {
		const charts = boardWeeklyCharts(summary);
		expect(charts.map((chart) => [chart.title, chart.scale.min, chart.scale.max, chart.scale.unit])).toEqual([
			['Mood, weekly average (1–5)', 1, 5, ''],
			['Sleep, hours a night', 0, 12, ' h'],
			['Energy, weekly average (1–5)', 1, 5, ''],
			['Doses taken', 0, 100, '%']
		]);
		expect(charts.map((chart) => chart.values)).toEqual([
			[null, 2.5, 3],
			[null, 6.5, 7.5],
			[null, 4, 1],
			[null, 80, 100]
		]);
		expect(charts.every((chart) => chart.endDay === END)).toBe(true);
	});

	it('take the rating scales from the check-in’s own definitions', () => {
		expect(WEEKLY_SCALES.mood).toMatchObject(RATING_SCALES.mood);
		expect(WEEKLY_SCALES.energy).toMatchObject(RATING_SCALES.energy);
	});

	it('show only what the owner shares', () => {
		expect(boardWeeklyCharts({ wellbeing: null, adherence: summary.adherence }).map((chart) => chart.title)).toEqual([
			'Doses taken'
		]);
		expect(boardWeeklyCharts({ wellbeing: null, adherence: null })).toEqual([]);
	});
});

describe('axis ticks', () => {
	it('name every step of a rating scale with its words', () => {
		expect(axisTicks(WEEKLY_SCALES.mood, 5)).toEqual([
			{ value: 1, label: '1 Very low' },
			{ value: 2, label: '2 Low' },
			{ value: 3, label: '3 Okay' },
			{ value: 4, label: '4 Good' },
			{ value: 5, label: '5 Very good' }
		]);
	});

	it('give hours and percentages their unit, reaching as far as the axis does', () => {
		expect(axisTicks(WEEKLY_SCALES.sleepHours, 12).map((tick) => tick.label)).toEqual(['0 h', '6 h', '12 h']);
		expect(axisTicks(WEEKLY_SCALES.sleepHours, 14).map((tick) => tick.label)).toEqual(['0 h', '7 h', '14 h']);
		expect(axisTicks(WEEKLY_SCALES.adherence, 100).map((tick) => tick.label)).toEqual(['0%', '50%', '100%']);
	});
});

describe('the top of the axis', () => {
	it('is the scale’s top, unless a week goes beyond it', () => {
		expect(axisTop(WEEKLY_SCALES.mood, [3, null, 5])).toBe(5);
		expect(axisTop(WEEKLY_SCALES.adherence, [null, null])).toBe(100);
		expect(axisTop(WEEKLY_SCALES.sleepHours, [7, 13.5])).toBe(14);
	});
});

describe('a week’s value in words', () => {
	it('says a rating against its scale, with the nearest step’s words', () => {
		expect(valueText(WEEKLY_SCALES.mood, 3)).toBe('3 of 5 (Okay)');
		expect(valueText(WEEKLY_SCALES.mood, 3.4)).toBe('3.4 of 5 (Okay)');
		expect(valueText(WEEKLY_SCALES.energy, 4.6)).toBe('4.6 of 5 (High)');
		expect(valueText(WEEKLY_SCALES.mood, null)).toBe('no data');
	});

	it('says hours and percentages with their unit', () => {
		expect(valueText(WEEKLY_SCALES.sleepHours, 7.5)).toBe('7.5 h');
		expect(valueText(WEEKLY_SCALES.adherence, 80)).toBe('80%');
	});

	it('never names a step for a value off the scale', () => {
		expect(valueText(WEEKLY_SCALES.mood, 9)).toBe('9 of 5');
	});
});

describe('a value on its bar', () => {
	it('is the number alone, one decimal at most, doses in whole percent', () => {
		expect(barLabel(WEEKLY_SCALES.mood, 3.4166)).toBe('3.4');
		expect(barLabel(WEEKLY_SCALES.mood, 4)).toBe('4');
		expect(barLabel(WEEKLY_SCALES.sleepHours, 7.25)).toBe('7.3');
		expect(barLabel(WEEKLY_SCALES.adherence, 85.71)).toBe('86%');
		expect(barLabel(undefined, 5)).toBe('5');
	});

	it('is left off for a week with nothing recorded', () => {
		expect(barLabel(WEEKLY_SCALES.mood, null)).toBeNull();
		expect(barLabel(undefined, null)).toBeNull();
	});
});
