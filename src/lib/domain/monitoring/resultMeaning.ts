/**
 * A PHQ or GAD-7 result in plain words: the band's range on the published scale and one calm sentence
 * on what it means. The bands are the instruments' own (instruments.ts); the sentences are Tandem's,
 * and they describe the last two weeks, never a diagnosis.
 */
import { bandsOf, familyOf, MAX_SCORE } from '../instruments';
import type { Instrument } from '../records';

/** The scores a band covers, both ends included: mild on PHQ-9 is 5–9. */
export function bandRange(instrument: Instrument, band: string): { from: number; to: number } {
	const bands = bandsOf(instrument);
	const index = bands.findIndex((entry) => entry.label === band);
	if (index < 0) throw new RangeError(`${instrument} has no band called ${band}`);
	const next = bands[index + 1];
	return { from: bands[index].from, to: next ? next.from - 1 : MAX_SCORE[instrument] };
}

const LEVELS: Record<string, (what: string) => string> = {
	minimal: (what) => `Few or no signs of ${what} in the last two weeks.`,
	mild: (what) => `Some signs of ${what} in the last two weeks.`,
	moderate: (what) => `A moderate level of ${what} in the last two weeks — worth talking over with your care team.`,
	'moderately severe': (what) => `A high level of ${what} in the last two weeks — please talk with your care team soon.`,
	severe: (what) => `A severe level of ${what} in the last two weeks — please talk with your care team soon.`
};

/** "Some signs of depression in the last two weeks." */
export function resultMeaning(instrument: Instrument, band: string): string {
	const level = LEVELS[band];
	if (!level) throw new RangeError(`${instrument} has no band called ${band}`);
	return level(familyOf(instrument) === 'PHQ' ? 'depression' : 'anxiety');
}
