import { describe, expect, it } from 'vitest';
import { bandOf, bandsOf, MAX_SCORE } from '../../../../src/lib/domain/instruments';
import { bandRange, resultMeaning } from '../../../../src/lib/domain/monitoring/resultMeaning';
import type { Instrument } from '../../../../src/lib/domain/records';

const INSTRUMENTS: Instrument[] = ['PHQ-9', 'PHQ-8', 'GAD-7'];

describe('a questionnaire result in words', () => {
	it('gives each band its published range, ending at the instrument’s maximum', () => {
		expect(bandRange('PHQ-9', 'mild')).toEqual({ from: 5, to: 9 });
		expect(bandRange('PHQ-9', 'severe')).toEqual({ from: 20, to: 27 });
		expect(bandRange('PHQ-8', 'severe')).toEqual({ from: 20, to: 24 });
		expect(bandRange('GAD-7', 'moderate')).toEqual({ from: 10, to: 14 });
		expect(bandRange('GAD-7', 'severe')).toEqual({ from: 15, to: 21 });
	});

	it('says what every score of every instrument means in one sentence, without a diagnosis', () => {
		for (const instrument of INSTRUMENTS) {
			for (let score = 0; score <= MAX_SCORE[instrument]; score++) {
				const band = bandOf(instrument, score);
				const range = bandRange(instrument, band);
				expect(score, `${instrument} ${score}`).toBeGreaterThanOrEqual(range.from);
				expect(score, `${instrument} ${score}`).toBeLessThanOrEqual(range.to);
				const meaning = resultMeaning(instrument, band);
				expect(meaning).toMatch(/^[A-Z].*\.$/);
				expect(meaning.split('. ')).toHaveLength(1);
				expect(meaning).not.toMatch(/diagnos|you have/i);
			}
		}
		expect(bandsOf('GAD-7').map((band) => resultMeaning('GAD-7', band.label))).toEqual([
			'Few or no signs of anxiety in the last two weeks.',
			'Some signs of anxiety in the last two weeks.',
			'A moderate level of anxiety in the last two weeks — worth talking over with your care team.',
			'A severe level of anxiety in the last two weeks — please talk with your care team soon.'
		]);
	});
});
