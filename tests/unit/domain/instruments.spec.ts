import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../src/lib/domain/instruments';

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
