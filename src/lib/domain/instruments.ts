/**
 * Severity bands of the PHQ-9, PHQ-8 and GAD-7, exactly as published (../shared/INSTRUMENTS.md).
 * Each band's lower bound is inclusive; a score belongs to the last band whose bound it reaches.
 */
import type { Instrument } from './records';

export interface Band {
	from: number;
	label: string;
}

const PHQ_BANDS: Band[] = [
	{ from: 0, label: 'minimal' },
	{ from: 5, label: 'mild' },
	{ from: 10, label: 'moderate' },
	{ from: 15, label: 'moderately severe' },
	{ from: 20, label: 'severe' }
];

const GAD_BANDS: Band[] = [
	{ from: 0, label: 'minimal' },
	{ from: 5, label: 'mild' },
	{ from: 10, label: 'moderate' },
	{ from: 15, label: 'severe' }
];

export const MAX_SCORE: Record<Instrument, number> = { 'PHQ-9': 27, 'PHQ-8': 24, 'GAD-7': 21 };
export const ITEM_COUNT: Record<Instrument, number> = { 'PHQ-9': 9, 'PHQ-8': 8, 'GAD-7': 7 };

export function bandsOf(instrument: Instrument): Band[] {
	return instrument === 'GAD-7' ? GAD_BANDS : PHQ_BANDS;
}

export function bandOf(instrument: Instrument, score: number): string {
	if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE[instrument]) {
		throw new RangeError(`${instrument} scores run from 0 to ${MAX_SCORE[instrument]}, not ${score}`);
	}
	const bands = bandsOf(instrument);
	return bands.filter((band) => score >= band.from).at(-1)!.label;
}
