/**
 * The daily check-in: the scales it offers, the tags it starts with, and the problems that keep a
 * draft from being saved, worded for the person filling it in.
 */
import * as v from 'valibot';
import { isLocalDay, type LocalDay } from '../dates';
import { CheckinSchema } from '../records/monitoring';
import type { CheckinDraft } from './scales';

export { DEFAULT_TAGS, emptyCheckin, MOOD_SCALE, type CheckinDraft, type MoodStep } from './scales';

export interface CheckinProblem {
	field: string;
	message: string;
}

const DraftSchema = v.omit(CheckinSchema, ['id', 'createdAt', 'updatedAt']);

/** One plain sentence per field, used instead of the schema's terser wording. */
const HINTS: Record<string, string> = {
	day: 'Please pick a real calendar date.',
	mood: 'Mood is one of the five steps, from very low to very good.',
	sleepHours: 'Sleep goes from 0 to 24 hours, in half-hour steps.',
	sleepQuality: 'Sleep quality is a whole number from 1 to 5.',
	energy: 'Energy is a whole number from 1 to 5.',
	stress: 'Stress is a whole number from 0 to 10.',
	concentration: 'Concentration is a whole number from 1 to 5.',
	panicAttacks: 'Panic attacks are a count: 0 or more, in whole numbers.',
	cravings: 'Cravings are a whole number from 0 to 10.',
	tags: 'Tags are short words or phrases.',
	note: 'The note is too long to save; please shorten it a little.'
};

export const FUTURE_DAY = 'You can’t check in for a day that hasn’t happened yet.';

/** Local days compare correctly as strings; only a real calendar date can be in the future. */
function isFutureDay(day: unknown, today: LocalDay): boolean {
	return typeof day === 'string' && isLocalDay(day) && day > today;
}

/** A tag with nothing in it would show as an empty chip and could never be searched for. */
function hasBlankTag(tags: unknown): boolean {
	return Array.isArray(tags) && tags.some((tag) => typeof tag === 'string' && tag.trim() === '');
}

/** Every reason the draft cannot be saved yet, at most one per field; [] when it can. */
export function checkinProblems(draft: CheckinDraft, today: LocalDay): CheckinProblem[] {
	const problems: CheckinProblem[] = [];
	const add = (field: string, message: string) => {
		if (!problems.some((problem) => problem.field === field)) problems.push({ field, message });
	};
	if (isFutureDay(draft.day, today)) add('day', FUTURE_DAY);
	const result = v.safeParse(DraftSchema, draft);
	if (!result.success) {
		for (const issue of result.issues) {
			const field = String(issue.path?.[0]?.key ?? 'checkin');
			add(field, Object.hasOwn(HINTS, field) ? HINTS[field] : issue.message);
		}
	}
	if (hasBlankTag(draft.tags)) add('tags', 'A tag is empty; please name it or remove it.');
	return problems;
}
