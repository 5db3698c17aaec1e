import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareGoals } from '$lib/domain/goals/order';
import { GOAL_STATUSES } from '$lib/domain/records/goals';
import { goalRecord } from '../../../fixtures/factories';

const titles = (goals: { title: string }[]) => goals.map((goal) => goal.title);

describe('the order of goals', () => {
	it('puts active goals first, then paused, achieved and let go', () => {
		const goals = [
			goalRecord('a', { title: 'Walk', status: 'dropped' }),
			goalRecord('b', { title: 'Sleep', status: 'achieved' }),
			goalRecord('c', { title: 'Read', status: 'paused' }),
			goalRecord('d', { title: 'Cook', status: 'active' })
		];
		expect(titles(goals.sort(compareGoals))).toEqual(['Cook', 'Read', 'Sleep', 'Walk']);
	});

	it('reads titles as a person does: case aside, numbers by value', () => {
		const goals = ['step 10', 'Step 2', 'apple', 'Banana'].map((title) => goalRecord(title, { title }));
		expect(titles(goals.sort(compareGoals))).toEqual(['apple', 'Banana', 'Step 2', 'step 10']);
	});

	test.prop([
		fc.array(
			fc.record({
				id: fc.uuid(),
				title: fc.constantFrom('Sleep', 'sleep', 'Sléep', 'Walk 2', 'Walk 10'),
				status: fc.constantFrom(...GOAL_STATUSES)
			}),
			{ maxLength: 12 }
		)
	])('gives one order whatever order the goals came in', (goals) => {
		const once = [...goals].sort(compareGoals);
		expect([...goals].reverse().sort(compareGoals)).toEqual(once);
	});
});
