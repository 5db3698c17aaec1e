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
	face: string;
}

/** Words and a face for every step, so mood is never told by colour alone. */
export const MOOD_SCALE: MoodStep[] = [
	{ value: 1, label: 'Very low', face: '😞' },
	{ value: 2, label: 'Low', face: '🙁' },
	{ value: 3, label: 'Okay', face: '😐' },
	{ value: 4, label: 'Good', face: '🙂' },
	{ value: 5, label: 'Very good', face: '😄' }
];

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
