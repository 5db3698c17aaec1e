/**
 * The building blocks every record schema is made of. Each carries a message that a person can read,
 * because restore shows the first one to them.
 */
import * as v from 'valibot';
import { isClockTime, isInstant, isLocalDay } from '../dates';

/** No text field in Tandem is longer than this; a 10 MB string is a broken or hostile file. */
export const MAX_TEXT = 20_000;

export const Id = v.pipe(
	v.string('an id must be text'),
	v.minLength(1, 'an id is empty'),
	v.maxLength(64, 'an id is too long'),
	v.regex(/^[A-Za-z0-9_-]+$/, 'an id has characters that ids never have')
);

export const LocalDaySchema = v.pipe(
	v.string('a date must be text'),
	v.check(isLocalDay, (issue) => `“${String(issue.input).slice(0, 40)}” is not a real calendar date`)
);

export const InstantSchema = v.pipe(
	v.string('a time must be text'),
	v.check(isInstant, (issue) => `“${String(issue.input).slice(0, 40)}” is not a real date and time`)
);

export const ClockTimeSchema = v.pipe(
	v.string('a clock time must be text'),
	v.check(isClockTime, (issue) => `“${String(issue.input).slice(0, 20)}” is not a time of day (HH:MM)`)
);

export function text(max = 2_000, label = 'text') {
	return v.pipe(v.string(`${label} must be text`), v.maxLength(Math.min(max, MAX_TEXT), `${label} is too long`));
}

export function requiredText(max = 200, label = 'a name') {
	return v.pipe(
		v.string(`${label} must be text`),
		v.trim(),
		v.minLength(1, `add ${label}`),
		v.maxLength(max, `${label} is too long`)
	);
}

export function integer(min: number, max: number, label: string) {
	return v.pipe(
		v.number(`${label} must be a number`),
		v.integer(`${label} must be a whole number`),
		v.minValue(min, `${label} must be at least ${min}`),
		v.maxValue(max, `${label} must be at most ${max}`)
	);
}

export function decimal(min: number, max: number, label: string) {
	return v.pipe(
		v.number(`${label} must be a number`),
		v.finite(`${label} must be a finite number`),
		v.minValue(min, `${label} must be at least ${min}`),
		v.maxValue(max, `${label} must be at most ${max}`)
	);
}

/** The fields every record has. */
export const recordBase = {
	id: Id,
	createdAt: InstantSchema,
	updatedAt: InstantSchema
};

export const IdList = v.pipe(v.array(Id, 'a list of ids must be a list'), v.maxLength(1_000, 'too many linked records'));
export const TextList = v.pipe(
	v.array(text(500), 'a list of words must be a list'),
	v.maxLength(200, 'too many items in a list')
);

export const Phone = v.pipe(
	v.string('a phone number must be text'),
	v.trim(),
	v.maxLength(40, 'a phone number is too long'),
	v.regex(/^[0-9+()\-.\s]*$/, 'a phone number can only have digits, spaces and + ( ) - .')
);
