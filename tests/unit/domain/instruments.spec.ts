import { describe, expect, it } from 'vitest';
import {
	ANSWER_OPTIONS,
	bandOf,
	bandsOf,
	changeSinceLast,
	DIFFICULTY_OPTIONS,
	DIFFICULTY_QUESTION,
	isItem9Positive,
	ITEM_COUNT,
	QUESTIONNAIRES,
	scoreOf
} from '$lib/domain/instruments';
import { INSTRUMENTS, type Assessment, type Instrument } from '$lib/domain/records';
import { assessmentRecord } from '../../fixtures/factories';

describe('questionnaire bands', () => {
	it('places PHQ-9 scores at every band boundary as published', () => {
		const expected: [number, string][] = [
			[0, 'minimal'],
			[4, 'minimal'],
			[5, 'mild'],
			[9, 'mild'],
			[10, 'moderate'],
			[14, 'moderate'],
			[15, 'moderately severe'],
			[19, 'moderately severe'],
			[20, 'severe'],
			[27, 'severe']
		];
		for (const [score, band] of expected) expect(bandOf('PHQ-9', score), String(score)).toBe(band);
	});

	it('places GAD-7 scores at every band boundary as published', () => {
		const expected: [number, string][] = [
			[0, 'minimal'],
			[4, 'minimal'],
			[5, 'mild'],
			[9, 'mild'],
			[10, 'moderate'],
			[14, 'moderate'],
			[15, 'severe'],
			[21, 'severe']
		];
		for (const [score, band] of expected) expect(bandOf('GAD-7', score), String(score)).toBe(band);
	});

	it('refuses scores the instrument cannot produce', () => {
		expect(() => bandOf('GAD-7', 22)).toThrow(RangeError);
		expect(() => bandOf('PHQ-8', 25)).toThrow(RangeError);
		expect(() => bandOf('PHQ-9', -1)).toThrow(RangeError);
	});
});

/** A questionnaire with these answers, scored and banded as the app does. */
function assessment(instrument: Instrument, at: string, answers: number[]): Assessment {
	return assessmentRecord(instrument, at, scoreOf(instrument, answers), { answers });
}

/** Answers adding up to `score`, filled from the first item. */
function answersFor(instrument: Instrument, score: number): number[] {
	return Array.from({ length: ITEM_COUNT[instrument] }, (_, index) => Math.max(0, Math.min(3, score - index * 3)));
}

describe('the published wording', () => {
	it('offers the four answers with their values', () => {
		expect(ANSWER_OPTIONS).toEqual([
			{ value: 0, label: 'Not at all' },
			{ value: 1, label: 'Several days' },
			{ value: 2, label: 'More than half the days' },
			{ value: 3, label: 'Nearly every day' }
		]);
	});

	it('has nine PHQ-9 items, word for word, with the em dashes and the question mark of item 8', () => {
		const phq9 = QUESTIONNAIRES['PHQ-9'];
		expect(phq9.stem).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
		expect(phq9.items).toHaveLength(9);
		expect(phq9.items[0]).toBe('Little interest or pleasure in doing things');
		expect(phq9.items[5]).toBe('Feeling bad about yourself — or that you are a failure or have let yourself or your family down');
		expect(phq9.items[7]).toBe(
			'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual'
		);
		expect(phq9.items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
	});

	it('makes the PHQ-8 the first eight PHQ-9 items under the same stem', () => {
		expect(QUESTIONNAIRES['PHQ-8'].items).toEqual(QUESTIONNAIRES['PHQ-9'].items.slice(0, 8));
		expect(QUESTIONNAIRES['PHQ-8'].stem).toBe(QUESTIONNAIRES['PHQ-9'].stem);
	});

	it('has seven GAD-7 items under its own stem', () => {
		const gad7 = QUESTIONNAIRES['GAD-7'];
		expect(gad7.stem).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
		expect(gad7.items).toHaveLength(7);
		expect(gad7.items[0]).toBe('Feeling nervous, anxious, or on edge');
		expect(gad7.items[6]).toBe('Feeling afraid, as if something awful might happen');
	});

	it('shows the authors’ notice with every instrument and the difficulty question as published', () => {
		for (const instrument of INSTRUMENTS) {
			expect(QUESTIONNAIRES[instrument].notice).toBe(
				'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.'
			);
			expect(QUESTIONNAIRES[instrument].items).toHaveLength(ITEM_COUNT[instrument]);
		}
		expect(DIFFICULTY_QUESTION).toBe(
			'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?'
		);
		expect(DIFFICULTY_OPTIONS).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']);
	});
});

describe('scoring', () => {
	it('adds the answers, and the sums land in the published bands on both sides of every boundary', () => {
		for (const instrument of INSTRUMENTS) {
			const bands = bandsOf(instrument);
			bands.forEach((band, index) => {
				const atBoundary = answersFor(instrument, band.from);
				expect(scoreOf(instrument, atBoundary), `${instrument} ${band.from}`).toBe(band.from);
				expect(bandOf(instrument, scoreOf(instrument, atBoundary))).toBe(band.label);
				if (index === 0) return;
				const below = answersFor(instrument, band.from - 1);
				expect(bandOf(instrument, scoreOf(instrument, below)), `${instrument} ${band.from - 1}`).toBe(bands[index - 1].label);
			});
		}
	});

	it('reaches the maximum of each instrument: PHQ-9 27, PHQ-8 24, GAD-7 21', () => {
		expect(scoreOf('PHQ-9', Array(9).fill(3))).toBe(27);
		expect(scoreOf('PHQ-8', Array(8).fill(3))).toBe(24);
		expect(bandOf('PHQ-8', 24)).toBe('severe');
		expect(bandOf('PHQ-8', 20)).toBe('severe');
		expect(scoreOf('GAD-7', Array(7).fill(3))).toBe(21);
		expect(scoreOf('GAD-7', Array(7).fill(0))).toBe(0);
	});

	it('refuses the wrong number of answers', () => {
		expect(() => scoreOf('PHQ-9', Array(8).fill(1))).toThrow(RangeError);
		expect(() => scoreOf('PHQ-8', Array(9).fill(1))).toThrow(RangeError);
		expect(() => scoreOf('GAD-7', Array(9).fill(1))).toThrow(RangeError);
		expect(() => scoreOf('GAD-7', [])).toThrow(RangeError);
	});

	it('refuses answers outside 0–3', () => {
		expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, 4])).toThrow(RangeError);
		expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, -1])).toThrow(RangeError);
		expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, 1.5])).toThrow(RangeError);
		expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, Number.NaN])).toThrow(RangeError);
	});
});

describe('PHQ-9 item 9', () => {
	it('is positive for any answer above 0, even before the other items are answered', () => {
		const partial: (number | null)[] = [null, null, null, null, null, null, null, null, 1];
		expect(isItem9Positive('PHQ-9', partial)).toBe(true);
		expect(isItem9Positive('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(true);
	});

	it('is not positive at 0, unanswered, or not reached yet', () => {
		expect(isItem9Positive('PHQ-9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
		expect(isItem9Positive('PHQ-9', [3, 3, 3, 3, 3, 3, 3, 3, null])).toBe(false);
		expect(isItem9Positive('PHQ-9', [3, 3])).toBe(false);
		expect(isItem9Positive('PHQ-9', [])).toBe(false);
	});

	it('does not exist on the PHQ-8 or GAD-7', () => {
		expect(isItem9Positive('PHQ-8', [0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(false);
		expect(isItem9Positive('GAD-7', [3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(false);
	});
});

describe('change since last time', () => {
	const first = assessment('PHQ-9', '2026-01-01T09:00:00.000+00:00', [1, 1, 1, 1, 1, 1, 1, 1, 0]);
	const second = assessment('PHQ-9', '2026-01-15T09:00:00.000+00:00', [2, 2, 2, 2, 1, 1, 1, 1, 0]);
	const phq8 = assessment('PHQ-8', '2026-01-20T09:00:00.000+00:00', [0, 0, 0, 0, 0, 0, 0, 0]);
	const gad = assessment('GAD-7', '2026-01-22T09:00:00.000+00:00', [0, 0, 0, 0, 0, 0, 0]);
	const third = assessment('PHQ-9', '2026-01-29T09:00:00.000+00:00', [1, 1, 1, 1, 1, 1, 0, 0, 0]);
	const all = [third, gad, first, phq8, second];

	it('picks the latest earlier result of the same instrument', () => {
		expect(changeSinceLast(all, third)).toEqual({ previous: second, delta: 6 - 12 });
		expect(changeSinceLast(all, second)).toEqual({ previous: first, delta: 12 - 8 });
	});

	it('has nothing to compare for a first result, and never compares PHQ-8 with PHQ-9', () => {
		expect(changeSinceLast(all, first)).toBeNull();
		expect(changeSinceLast(all, phq8)).toBeNull();
		expect(changeSinceLast(all, gad)).toBeNull();
	});

	it('compares instants as times, whatever their offsets', () => {
		// 08:30 in New York is 13:30 UTC: after the 12:00 UTC result, although its string sorts first.
		const noon = assessment('GAD-7', '2026-02-01T12:00:00.000+00:00', [1, 1, 1, 1, 1, 1, 1]);
		const morningNewYork = assessment('GAD-7', '2026-02-01T08:30:00.000-05:00', [2, 2, 2, 2, 2, 2, 2]);
		const current = assessment('GAD-7', '2026-02-02T09:00:00.000+00:00', [0, 0, 0, 0, 0, 0, 0]);
		expect(changeSinceLast([noon, morningNewYork, current], current)?.previous).toBe(morningNewYork);
		expect(changeSinceLast([noon, morningNewYork, current], morningNewYork)?.previous).toBe(noon);
	});
});
