import { describe, expect, it } from 'vitest';
import { boardHeadline } from '../../../src/lib/share/headline';
import type { BoardGoal, BoardSnapshot } from '../../../src/lib/share/projection';

function goal(id: string, overrides: Partial<BoardGoal> = {}): BoardGoal {
	return { id, title: id, area: 'sleep', status: 'active', steps: [], target: null, ...overrides };
}

function snapshot(overrides: Partial<BoardSnapshot> = {}): BoardSnapshot {
	return {
		meta: { version: 1, ownerName: 'Alex', projectedAt: '2026-03-09T10:14:00.000Z' },
		goals: null,
		adherence: null,
		wellbeing: null,
		doses: null,
		bands: null,
		answers: null,
		...overrides
	};
}

const target = (met: (boolean | null)[]) => ({
	description: 'sleep ≥ 7 h on 5 of 7 nights',
	thisWeek: '',
	streak: 0,
	endDay: '2026-03-09',
	values: met.map(() => 1),
	met
});

describe('boardHeadline', () => {
	it('says this week in one line from what is shared: targets met, steps done, doses taken, mood', () => {
		const line = boardHeadline(
			snapshot({
				goals: [
					goal('a', { target: target([false, true]), steps: [{ text: 's', done: true }] }),
					goal('b', { target: target([true, false]), steps: [{ text: 't', done: false }] }),
					goal('c', { status: 'achieved', target: target([true]) })
				],
				adherence: { endDay: '2026-03-09', values: [80, 92] },
				wellbeing: { endDay: '2026-03-09', mood: [3, 3.4], sleepHours: [7], energy: [3] }
			})
		);
		expect(line).toBe('1 of 2 targets met this week · 1 of 2 steps done · 92% of doses taken · mood 3.4 of 5');
	});

	it('leaves out what the owner did not share, and says so when nothing is there', () => {
		expect(boardHeadline(snapshot({ goals: [goal('a')] }))).toBe('1 active goals');
		expect(boardHeadline(snapshot())).toBe('Nothing to show this week');
		expect(boardHeadline(snapshot({ adherence: { endDay: '2026-03-09', values: [null] } }))).toBe('Nothing to show this week');
	});
});
