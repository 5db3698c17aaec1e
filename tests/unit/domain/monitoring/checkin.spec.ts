import { describe, expect, it } from 'vitest';
import {
	checkinProblems,
	DEFAULT_TAGS,
	emptyCheckin,
	FUTURE_DAY,
	MOOD_SCALE,
	type CheckinDraft
} from '$lib/domain/monitoring/checkin';

const TODAY = '2026-03-10';

function draft(overrides: Partial<CheckinDraft> = {}): CheckinDraft {
	return {
		...emptyCheckin(TODAY),
		mood: 4,
		sleepHours: 7.5,
		sleepQuality: 3,
		energy: 3,
		stress: 4,
		concentration: 4,
		panicAttacks: 0,
		cravings: null,
		tags: ['walk', 'friends'],
		note: 'A calm day.',
		...overrides
	};
}

function fields(problems: { field: string }[]): string[] {
	return problems.map((problem) => problem.field);
}

describe('the check-in scales', () => {
	it('gives every mood step its own words (the faces are drawn from the value, not a font’s emoji)', () => {
		expect(MOOD_SCALE.map((step) => step.value)).toEqual([1, 2, 3, 4, 5]);
		expect(MOOD_SCALE[0]).toEqual({ value: 1, label: 'Very low' });
		expect(MOOD_SCALE[4]).toEqual({ value: 5, label: 'Very good' });
		expect(new Set(MOOD_SCALE.map((step) => step.label)).size).toBe(5);
	});

	it('starts with sensible tags, each once', () => {
		expect(DEFAULT_TAGS).toContain('walk');
		expect(DEFAULT_TAGS).toContain('screens late');
		expect(new Set(DEFAULT_TAGS).size).toBe(DEFAULT_TAGS.length);
	});

	it('starts a day empty', () => {
		const empty = emptyCheckin('2026-03-09');
		expect(empty.day).toBe('2026-03-09');
		expect(empty.mood).toBeNull();
		expect(empty.tags).toEqual([]);
		expect(checkinProblems(empty, TODAY)).toEqual([]);
	});
});

describe('checkinProblems', () => {
	it('finds nothing wrong with a good check-in, today or for a missed day', () => {
		expect(checkinProblems(draft(), TODAY)).toEqual([]);
		expect(checkinProblems(draft({ day: '2026-02-28' }), TODAY)).toEqual([]);
		expect(checkinProblems(draft({ sleepHours: 0, stress: 0, mood: 1, cravings: 10 }), TODAY)).toEqual([]);
		expect(checkinProblems(draft({ sleepHours: 24, stress: 10, mood: 5, panicAttacks: 3 }), TODAY)).toEqual([]);
	});

	it('refuses a day that has not happened yet, kindly', () => {
		expect(checkinProblems(draft({ day: '2026-03-11' }), TODAY)).toEqual([{ field: 'day', message: FUTURE_DAY }]);
		expect(FUTURE_DAY).toBe('You can’t check in for a day that hasn’t happened yet.');
	});

	it('refuses a date that is not on the calendar', () => {
		expect(fields(checkinProblems(draft({ day: '2026-02-30' }), TODAY))).toEqual(['day']);
	});

	it('takes sleep in half-hour steps from 0 to 24', () => {
		expect(checkinProblems(draft({ sleepHours: 6.5 }), TODAY)).toEqual([]);
		const quarter = checkinProblems(draft({ sleepHours: 6.25 }), TODAY);
		expect(quarter).toEqual([{ field: 'sleepHours', message: 'Sleep goes from 0 to 24 hours, in half-hour steps.' }]);
		expect(fields(checkinProblems(draft({ sleepHours: 24.5 }), TODAY))).toEqual(['sleepHours']);
		expect(fields(checkinProblems(draft({ sleepHours: -0.5 }), TODAY))).toEqual(['sleepHours']);
	});

	it('refuses values outside each scale, one problem per field', () => {
		const problems = checkinProblems(
			draft({ mood: 6, sleepQuality: 0, energy: 2.5, stress: 11, concentration: 0, panicAttacks: -1, cravings: 11 }),
			TODAY
		);
		expect(fields(problems)).toEqual(['mood', 'sleepQuality', 'energy', 'stress', 'concentration', 'panicAttacks', 'cravings']);
		expect(problems[0].message).toBe('Mood is one of the five steps, from very low to very good.');
		expect(problems[3].message).toBe('Stress is a whole number from 0 to 10.');
	});

	it('refuses a blank tag and an overlong note', () => {
		expect(fields(checkinProblems(draft({ tags: ['walk', '  '] }), TODAY))).toEqual(['tags']);
		expect(fields(checkinProblems(draft({ note: 'x'.repeat(10_001) }), TODAY))).toEqual(['note']);
	});

	it('reports a future day and a bad value together', () => {
		expect(fields(checkinProblems(draft({ day: '2027-01-01', mood: 0 }), TODAY))).toEqual(['day', 'mood']);
	});
});
