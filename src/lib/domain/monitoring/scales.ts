/**
 * The check-in's scales, default tags and empty draft: no validation code here, so Today can show
 * the mood picker without loading the schemas.
 */
import type { LocalDay } from '../dates';
import type { Checkin } from '../records';

export type CheckinDraft = Omit<Checkin, 'id' | 'createdAt' | 'updatedAt'>;

/** Activities and situations to start from; the person adds and removes their own. */
export const DEFAULT_TAGS: string[] = [
	'walk',
	'exercise',
	'outdoors',
	'friends',
	'family',
	'work',
	'school',
	'therapy',
	'alcohol',
	'caffeine',
	'screens late',
	'meditation',
	'good meal',
	'nap'
];

export interface MoodStep {
	value: 1 | 2 | 3 | 4 | 5;
	label: string;
}

/** Words for every step, so mood is never told by colour or a face alone (the UI draws the faces). */
export const MOOD_SCALE: MoodStep[] = [
	{ value: 1, label: 'Very low' },
	{ value: 2, label: 'Low' },
	{ value: 3, label: 'Okay' },
	{ value: 4, label: 'Good' },
	{ value: 5, label: 'Very good' }
];

/** A check-in rating: whole steps from `min` to `max`, each with its words (`words[0]` names `min`). */
export interface RatingScale {
	min: number;
	max: number;
	words: readonly string[];
}

/**
 * The check-in's 1–5 ratings, as the person records them. The one source for the record's range, the
 * check-in form's words, the charts and what a supporter's board shows.
 */
export const RATING_SCALES = {
	mood: { min: 1, max: 5, words: MOOD_SCALE.map((step) => step.label) },
	sleepQuality: { min: 1, max: 5, words: ['Very poor', 'Poor', 'OK', 'Good', 'Very good'] },
	energy: { min: 1, max: 5, words: ['Very low', 'Low', 'OK', 'Good', 'High'] },
	concentration: { min: 1, max: 5, words: ['Very hard', 'Hard', 'OK', 'Good', 'Sharp'] }
} as const satisfies Record<string, RatingScale>;

/** The top of a sleep chart's axis: the record allows 0–24 hours; 12 keeps ordinary nights readable. */
export const SLEEP_HOURS_AXIS_MAX = 12;

/** A day with nothing filled in yet: every scale is optional. */
export function emptyCheckin(day: LocalDay): CheckinDraft {
	return {
		day,
		mood: null,
		sleepHours: null,
		sleepQuality: null,
		energy: null,
		stress: null,
		concentration: null,
		panicAttacks: null,
		cravings: null,
		tags: [],
		note: ''
	};
}
