import { describe, expect, it } from 'vitest';
import { defaultTarget, emptyGoal, formOf, goalFields, goalProblems, type GoalForm } from '$lib/domain/goals/goalForm';
import { recordSchemas } from '$lib/domain/records';
import * as v from 'valibot';

const TODAY = '2026-11-27';

function form(overrides: Partial<GoalForm> = {}): GoalForm {
	return { ...emptyGoal(TODAY), title: 'Sleep 7 hours most nights', ...overrides };
}

describe('goal form problems', () => {
	it('accepts a goal with just a title, and one with a target', () => {
		expect(goalProblems(form())).toEqual([]);
		expect(goalProblems(form({ hasTarget: true, target: defaultTarget('sleepHours') }))).toEqual([]);
	});

	it.each([
		['no title', { title: '   ' }, 'title', 'Give the goal a short title.'],
		['an impossible start', { startDay: '2026-13-01' }, 'startDay', 'Please pick a real start date.'],
		['a review before the start', { reviewDay: '2026-11-01' }, 'reviewDay', 'The review date comes before the start date.'],
		[
			'a mood target off the scale',
			{ hasTarget: true, target: { ...defaultTarget('mood'), windowKind: 'latest' as const, value: 9 } },
			'targetValue',
			'Mood (1–5) goes from 1 to 5.'
		],
		[
			'a weekly total a week can’t hold',
			{ hasTarget: true, target: { ...defaultTarget('stress'), windowKind: 'weeklyTotal' as const, value: 71 } },
			'targetValue',
			'A weekly total goes from 0 to 70.'
		],
		[
			'eight days out of seven',
			{ hasTarget: true, target: { ...defaultTarget('sleepHours'), days: 8 } },
			'targetDays',
			'Choose from 1 to 7 days a week.'
		],
		[
			'a target without a number',
			{ hasTarget: true, target: { ...defaultTarget('gad7'), value: null } },
			'targetValue',
			'Give the target a number.'
		]
	])('refuses %s', (_, overrides, field, message) => {
		expect(goalProblems(form(overrides))).toEqual([{ field, message }]);
	});

	it('ignores a half-filled target when the goal is not measured', () => {
		expect(goalProblems(form({ hasTarget: false, target: { ...defaultTarget(), value: null } }))).toEqual([]);
	});
});

describe('goal fields', () => {
	it('make a record the schema accepts, and read back into the same form', () => {
		const filled = form({
			why: '  To have energy for my kids ',
			reviewDay: '2027-01-15',
			hasTarget: true,
			target: { ...defaultTarget('sleepHours'), days: 4 },
			copingTools: ['breathing-478'],
			topics: [' sleep ', '']
		});
		const fields = goalFields(filled);
		expect(fields.target).toEqual({
			metric: 'sleepHours',
			comparison: '>=',
			value: 7,
			window: { kind: 'daysOfWeek', days: 4 },
			subjectId: null
		});
		expect(fields.why).toBe('To have energy for my kids');
		expect(fields.topics).toEqual(['sleep']);
		const record = {
			...fields,
			id: 'goal-1',
			createdAt: '2026-11-27T10:00:00.000+00:00',
			updatedAt: '2026-11-27T10:00:00.000+00:00'
		};
		expect(v.safeParse(recordSchemas.goals, record).success).toBe(true);
		expect(formOf(record)).toEqual({ ...filled, why: 'To have energy for my kids', topics: ['sleep'] });
	});

	it('store no target when the goal is not measured, and no review date when left empty', () => {
		const fields = goalFields(form());
		expect([fields.target, fields.reviewDay]).toEqual([null, null]);
	});
});
