import { describe, expect, it } from 'vitest';
import { dayAndTimeOf, sessionFields, sessionInstant, sessionProblems, type SessionForm } from '$lib/domain/therapy/sessionForm';

const TODAY = '2026-11-27';

function form(overrides: Partial<SessionForm> = {}): SessionForm {
	return {
		day: TODAY,
		time: '14:00',
		withContactId: null,
		kind: 'individual',
		topics: ['sleep'],
		takeaways: 'Keep the wind-down routine.',
		homework: [{ id: null, text: 'Sleep diary', doneAt: null }],
		moodBefore: 2,
		moodAfter: 3,
		...overrides
	};
}

describe('session form problems', () => {
	it('accepts a complete session, and a planned one next month', () => {
		expect(sessionProblems(form(), TODAY)).toEqual([]);
		expect(sessionProblems(form({ day: '2026-12-20', takeaways: '', homework: [] }), TODAY)).toEqual([]);
	});

	it.each([
		['an impossible date', { day: '2026-02-30' }, 'day', 'Please pick a real calendar date.'],
		['no time', { time: '' }, 'time', 'Please pick a time of day.'],
		['a date over a year ahead', { day: '2028-01-10' }, 'day', 'That is more than a year away — please check the year.'],
		['an unknown kind', { kind: 'seance' as SessionForm['kind'] }, 'kind', 'Please choose what kind of session it was.'],
		['a mood off the scale', { moodAfter: 9 }, 'moodAfter', 'Mood is one of the five steps, from very low to very good.'],
		[
			'takeaways of a novel’s length',
			{ takeaways: 'x'.repeat(10_001) },
			'takeaways',
			'The takeaways are too long to save; please shorten them a little.'
		]
	])('refuses %s with a plain message on its field', (_, overrides, field, message) => {
		expect(sessionProblems(form(overrides), TODAY)).toEqual([{ field, message }]);
	});
});

describe('session fields', () => {
	it('trims text, drops empty topics and homework, and gives new homework an id', () => {
		let next = 0;
		const fields = sessionFields(
			form({
				topics: [' sleep ', '  '],
				takeaways: '  Notes  ',
				homework: [
					{ id: 'kept', text: ' Walk ', doneAt: '2026-11-20T08:00:00.000+00:00' },
					{ id: null, text: 'Diary', doneAt: null },
					{ id: null, text: '   ', doneAt: null }
				]
			}),
			() => `new-${++next}`
		);
		expect(fields.topics).toEqual(['sleep']);
		expect(fields.takeaways).toBe('Notes');
		expect(fields.homework).toEqual([
			{ id: 'kept', text: 'Walk', doneAt: '2026-11-20T08:00:00.000+00:00' },
			{ id: 'new-1', text: 'Diary', doneAt: null }
		]);
	});

	it('turns the day and time into an instant in the device’s zone and back', () => {
		const at = sessionInstant('2026-12-01', '09:05');
		expect(new Date(at).getHours()).toBe(9);
		expect(dayAndTimeOf(at)).toEqual({ day: '2026-12-01', time: '09:05' });
	});
});
