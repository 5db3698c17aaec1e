import { describe, expect, it } from 'vitest';
import {
	draftProblems,
	emptyThoughtRecord,
	finishProblems,
	strongestShift,
	type ThoughtRecordFields
} from '$lib/domain/coping/thoughtRecord';

function complete(overrides: Partial<ThoughtRecordFields> = {}): ThoughtRecordFields {
	return {
		situation: 'My manager didn’t reply to my email',
		thoughts: 'She thinks my work is useless',
		emotions: [{ name: 'Anxious', before: 80, after: 40 }],
		evidenceFor: 'She was short with me last week',
		evidenceAgainst: 'She praised the report; she is on leave today',
		balancedThought: 'She may simply be busy; one late reply says little.',
		thinkingTraps: ['Mind reading'],
		...overrides
	};
}

describe('thought record problems', () => {
	it('lets an empty draft be saved, but not finished', () => {
		expect(draftProblems(emptyThoughtRecord())).toEqual([]);
		expect(finishProblems(emptyThoughtRecord()).map((problem) => problem.field)).toEqual([
			'situation',
			'thoughts',
			'emotions',
			'balancedThought'
		]);
	});

	it('finishes a complete record', () => {
		expect(finishProblems(complete())).toEqual([]);
	});

	it('refuses an emotion rated out of 0–100 or without a name, even in a draft', () => {
		expect(draftProblems(complete({ emotions: [{ name: 'Sad', before: 120, after: null }] }))).toEqual([
			{ field: 'emotions', message: 'Rate each emotion from 0 to 100.' }
		]);
		expect(draftProblems(complete({ emotions: [{ name: '  ', before: 50, after: null }] }))).toEqual([
			{ field: 'emotions', message: 'Give each emotion a name, or remove it.' }
		]);
	});

	it('treats whitespace as not written', () => {
		expect(finishProblems(complete({ balancedThought: '   ' }))).toEqual([
			{ field: 'balancedThought', message: 'Write a balanced thought — even a small step counts.' }
		]);
	});
});

describe('the strongest shift', () => {
	it('is the emotion that changed most between before and after, ignoring ones not re-rated', () => {
		expect(
			strongestShift({
				emotions: [
					{ name: 'Anxious', before: 80, after: 60 },
					{ name: 'Ashamed', before: 70, after: 20 },
					{ name: 'Angry', before: 90, after: null }
				]
			})
		).toEqual({ name: 'Ashamed', before: 70, after: 20 });
		expect(strongestShift({ emotions: [{ name: 'Sad', before: 50, after: null }] })).toBeNull();
	});
});
