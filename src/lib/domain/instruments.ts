/**
 * The PHQ-9, PHQ-8 and GAD-7, exactly as published (docs/instruments.md): wording, answers,
 * scoring and severity bands. Validated instruments are never paraphrased; only a validated
 * translation may replace the English.
 * Each band's lower bound is inclusive; a score belongs to the last band whose bound it reaches.
 */
import type { Assessment, Instrument } from './records';

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

export interface AnswerOption {
	value: 0 | 1 | 2 | 3;
	label: string;
}

export const ANSWER_OPTIONS: AnswerOption[] = [
	{ value: 0, label: 'Not at all' },
	{ value: 1, label: 'Several days' },
	{ value: 2, label: 'More than half the days' },
	{ value: 3, label: 'Nearly every day' }
];

export interface Questionnaire {
	title: string;
	stem: string;
	items: string[];
	notice: string;
}

const NOTICE =
	'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant ' +
	'from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

const PHQ_ITEMS = [
	'Little interest or pleasure in doing things',
	'Feeling down, depressed, or hopeless',
	'Trouble falling or staying asleep, or sleeping too much',
	'Feeling tired or having little energy',
	'Poor appetite or overeating',
	'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
	'Trouble concentrating on things, such as reading the newspaper or watching television',
	'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
		'restless that you have been moving around a lot more than usual',
	'Thoughts that you would be better off dead or of hurting yourself in some way'
];

const GAD_ITEMS = [
	'Feeling nervous, anxious, or on edge',
	'Not being able to stop or control worrying',
	'Worrying too much about different things',
	'Trouble relaxing',
	'Being so restless that it is hard to sit still',
	'Becoming easily annoyed or irritable',
	'Feeling afraid, as if something awful might happen'
];

export const QUESTIONNAIRES: Record<Instrument, Questionnaire> = {
	'PHQ-9': { title: 'Patient Health Questionnaire (PHQ-9)', stem: PHQ_STEM, items: PHQ_ITEMS, notice: NOTICE },
	// PHQ-8 is the PHQ-9 without item 9, for when no one can follow up on that answer.
	'PHQ-8': { title: 'Patient Health Questionnaire (PHQ-8)', stem: PHQ_STEM, items: PHQ_ITEMS.slice(0, 8), notice: NOTICE },
	'GAD-7': {
		title: 'Generalized Anxiety Disorder scale (GAD-7)',
		stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
		items: GAD_ITEMS,
		notice: NOTICE
	}
};

/** Recorded with the answers, never added to the score. */
export const DIFFICULTY_QUESTION =
	'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of ' +
	'things at home, or get along with other people?';

export const DIFFICULTY_OPTIONS: string[] = [
	'Not difficult at all',
	'Somewhat difficult',
	'Very difficult',
	'Extremely difficult'
];

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

function isAnswer(answer: number): boolean {
	return Number.isInteger(answer) && answer >= 0 && answer <= 3;
}

/** The published score: the plain sum of every item, each answered 0–3. */
export function scoreOf(instrument: Instrument, answers: readonly number[]): number {
	if (answers.length !== ITEM_COUNT[instrument]) {
		throw new RangeError(`${instrument} has ${ITEM_COUNT[instrument]} questions, not ${answers.length} answers`);
	}
	const wrong = answers.find((answer) => !isAnswer(answer));
	if (wrong !== undefined) throw new RangeError(`${instrument} answers run from 0 to 3, not ${wrong}`);
	return answers.reduce((sum, answer) => sum + answer, 0);
}

/**
 * Any answer above 0 on PHQ-9 item 9 (thoughts of death or self-harm) opens the crisis screen at once,
 * so this is asked while the questionnaire is still being filled in.
 */
export function isItem9Positive(instrument: Instrument, answers: readonly (number | null)[]): boolean {
	if (instrument !== 'PHQ-9') return false;
	const item9 = answers[8];
	return item9 !== null && item9 !== undefined && item9 > 0;
}

/** PHQ-9 and PHQ-8 share the PHQ reminder; they are still only compared with their own kind. */
export type InstrumentFamily = 'PHQ' | 'GAD-7';

export function familyOf(instrument: Instrument): InstrumentFamily {
	return instrument === 'GAD-7' ? 'GAD-7' : 'PHQ';
}

/** Instants carry offsets, so they are compared as times, never as strings. */
function timeOf(assessment: Assessment): number {
	return Date.parse(assessment.at);
}

/**
 * The latest earlier result of the same instrument and the change in score. A PHQ-8 is not compared
 * with a PHQ-9: their ranges differ, so the difference would mean nothing.
 */
export function changeSinceLast(
	assessments: readonly Assessment[],
	current: Assessment
): { previous: Assessment; delta: number } | null {
	const now = timeOf(current);
	let previous: Assessment | null = null;
	for (const assessment of assessments) {
		if (assessment.id === current.id || assessment.instrument !== current.instrument) continue;
		const at = timeOf(assessment);
		if (at < now && (previous === null || at > timeOf(previous))) previous = assessment;
	}
	return previous === null ? null : { previous, delta: current.score - previous.score };
}
