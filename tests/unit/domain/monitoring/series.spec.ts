import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/dates';
import { careChangeMarkers, metricSeries, METRICS, rangeStart, scoreSeries, summarise } from '$lib/domain/monitoring/series';
import type { CareChange, Checkin } from '$lib/domain/records';
import { assessmentRecord, careChangeRecord, checkinRecord } from '../../../fixtures/factories';

const checkin = checkinRecord;

/** Ten days in March: the 4th and 9th have no check-in, the 3rd has one without a mood. */
const JOURNAL: Checkin[] = [
	checkin('2026-03-01', { mood: 3, sleepHours: 7 }),
	checkin('2026-03-02', { mood: 4, sleepHours: 8 }),
	checkin('2026-03-03', { mood: null, sleepHours: 6 }),
	checkin('2026-03-05', { mood: 2, sleepHours: 5.5 }),
	checkin('2026-03-06', { mood: 5 }),
	checkin('2026-03-07', { mood: 1 }),
	checkin('2026-03-08', { mood: 3 }),
	checkin('2026-03-10', { mood: 4 })
];

function days(series: { day: string }[]): string[] {
	return series.map((point) => point.day);
}

function values(series: { value: number }[]): number[] {
	return series.map((point) => point.value);
}

describe('metricSeries on a hand-computed journal', () => {
	it('has a point for each day with a value, skipping gaps and blanks', () => {
		const { points } = metricSeries(JOURNAL, 'mood', '2026-03-01', '2026-03-10');
		expect(days(points)).toEqual([
			'2026-03-01',
			'2026-03-02',
			'2026-03-05',
			'2026-03-06',
			'2026-03-07',
			'2026-03-08',
			'2026-03-10'
		]);
		expect(values(points)).toEqual([3, 4, 2, 5, 1, 3, 4]);
	});

	it('averages the values of the last 3 calendar days that have one', () => {
		const { points, rolling } = metricSeries(JOURNAL, 'mood', '2026-03-01', '2026-03-10', 3);
		expect(days(rolling)).toEqual(days(points));
		// 1st: 3 · 2nd: 3,4 · 5th: (3rd, 4th empty) 2 · 6th: 2,5 · 7th: 2,5,1 · 8th: 5,1,3 · 10th: 3,4
		const expected = [3, 3.5, 2, 3.5, 8 / 3, 3, 3.5];
		values(rolling).forEach((value, index) => expect(value, days(rolling)[index]).toBeCloseTo(expected[index], 10));
	});

	it('averages over 7 calendar days by default', () => {
		const { rolling } = metricSeries(JOURNAL, 'mood', '2026-03-01', '2026-03-10');
		// 5th: 3,4,2 · 6th: 3,4,2,5 · 7th: 3,4,2,5,1 · 8th: 4,2,5,1,3 · 10th: 2,5,1,3,4
		const expected = [3, 3.5, 3, 3.5, 3, 3, 3];
		values(rolling).forEach((value, index) => expect(value).toBeCloseTo(expected[index], 10));
	});

	it('shows only the chosen days, but lets the days just before count toward the rolling mean', () => {
		const { points, rolling } = metricSeries(JOURNAL, 'mood', '2026-03-02', '2026-03-07', 3);
		expect(days(points)).toEqual(['2026-03-02', '2026-03-05', '2026-03-06', '2026-03-07']);
		expect(values(rolling)).toEqual([3.5, 2, 3.5, 8 / 3]);
	});

	it('gives the same answer whatever order the check-ins come in', () => {
		const shuffled = [JOURNAL[5], JOURNAL[0], JOURNAL[7], JOURNAL[2], JOURNAL[1], JOURNAL[6], JOURNAL[3], JOURNAL[4]];
		expect(metricSeries(shuffled, 'mood', '2026-03-01', '2026-03-10', 3)).toEqual(
			metricSeries(JOURNAL, 'mood', '2026-03-01', '2026-03-10', 3)
		);
	});

	it('reads any metric, and is empty when there is nothing to show', () => {
		const sleep = metricSeries(JOURNAL, 'sleepHours', '2026-03-01', '2026-03-10', 3);
		expect(values(sleep.points)).toEqual([7, 8, 6, 5.5]);
		expect(values(sleep.rolling)).toEqual([7, 7.5, 7, 5.75]);
		expect(metricSeries(JOURNAL, 'cravings', '2026-03-01', '2026-03-10')).toEqual({ points: [], rolling: [] });
		expect(metricSeries([], 'mood', '2026-03-01', '2026-03-10')).toEqual({ points: [], rolling: [] });
	});
});

describe('metricSeries over ten years', () => {
	const FIRST = '2016-11-07'; // a Monday
	const TEN_YEARS = Array.from({ length: 3_650 }, (_, i) => checkin(addDays(FIRST, i), { mood: 1 + (i % 5) }));
	const LAST = TEN_YEARS[TEN_YEARS.length - 1].day;

	it('draws weekly means dated on Mondays, a few hundred points, quickly', () => {
		const started = performance.now();
		const { points, rolling } = metricSeries(TEN_YEARS, 'mood', FIRST, LAST);
		const elapsed = performance.now() - started;
		expect(points).toHaveLength(522);
		expect(rolling).toHaveLength(522);
		// Week 1 is days 0–6: moods 1,2,3,4,5,1,2.
		expect(points[0]).toEqual({ day: FIRST, value: 18 / 7 });
		expect(points[1].day).toBe('2016-11-14');
		// The last week has three days (3647–3649): moods 3,4,5.
		expect(points[521]).toEqual({ day: addDays(FIRST, 521 * 7), value: 4 });
		// Its rolling mean spans 7 weeks (days 3605–3649): nine whole cycles of 1–5.
		expect(rolling[521].value).toBeCloseTo(3, 10);
		expect(rolling[0].value).toBeCloseTo(18 / 7, 10);
		expect(elapsed).toBeLessThan(250);
	});

	it('dates the first week on the Monday before a mid-week start, counting only days in range', () => {
		const { points } = metricSeries(TEN_YEARS, 'mood', '2016-11-10', LAST);
		// Thursday 10th to Sunday 13th: days 3–6, moods 4,5,1,2.
		expect(points[0]).toEqual({ day: FIRST, value: 3 });
	});

	it('stays daily up to 400 days and turns weekly after', () => {
		expect(metricSeries(TEN_YEARS, 'mood', FIRST, addDays(FIRST, 399)).points).toHaveLength(400);
		expect(metricSeries(TEN_YEARS, 'mood', FIRST, addDays(FIRST, 400)).points).toHaveLength(58);
	});
});

describe('ranges', () => {
	it('ends every range today', () => {
		expect(rangeStart('7', '2026-03-10', '2020-01-01')).toBe('2026-03-04');
		expect(rangeStart('30', '2026-03-10', null)).toBe('2026-02-09');
		expect(rangeStart('90', '2026-03-10', null)).toBe('2025-12-11');
		expect(rangeStart('365', '2026-03-10', null)).toBe('2025-03-11');
	});

	it('never starts before the journal began: the weeks before it would only be empty', () => {
		expect(rangeStart('30', '2026-03-10', '2026-03-01')).toBe('2026-03-01');
		expect(rangeStart('365', '2026-03-10', '2026-03-10')).toBe('2026-03-10');
		expect(rangeStart('7', '2026-03-10', '2026-03-04')).toBe('2026-03-04');
	});

	it('starts all time at the first check-in, or today when there is none', () => {
		expect(rangeStart('all', '2026-03-10', '2019-05-01')).toBe('2019-05-01');
		expect(rangeStart('all', '2026-03-10', null)).toBe('2026-03-10');
	});

	it('describes every metric with a sensible scale', () => {
		expect(METRICS.mood).toMatchObject({ label: 'Mood', min: 1, max: 5, higherIsBetter: true });
		expect(METRICS.stress).toMatchObject({ min: 0, max: 10, higherIsBetter: false });
		for (const info of Object.values(METRICS)) expect(info.max).toBeGreaterThan(info.min);
	});
});

function change(day: string, fields: Partial<CareChange>): CareChange {
	const kind = fields.kind ?? 'doseStep';
	return careChangeRecord(`change-${day}-${kind}`, day, kind, { what: 'Sertraline', ...fields });
}

describe('careChangeMarkers', () => {
	it('labels each change in the range with what changed, from → to, oldest first', () => {
		const changes = [
			change('2026-03-08', { what: 'Sertraline', from: '25 mg', to: '50 mg', kind: 'doseChange' }),
			change('2026-03-01', { what: 'Started Sertraline', to: '25 mg', kind: 'start' }),
			change('2026-03-09', { what: 'Sertraline: step 2 of 4', from: '50 mg', to: '75 mg' }),
			change('2026-03-20', { what: 'Stopped Sertraline', from: '75 mg', to: 'stopped', kind: 'stop' }),
			change('2026-02-01', { what: 'Therapy every week', kind: 'therapyChange' })
		];
		expect(careChangeMarkers(changes, '2026-03-01', '2026-03-20')).toEqual([
			{ day: '2026-03-01', label: 'Started Sertraline 25 mg', kind: 'start' },
			{ day: '2026-03-08', label: 'Sertraline 25 mg → 50 mg', kind: 'doseChange' },
			{ day: '2026-03-09', label: 'Sertraline: step 2 of 4, 50 mg → 75 mg', kind: 'doseStep' },
			{ day: '2026-03-20', label: 'Stopped Sertraline 75 mg → stopped', kind: 'stop' }
		]);
		expect(careChangeMarkers(changes, '2026-02-01', '2026-02-01')).toEqual([
			{ day: '2026-02-01', label: 'Therapy every week', kind: 'therapyChange' }
		]);
	});
});

describe('scoreSeries', () => {
	const results = [
		assessmentRecord('PHQ-9', '2026-03-15T09:00:00.000+00:00', 12),
		assessmentRecord('GAD-7', '2026-03-02T09:00:00.000+00:00', 6),
		assessmentRecord('PHQ-8', '2026-03-01T21:00:00.000-05:00', 4),
		assessmentRecord('PHQ-9', '2026-03-01T23:00:00.000+00:00', 7),
		assessmentRecord('PHQ-9', '2026-04-01T09:00:00.000+00:00', 3)
	];

	it('keeps one family in time order, dated on the local day it was answered', () => {
		const points = scoreSeries(results, 'PHQ', '2026-03-01', '2026-03-31');
		// 21:00 in New York is 02:00 UTC the next day: after the 23:00 UTC result, still on the 1st locally.
		expect(points.map((point) => [point.day, point.score, point.instrument])).toEqual([
			['2026-03-01', 7, 'PHQ-9'],
			['2026-03-01', 4, 'PHQ-8'],
			['2026-03-15', 12, 'PHQ-9']
		]);
		expect(points[2]).toEqual({
			at: '2026-03-15T09:00:00.000+00:00',
			day: '2026-03-15',
			score: 12,
			band: 'moderate',
			instrument: 'PHQ-9'
		});
		expect(scoreSeries(results, 'GAD-7', '2026-03-01', '2026-03-31').map((point) => point.score)).toEqual([6]);
	});
});

describe('summarise', () => {
	const points = (list: number[]) => list.map((value) => ({ value }));

	it('reads out count, mean, extremes, first and last', () => {
		expect(summarise(points([3, 1, 4, 1, 5, 9, 2]), 4)).toEqual({
			count: 7,
			mean: 25 / 7,
			min: 1,
			max: 9,
			first: 3,
			last: 2,
			trend: 'up' // first third 3,1 → 2; last third 9,2 → 5.5
		});
	});

	it('calls a trend flat under 5 % of the scale', () => {
		expect(summarise(points([3, 3, 3, 3, 3, 3, 3.19]), 4).trend).toBe('flat'); // 0.095 < 0.2
		expect(summarise(points([3, 3, 3, 3, 3, 3, 3.41]), 4).trend).toBe('up'); // 0.205 ≥ 0.2
		expect(summarise(points([7, 6, 5, 4, 3, 2, 1]), 4).trend).toBe('down');
		expect(summarise(points([10, 10, 10, 10, 10, 10, 9]), 27).trend).toBe('flat');
	});

	it('has no trend from fewer than seven points, and nothing at all from none', () => {
		expect(summarise(points([1, 2, 3, 4, 5, 6]), 4).trend).toBeNull();
		expect(summarise(points([1, 5]), 4).trend).toBeNull();
		expect(summarise([], 4)).toEqual({ count: 0, mean: null, min: null, max: null, first: null, last: null, trend: null });
	});
});
