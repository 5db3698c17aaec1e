import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '$lib/domain/dates';
import {
	chartWeeks,
	DEFAULT_WEEKS,
	describeTarget,
	effectiveWindow,
	evaluateTarget,
	indexGoalData,
	MAX_STREAK_WEEKS,
	meets,
	type GoalData,
	type MedicationData,
	type Target
} from '$lib/domain/goals/target';
import { adherence } from '$lib/domain/medication/adherence';
import { instantAt } from '$lib/domain/medication/zone';
import { TARGET_METRICS, type Checkin, type DoseEvent } from '$lib/domain/records';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import {
	assessmentRecord,
	checkinRecord,
	copingUseRecord,
	doseEventRecord,
	medicationRecord,
	scheduleRecord,
	slotRecord
} from '../../../fixtures/factories';
import { generateTenYears, TEN_YEARS_LAST_DAY } from '../../../fixtures/tenYears';

const LONDON = 'Europe/London';

const target = (overrides: Partial<Target>): Target => ({
	metric: 'sleepHours',
	comparison: '>=',
	value: 7,
	window: { kind: 'daysOfWeek', days: 5 },
	subjectId: null,
	...overrides
});

function evaluate(goal: Partial<Target>, data: GoalData, today: string, weeks?: number) {
	return evaluateTarget(target(goal), indexGoalData(data), today, weeks);
}

/** Check-ins on consecutive days from `firstDay`, one field set; null leaves the day without a check-in. */
function daily(firstDay: string, values: (number | null)[], field: keyof Checkin = 'sleepHours'): Checkin[] {
	return values.flatMap((value, offset) =>
		value === null ? [] : [checkinRecord(addDays(firstDay, offset), { [field]: value })]
	);
}

/** Wednesday 11 March 2026: this week is Thu 5 – Wed 11 March, last week Thu 26 February – Wed 4 March. */
const TODAY = '2026-03-11';

/** Two hand-counted weeks of sleep; 8 March has no check-in, 2 March one without sleep hours. */
const SLEEP: Checkin[] = [
	...daily('2026-02-26', [7, 5, 8, 6]),
	checkinRecord('2026-03-02', { mood: 3 }),
	...daily('2026-03-03', [7.5, null, 7, 6.5, 8, null, 7.5, 9, 7])
];

describe('a target on D of 7 days', () => {
	it('counts the nights that meet the threshold, week by week, oldest week first', () => {
		const result = evaluate({}, { checkins: SLEEP }, TODAY, 3);
		expect(result.weeks).toEqual([
			{ startDay: '2026-02-19', endDay: '2026-02-25', value: null, met: null, daysWithData: 0 },
			// 7, 8 and 7.5 meet ≥ 7; 5 and 6 do not; 2 and 4 March have no sleep hours.
			{ startDay: '2026-02-26', endDay: '2026-03-04', value: 3, met: false, daysWithData: 5 },
			// 7 (twice), 8, 7.5 and 9 meet; 6.5 does not; 8 March is missing.
			{ startDay: '2026-03-05', endDay: '2026-03-11', value: 5, met: true, daysWithData: 6 }
		]);
		expect(result).toMatchObject({ metThisWeek: true, undecided: false, streak: 1 });
	});

	it('applies the comparison to each night, exactly at the threshold too', () => {
		const thisWeek = (goal: Partial<Target>) => evaluate(goal, { checkins: SLEEP }, TODAY, 1).weeks[0].value;
		expect(thisWeek({ comparison: '>' })).toBe(3);
		expect(thisWeek({ comparison: '=' })).toBe(2);
		expect(thisWeek({ comparison: '<=' })).toBe(3);
		expect(thisWeek({ comparison: '<' })).toBe(1);
		expect(thisWeek({ comparison: '>=', value: 9 })).toBe(1);
	});

	it('needs the number of days, and does not count a missing day as met', () => {
		expect(evaluate({ window: { kind: 'daysOfWeek', days: 5 } }, { checkins: SLEEP }, TODAY).metThisWeek).toBe(true);
		expect(evaluate({ window: { kind: 'daysOfWeek', days: 6 } }, { checkins: SLEEP }, TODAY).metThisWeek).toBe(false);
		// Four nights of 9 hours cannot make 5 of 7.
		const four = daily('2026-03-05', [9, null, 9, null, 9, null, 9]);
		expect(evaluate({}, { checkins: four }, TODAY).weeks.at(-1)).toMatchObject({ value: 4, met: false, daysWithData: 4 });
	});

	it('counts days for panic attacks, concentration and the other scales', () => {
		const panic = daily('2026-03-05', [0, 0, 2, 0, null, 1, 0], 'panicAttacks');
		expect(
			evaluate(
				{ metric: 'panicAttacks', comparison: '<=', value: 0, window: { kind: 'daysOfWeek', days: 4 } },
				{ checkins: panic },
				TODAY
			).weeks.at(-1)
		).toMatchObject({ value: 4, met: true, daysWithData: 6 });
		const focus = daily('2026-03-05', [2, 3, 4, 1, 3, 2, 5], 'concentration');
		expect(
			evaluate(
				{ metric: 'concentration', value: 3, window: { kind: 'daysOfWeek', days: 4 } },
				{ checkins: focus },
				TODAY
			).weeks.at(-1)
		).toMatchObject({ value: 4, met: true });
		const stress = daily('2026-03-05', [8, 3, 4, 6, 5, 2, 9], 'stress');
		expect(
			evaluate(
				{ metric: 'stress', comparison: '<', value: 5, window: { kind: 'daysOfWeek', days: 4 } },
				{ checkins: stress },
				TODAY
			).weeks.at(-1)
		).toMatchObject({ value: 3, met: false });
	});

	it('has no result for a week with check-ins that do not record the measure', () => {
		const moodOnly = daily('2026-03-05', [3, 4, 3, 4, 3, 4, 3], 'mood');
		expect(evaluate({}, { checkins: moodOnly }, TODAY).weeks.at(-1)).toMatchObject({ value: null, met: null, daysWithData: 0 });
	});
});

describe('a weekly total', () => {
	/** This week: 0, 1 and 0 attacks and a check-in without a count; last week 2; the week before, mood only. */
	const PANIC: Checkin[] = [
		checkinRecord('2026-02-20', { mood: 2 }),
		checkinRecord('2026-02-26', { panicAttacks: 2 }),
		...daily('2026-03-05', [0, null, 1, null, 0], 'panicAttacks'),
		checkinRecord('2026-03-10', { mood: 4 })
	];
	const panic = (goal: Partial<Target> = {}) =>
		evaluate(
			{ metric: 'panicAttacks', comparison: '<=', value: 1, window: { kind: 'weeklyTotal' }, ...goal },
			{ checkins: PANIC },
			TODAY,
			3
		);

	it('adds up the week and compares the total, met exactly at the threshold', () => {
		expect(panic().weeks).toEqual([
			{ startDay: '2026-02-19', endDay: '2026-02-25', value: null, met: null, daysWithData: 0 },
			{ startDay: '2026-02-26', endDay: '2026-03-04', value: 2, met: false, daysWithData: 1 },
			{ startDay: '2026-03-05', endDay: '2026-03-11', value: 1, met: true, daysWithData: 3 }
		]);
		expect(panic({ comparison: '<' }).metThisWeek).toBe(false);
		expect(panic({ comparison: '=', value: 2 }).weeks.map((week) => week.met)).toEqual([null, true, false]);
	});

	it('adds up hours of sleep as a total too', () => {
		// 7 + 6.5 + 8 + 7.5 + 9 + 7
		expect(evaluate({ value: 45, window: { kind: 'weeklyTotal' } }, { checkins: SLEEP }, TODAY).weeks.at(-1)).toMatchObject({
			value: 45,
			met: true
		});
	});

	describe('of coping uses', () => {
		const USES = [
			copingUseRecord('breathing-box', '2026-03-01T10:00:00.000+00:00'),
			// 23:30 in New York on 4 March is 5 March in London: the clock where it was used decides the day.
			copingUseRecord('breathing-box', '2026-03-04T23:30:00.000-05:00'),
			copingUseRecord('breathing-box', '2026-03-05T08:00:00.000+00:00'),
			copingUseRecord('breathing-box', '2026-03-05T21:00:00.000+00:00'),
			copingUseRecord('breathing-box', '2026-03-08T12:00:00.000+00:00'),
			copingUseRecord('grounding', '2026-03-09T12:00:00.000+00:00')
		];
		// The journal starts on 12 February with a check-in.
		const data = { checkins: [checkinRecord('2026-02-12', { mood: 3 })], copingUses: USES };
		const uses = (goal: Partial<Target>) =>
			evaluate(
				{ metric: 'copingUses', value: 3, window: { kind: 'weeklyTotal' }, subjectId: 'breathing-box', ...goal },
				data,
				TODAY,
				5
			);

		it('counts the uses of one tool, and a week with none as 0 once the journal has begun', () => {
			expect(uses({}).weeks).toEqual([
				{ startDay: '2026-02-05', endDay: '2026-02-11', value: null, met: null, daysWithData: 0 },
				{ startDay: '2026-02-12', endDay: '2026-02-18', value: 0, met: false, daysWithData: 0 },
				{ startDay: '2026-02-19', endDay: '2026-02-25', value: 0, met: false, daysWithData: 0 },
				{ startDay: '2026-02-26', endDay: '2026-03-04', value: 2, met: false, daysWithData: 2 },
				{ startDay: '2026-03-05', endDay: '2026-03-11', value: 3, met: true, daysWithData: 2 }
			]);
			expect(uses({ comparison: '<=', value: 0 }).weeks.map((week) => week.met)).toEqual([null, true, true, false, false]);
		});

		it('counts every tool when the target names none', () => {
			expect(uses({ subjectId: null }).weeks.map((week) => week.value)).toEqual([null, 0, 0, 2, 4]);
			expect(uses({ subjectId: 'thought-record' }).weeks.map((week) => week.value)).toEqual([null, 0, 0, 0, 0]);
		});

		it('counts days with uses on D of 7 days, and charts every day from the journal’s start', () => {
			const result = uses({ value: 1, window: { kind: 'daysOfWeek', days: 2 } });
			expect(result.weeks.at(-1)).toMatchObject({ value: 2, met: true, daysWithData: 2 });
			expect(result.points).toHaveLength(28);
			expect(result.points[0]).toEqual({ day: '2026-02-12', value: 0 });
			expect(result.points.filter((point) => point.value > 0)).toEqual([
				{ day: '2026-03-01', value: 1 },
				{ day: '2026-03-04', value: 1 },
				{ day: '2026-03-05', value: 2 },
				{ day: '2026-03-08', value: 1 }
			]);
		});
	});
});

describe('a latest score', () => {
	const phq = (goal: Partial<Target>, assessments: GoalData['assessments'], today = TODAY) =>
		evaluate({ metric: 'phq9', comparison: '<', value: 10, window: { kind: 'latest' }, ...goal }, { assessments }, today, 2);

	it('reads the latest PHQ-9 up to the end of each week', () => {
		const result = phq({}, [
			assessmentRecord('PHQ-9', '2026-02-20T09:00:00.000+00:00', 14),
			assessmentRecord('PHQ-9', '2026-03-06T09:00:00.000+00:00', 9),
			// After today: no week has ended since.
			assessmentRecord('PHQ-9', '2026-03-12T09:00:00.000+00:00', 20)
		]);
		expect(result.weeks).toEqual([
			{ startDay: '2026-02-26', endDay: '2026-03-04', value: 14, met: false, daysWithData: 0 },
			{ startDay: '2026-03-05', endDay: '2026-03-11', value: 9, met: true, daysWithData: 1 }
		]);
		expect(result.points).toEqual([{ day: '2026-03-06', value: 9 }]);
	});

	it('counts a PHQ-8 for a PHQ-9 target, but not the GAD-7', () => {
		const answers = [
			assessmentRecord('PHQ-9', '2026-03-02T09:00:00.000+00:00', 14),
			assessmentRecord('PHQ-8', '2026-03-09T09:00:00.000+00:00', 8),
			assessmentRecord('GAD-7', '2026-03-10T09:00:00.000+00:00', 12)
		];
		expect(phq({}, answers).weeks.map((week) => week.value)).toEqual([14, 8]);
		expect(phq({ metric: 'gad7' }, answers).weeks.map((week) => [week.value, week.met])).toEqual([
			[null, null],
			[12, false]
		]);
	});

	it('takes the later of two answers on one day, by the time they were given', () => {
		const result = phq({}, [
			assessmentRecord('PHQ-9', '2026-03-10T20:00:00.000-05:00', 6),
			assessmentRecord('PHQ-9', '2026-03-10T08:00:00.000+00:00', 12)
		]);
		expect(result.weeks.at(-1)).toMatchObject({ value: 6, met: true, daysWithData: 1 });
		expect(result.points).toEqual([{ day: '2026-03-10', value: 6 }]);
	});

	it('lets a score count for 28 days and no longer', () => {
		const answer = [assessmentRecord('PHQ-9', '2026-02-12T09:00:00.000+00:00', 4)];
		// 12 February is the 28th day counting back from 11 March.
		expect(phq({}, answer).weeks.at(-1)).toMatchObject({ value: 4, met: true });
		expect(phq({}, answer, '2026-03-12').weeks.at(-1)).toMatchObject({ value: null, met: null });
	});

	it('reads a questionnaire by its latest score whatever window was stored', () => {
		const answers = [assessmentRecord('GAD-7', '2026-03-09T09:00:00.000+00:00', 3)];
		const result = phq({ metric: 'gad7', window: { kind: 'daysOfWeek', days: 5 } }, answers);
		expect(result.weeks.at(-1)).toMatchObject({ value: 3, met: true });
	});

	it('reads the latest check-in value the same way, across missing days', () => {
		const mood = [checkinRecord('2026-02-20', { mood: 4 }), checkinRecord('2026-02-25', { sleepHours: 6 })];
		const latest = (today: string) =>
			evaluate({ metric: 'mood', value: 3, window: { kind: 'latest' } }, { checkins: mood }, today, 1).weeks[0];
		expect(latest(TODAY)).toMatchObject({ value: 4, met: true, daysWithData: 0 });
		expect(latest('2026-03-19')).toMatchObject({ value: 4, met: true });
		expect(latest('2026-03-20')).toMatchObject({ value: null, met: null });
	});
});

describe('an adherence target', () => {
	/**
	 * Sunday 15 March 2026 at noon in London. A: 08:00 and 20:00 on weekdays from 2 March. B: 12:00 daily.
	 * C: as needed. This week A has 9 of 10 taken (one skipped); last week 8 recorded as taken and two
	 * with no record, so missed. B is taken Monday to Saturday; Sunday's noon dose has no record yet.
	 */
	function plan(extra: DoseEvent[] = []): MedicationData {
		const events: DoseEvent[] = [];
		const weekdays = (monday: string) => [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset));
		for (const day of weekdays('2026-03-09')) {
			events.push(doseEventRecord('A', 'am', day, 'taken', `${day}T08:05:00+00:00`));
			events.push(
				day === '2026-03-11'
					? doseEventRecord('A', 'pm', day, 'skipped')
					: doseEventRecord('A', 'pm', day, 'taken', `${day}T20:10:00+00:00`)
			);
		}
		for (const day of weekdays('2026-03-02')) {
			events.push(doseEventRecord('A', 'am', day, 'taken', `${day}T08:05:00+00:00`));
			if (day < '2026-03-05') events.push(doseEventRecord('A', 'pm', day, 'taken', `${day}T20:10:00+00:00`));
		}
		for (let offset = 0; offset < 6; offset++) {
			const day = addDays('2026-03-09', offset);
			events.push(doseEventRecord('B', 'noon', day, 'taken', `${day}T12:00:00+00:00`));
		}
		events.push(doseEventRecord('C', null, '2026-03-10', 'taken', '2026-03-10T10:00:00+00:00'));
		return {
			medications: [
				medicationRecord('A', { startDay: '2026-03-02' }),
				medicationRecord('B', { startDay: '2026-03-09' }),
				medicationRecord('C', { asNeeded: true })
			],
			schedules: [
				scheduleRecord('A', [slotRecord('am', { time: '08:00' }), slotRecord('pm', { time: '20:00' })], {
					from: '2026-03-02',
					recurrence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] }
				}),
				scheduleRecord('B', [slotRecord('noon', { time: '12:00' })], { from: '2026-03-09' }),
				scheduleRecord('C', [], { prn: { amount: 1, maxPer24h: 3, minHoursBetween: 4 } })
			],
			events: [...events, ...extra],
			routine: DEFAULT_ROUTINE,
			timeZone: LONDON,
			onTimeMinutes: 60,
			now: instantAt('2026-03-15', '12:00', LONDON)
		};
	}
	const share = (goal: Partial<Target>, medication = plan()) =>
		evaluate(
			{ metric: 'adherence', value: 90, window: { kind: 'weeklyTotal' }, subjectId: 'A', ...goal },
			{ medication },
			'2026-03-15',
			3
		);

	it('is the share of scheduled doses taken, 9 of 10 being exactly 90 %', () => {
		const result = share({});
		expect(result.weeks).toEqual([
			{ startDay: '2026-02-23', endDay: '2026-03-01', value: null, met: null, daysWithData: 0 },
			{ startDay: '2026-03-02', endDay: '2026-03-08', value: 80, met: false, daysWithData: 5 },
			{ startDay: '2026-03-09', endDay: '2026-03-15', value: 90, met: true, daysWithData: 5 }
		]);
		expect(result.points).toEqual([
			{ day: '2026-03-08', value: 80 },
			{ day: '2026-03-15', value: 90 }
		]);
		expect(share({ comparison: '>' }).metThisWeek).toBe(false);
	});

	it('covers every scheduled medication when it names none, and never as-needed doses', () => {
		// A 9 of 10 and B 6 of 6 (Sunday's noon dose is not yet missed); C's as-needed dose is no part of it.
		expect(share({ subjectId: null }).weeks.at(-1)).toMatchObject({ value: (15 * 100) / 16, met: true, daysWithData: 6 });
		expect(share({ subjectId: 'B', value: 100, comparison: '=' }).weeks.at(-1)).toMatchObject({ value: 100, met: true });
		expect(share({ subjectId: 'C' }).weeks.at(-1)).toMatchObject({ value: null, met: null });
	});

	it('has no result without the medication plan', () => {
		const result = evaluate({ metric: 'adherence', window: { kind: 'weeklyTotal' }, subjectId: 'A' }, { checkins: SLEEP }, TODAY);
		expect(result.weeks.every((week) => week.value === null && week.met === null)).toBe(true);
	});

	it('is undecided on a day with no dose recorded yet, and decided once one is', () => {
		const strict = { value: 95 };
		expect(share(strict)).toMatchObject({ metThisWeek: false, undecided: true, streak: 0 });
		const sunday = doseEventRecord('B', 'noon', '2026-03-15', 'taken', '2026-03-15T12:01:00+00:00');
		expect(share({ ...strict, subjectId: 'B' }, plan([sunday]))).toMatchObject({ metThisWeek: true, undecided: false });
	});

	it('keeps rolling weeks of seven days across the change to summer time', () => {
		const days = Array.from({ length: 14 }, (_, offset) => addDays('2026-03-19', offset));
		const medication: MedicationData = {
			...plan(),
			medications: [medicationRecord('D', { startDay: '2026-03-19' })],
			schedules: [scheduleRecord('D', [slotRecord('d', { time: '08:00' })], { from: '2026-03-19' })],
			events: days.map((day) => doseEventRecord('D', 'd', day, 'taken', `${day}T08:00:00+01:00`)),
			now: instantAt('2026-04-01', '12:00', LONDON)
		};
		// The clocks went forward on Sunday 29 March: each week still has seven days and seven doses.
		const result = evaluate(
			{ metric: 'adherence', value: 100, window: { kind: 'weeklyTotal' }, subjectId: 'D' },
			{ medication },
			'2026-04-01',
			2
		);
		expect(result.weeks).toEqual([
			{ startDay: '2026-03-19', endDay: '2026-03-25', value: 100, met: true, daysWithData: 7 },
			{ startDay: '2026-03-26', endDay: '2026-04-01', value: 100, met: true, daysWithData: 7 }
		]);
	});
});

describe('the streak', () => {
	/** Nights of 8 hours for `count` days ending `lastDay`. */
	const goodNights = (lastDay: string, count: number) => daily(addDays(lastDay, -(count - 1)), Array(count).fill(8));

	it('counts the weeks met in a row ending with this week', () => {
		const checkins = [...daily('2026-02-12', Array(7).fill(5)), ...goodNights(TODAY, 21)];
		expect(evaluate({}, { checkins }, TODAY)).toMatchObject({ metThisWeek: true, undecided: false, streak: 3 });
	});

	it('counts from last week while this week is undecided, and breaks once today is recorded and not met', () => {
		const checkins = goodNights('2026-03-10', 20);
		const allWeek = { window: { kind: 'daysOfWeek', days: 7 } } as const;
		// 6 of 7 nights without today: not met yet, and today may still bring the seventh.
		expect(evaluate(allWeek, { checkins }, TODAY)).toMatchObject({ metThisWeek: false, undecided: true, streak: 2 });
		const badNight = [...checkins, checkinRecord(TODAY, { sleepHours: 5 })];
		expect(evaluate(allWeek, { checkins: badNight }, TODAY)).toMatchObject({ metThisWeek: false, undecided: false, streak: 0 });
		const goodNight = [...checkins, checkinRecord(TODAY, { sleepHours: 8 })];
		expect(evaluate(allWeek, { checkins: goodNight }, TODAY)).toMatchObject({ metThisWeek: true, undecided: false, streak: 3 });
	});

	it('is not undecided by a check-in today that leaves out the measure', () => {
		const checkins = [...goodNights('2026-03-10', 20), checkinRecord(TODAY, { mood: 4 })];
		expect(evaluate({ window: { kind: 'daysOfWeek', days: 7 } }, { checkins }, TODAY)).toMatchObject({
			undecided: true,
			streak: 2
		});
	});

	it('looks back past the weeks shown, up to the start of the journal', () => {
		const result = evaluate({}, { checkins: goodNights(TODAY, 35) }, TODAY, 2);
		expect(result.weeks).toHaveLength(2);
		expect(result.streak).toBe(5);
	});

	it('is broken by a week with no data', () => {
		const checkins = [...goodNights('2026-02-18', 14), ...goodNights(TODAY, 14)];
		expect(evaluate({}, { checkins }, TODAY).streak).toBe(2);
	});

	it('does not count weeks before the journal began, even for a count of 0', () => {
		const checkins = [checkinRecord('2026-02-19', { mood: 3 })];
		const none = { metric: 'copingUses', comparison: '<=', value: 2, window: { kind: 'weeklyTotal' } } as const;
		expect(evaluate(none, { checkins }, TODAY)).toMatchObject({ metThisWeek: true, streak: 3 });
	});

	it('stops counting at a year', () => {
		const result = evaluate({}, { checkins: goodNights(TODAY, 7 * 60) }, TODAY);
		expect(result.streak).toBe(MAX_STREAK_WEEKS);
		expect(MAX_STREAK_WEEKS).toBe(52);
	});

	it('is 0 with no data at all, while the empty week stays undecided', () => {
		expect(evaluate({}, {}, TODAY)).toMatchObject({ metThisWeek: null, undecided: true, streak: 0, points: [] });
	});
});

describe('rolling weeks', () => {
	it('end today and run back seven days at a time, by default twelve of them', () => {
		const result = evaluate({}, { checkins: SLEEP }, TODAY);
		expect(result.weeks).toHaveLength(DEFAULT_WEEKS);
		expect(result.weeks.at(-1)).toMatchObject({ startDay: '2026-03-05', endDay: TODAY });
		result.weeks.forEach((week, index) => {
			expect(daysBetween(week.startDay, week.endDay)).toBe(6);
			if (index > 0) expect(addDays(result.weeks[index - 1].endDay, 1)).toBe(week.startDay);
		});
		expect(evaluate({}, { checkins: SLEEP }, TODAY, 0).weeks).toHaveLength(1);
		expect(evaluate({}, { checkins: SLEEP }, TODAY, 2.7).weeks).toHaveLength(2);
	});

	it('cross the end of a year', () => {
		const checkins = daily('2026-12-20', Array(14).fill(7.5));
		expect(evaluate({}, { checkins }, '2027-01-02', 3).weeks.map((week) => [week.startDay, week.endDay, week.value])).toEqual([
			['2026-12-13', '2026-12-19', null],
			['2026-12-20', '2026-12-26', 7],
			['2026-12-27', '2027-01-02', 7]
		]);
	});

	it('include 29 February in a leap year', () => {
		const checkins = daily('2028-02-26', Array(7).fill(7));
		expect(evaluate({}, { checkins }, '2028-03-03', 1).weeks).toEqual([
			{ startDay: '2028-02-26', endDay: '2028-03-03', value: 7, met: true, daysWithData: 7 }
		]);
	});

	it('chart every check-in in the weeks shown, oldest first', () => {
		expect(evaluate({}, { checkins: SLEEP }, TODAY, 2).points).toEqual([
			{ day: '2026-02-26', value: 7 },
			{ day: '2026-02-27', value: 5 },
			{ day: '2026-02-28', value: 8 },
			{ day: '2026-03-01', value: 6 },
			{ day: '2026-03-03', value: 7.5 },
			{ day: '2026-03-05', value: 7 },
			{ day: '2026-03-06', value: 6.5 },
			{ day: '2026-03-07', value: 8 },
			{ day: '2026-03-09', value: 7.5 },
			{ day: '2026-03-10', value: 9 },
			{ day: '2026-03-11', value: 7 }
		]);
	});
});

describe('ten years of data', () => {
	const data = generateTenYears();
	const medication: MedicationData = {
		medications: data.medications,
		schedules: data.schedules,
		events: data.doseEvents,
		routine: data.settings[0].routine,
		timeZone: LONDON,
		onTimeMinutes: data.settings[0].onTimeWindowMinutes,
		now: instantAt(TEN_YEARS_LAST_DAY, '21:00', LONDON)
	};
	const index = indexGoalData({
		checkins: data.checkins,
		assessments: data.assessments,
		copingUses: data.copingUses,
		medication
	});
	const windows = [{ kind: 'daysOfWeek', days: 4 }, { kind: 'weeklyTotal' }, { kind: 'latest' }] as const;
	const comparisons = ['>=', '<=', '<', '>', '='] as const;
	const thresholds: Record<Target['metric'], number> = {
		sleepHours: 7,
		sleepQuality: 3,
		mood: 3,
		energy: 3,
		stress: 5,
		concentration: 3,
		panicAttacks: 1,
		phq9: 10,
		gad7: 10,
		adherence: 90,
		copingUses: 1
	};
	const subjects: Partial<Record<Target['metric'], (string | null)[]>> = {
		adherence: ['med-0', 'med-1', null],
		copingUses: ['breathing-box', null]
	};
	const targets: Target[] = Array.from({ length: 30 }, (_, i) => {
		const metric = TARGET_METRICS[i % TARGET_METRICS.length];
		const choices = subjects[metric] ?? [null];
		return {
			metric,
			comparison: comparisons[i % comparisons.length],
			value: thresholds[metric],
			window: windows[i % windows.length],
			subjectId: choices[i % choices.length]
		};
	});

	it('judges 30 targets with weeks, values and streaks that agree with each other', () => {
		for (const goal of targets) {
			const result = evaluateTarget(goal, index, TEN_YEARS_LAST_DAY);
			const window = effectiveWindow(goal);
			expect(result.weeks).toHaveLength(DEFAULT_WEEKS);
			expect(result.weeks.at(-1)!.endDay).toBe(TEN_YEARS_LAST_DAY);
			for (const week of result.weeks) {
				expect(daysBetween(week.startDay, week.endDay)).toBe(6);
				expect(week.daysWithData).toBeGreaterThanOrEqual(0);
				expect(week.daysWithData).toBeLessThanOrEqual(7);
				if (week.value === null) {
					expect(week.met).toBeNull();
					continue;
				}
				const met = window.kind === 'daysOfWeek' ? week.value >= window.days : meets(week.value, goal.comparison, goal.value);
				expect(week.met, describeTarget(goal)).toBe(met);
				if (window.kind === 'daysOfWeek') expect(Number.isInteger(week.value) && week.value <= 7).toBe(true);
				if (goal.metric === 'adherence') expect(week.value >= 0 && week.value <= 100).toBe(true);
				if (goal.metric === 'phq9' || goal.metric === 'gad7') expect(week.value >= 0 && week.value <= 27).toBe(true);
				// A check-in week has a value only when some day has one; coping counts 0 without any use.
				const fromDays = window.kind !== 'latest' && goal.metric !== 'adherence' && goal.metric !== 'copingUses';
				if (fromDays) expect(week.daysWithData).toBeGreaterThan(0);
			}
			expect(result.streak).toBeGreaterThanOrEqual(result.metThisWeek ? 1 : 0);
			expect(result.streak).toBeLessThanOrEqual(MAX_STREAK_WEEKS);
			expect(result.metThisWeek).toBe(result.weeks.at(-1)!.met);
			const days = result.points.map((point) => point.day);
			expect(days).toEqual([...days].sort());
			expect(days.every((day) => day >= result.weeks[0].startDay && day <= TEN_YEARS_LAST_DAY)).toBe(true);
		}
	});

	it('counts the same nights and doses as the records themselves', () => {
		const sleep = evaluateTarget(target({}), index, TEN_YEARS_LAST_DAY).weeks.at(-1)!;
		const nights = data.checkins.filter(
			(checkin) => checkin.day >= sleep.startDay && checkin.day <= sleep.endDay && checkin.sleepHours! >= 7
		);
		expect(sleep.value).toBe(nights.length);
		const share = evaluateTarget(
			target({ metric: 'adherence', value: 90, window: { kind: 'weeklyTotal' }, subjectId: 'med-0' }),
			index,
			TEN_YEARS_LAST_DAY
		).weeks.at(-1)!;
		const direct = adherence({
			...medication,
			medications: [data.medications[0]],
			from: share.startDay,
			to: share.endDay
		}).overall;
		expect(direct.scheduled).toBe(21);
		expect(share.value).toBe((direct.taken * 100) / direct.scheduled);
	});

	it('reads the goals the fixture set', () => {
		const set = data.goals.flatMap((goal) => (goal.target ? [goal.target] : []));
		expect(set).toHaveLength(30);
		for (const target of set) {
			const progress = evaluateTarget(target, index, TEN_YEARS_LAST_DAY);
			expect(progress.weeks).toHaveLength(12);
			// The fixture checks in every day, so a check-in measure has all seven days of the last week.
			if (['sleepHours', 'mood', 'concentration'].includes(target.metric)) expect(progress.weeks.at(-1)!.daysWithData).toBe(7);
		}
	});
});

describe('the weeks a chart shows', () => {
	const week = (endDay: string, value: number | null, daysWithData = value === null ? 0 : 3) => ({
		startDay: addDays(endDay, -6),
		endDay,
		value,
		met: value === null ? null : value >= 5,
		daysWithData
	});

	it('leaves out the weeks before the goal began and before anything was recorded, never a gap later on', () => {
		const weeks = [
			week('2026-02-04', null),
			week('2026-02-11', 6),
			week('2026-02-18', null),
			week('2026-02-25', 2),
			week('2026-03-04', 5)
		];
		// Set on 20 February: its first week is the one that ends on the 25th.
		expect(chartWeeks(weeks, '2026-02-20').map((entry) => entry.endDay)).toEqual(['2026-02-25', '2026-03-04']);
		// Set long before, measured from the journal's first record: the empty week before it goes, the gap stays.
		expect(chartWeeks(weeks, '2025-01-01').map((entry) => entry.endDay)).toEqual([
			'2026-02-11',
			'2026-02-18',
			'2026-02-25',
			'2026-03-04'
		]);
		// Nothing recorded at all: this week alone.
		expect(chartWeeks([week('2026-02-25', null), week('2026-03-04', null)], '2025-01-01')).toHaveLength(1);
	});
});
