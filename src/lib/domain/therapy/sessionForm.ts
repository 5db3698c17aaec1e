/**
 * The session form: what a person fills in, the problems that keep it from saving, and the record
 * fields it becomes. Loaded only by the form, so Today stays free of validation code.
 */
import * as v from 'valibot';
import { addDays, instantOf, isClockTime, isLocalDay, localDayOf, type LocalDay } from '../dates';
import { SESSION_KINDS, type TherapySession } from '../records/therapy';

/** What the session form holds; `at` is split into the day and time a person picks. */
export interface SessionForm {
	day: LocalDay;
	time: string;
	withContactId: string | null;
	kind: TherapySession['kind'];
	topics: string[];
	takeaways: string;
	/** A new homework item has no id until it is saved. */
	homework: { id: string | null; text: string; doneAt: string | null }[];
	moodBefore: number | null;
	moodAfter: number | null;
}

export interface SessionProblem {
	field: string;
	message: string;
}

/** Planning further ahead than this is almost always a typo in the year. */
const FURTHEST_PLAN_DAYS = 366;

const Mood = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)));

const FormSchema = v.object({
	day: v.pipe(v.string(), v.check(isLocalDay, 'Please pick a real calendar date.')),
	time: v.pipe(v.string(), v.check(isClockTime, 'Please pick a time of day.')),
	kind: v.picklist(SESSION_KINDS, 'Please choose what kind of session it was.'),
	topics: v.pipe(
		v.array(v.pipe(v.string(), v.maxLength(500, 'A topic is too long; please shorten it.'))),
		v.maxLength(200, 'That is more topics than one session can hold.')
	),
	takeaways: v.pipe(v.string(), v.maxLength(10_000, 'The takeaways are too long to save; please shorten them a little.')),
	homework: v.pipe(
		v.array(v.object({ text: v.pipe(v.string(), v.maxLength(500, 'A homework item is too long; please shorten it.')) })),
		v.maxLength(100, 'That is more homework than one session can hold.')
	),
	moodBefore: Mood,
	moodAfter: Mood
});

/** The problems with a session form, one plain sentence per field; none means it can be saved. */
export function sessionProblems(form: SessionForm, today: LocalDay): SessionProblem[] {
	const result = v.safeParse(FormSchema, form, { abortPipeEarly: true });
	const problems: SessionProblem[] = result.success
		? []
		: result.issues.map((issue) => ({ field: String(issue.path?.[0]?.key ?? 'form'), message: messageOf(issue) }));
	if (!problems.some((problem) => problem.field === 'day') && isLocalDay(form.day)) {
		if (form.day > addDays(today, FURTHEST_PLAN_DAYS)) {
			problems.push({ field: 'day', message: 'That is more than a year away — please check the year.' });
		}
	}
	return problems;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
	const field = issue.path?.[0]?.key;
	if (field === 'moodBefore' || field === 'moodAfter') return 'Mood is one of the five steps, from very low to very good.';
	return issue.message;
}

/** The instant a session starts, in the device's time zone; built from numbers, never by parsing a date string. */
export function sessionInstant(day: LocalDay, time: string): string {
	const [year, month, date] = day.split('-').map(Number);
	const [hours, minutes] = time.split(':').map(Number);
	return instantOf(new Date(year, month - 1, date, hours, minutes));
}

/** The form's day and time for a stored session, read back in the device's time zone. */
export function dayAndTimeOf(at: string): { day: LocalDay; time: string } {
	const date = new Date(at);
	return { day: localDayOf(date), time: `${pad(date.getHours())}:${pad(date.getMinutes())}` };
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** Cleans a form into the fields a session record stores: trimmed text, no empty topics or homework. */
export function sessionFields(form: SessionForm, newId: () => string): Omit<TherapySession, 'id' | 'createdAt' | 'updatedAt'> {
	return {
		at: sessionInstant(form.day, form.time),
		withContactId: form.withContactId,
		kind: form.kind,
		topics: form.topics.map((topic) => topic.trim()).filter(Boolean),
		takeaways: form.takeaways.trim(),
		homework: form.homework
			.map((item) => ({ id: item.id ?? newId(), text: item.text.trim(), doneAt: item.doneAt }))
			.filter((item) => item.text.length > 0),
		moodBefore: form.moodBefore,
		moodAfter: form.moodAfter
	};
}
