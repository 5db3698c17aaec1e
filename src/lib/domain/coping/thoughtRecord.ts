/**
 * The thought record — "steps for clear thinking". A draft may be saved at any point; a finished
 * record needs the situation, the thought, at least one emotion rated before, and a balanced thought.
 */
import * as v from 'valibot';
import type { ThoughtRecord } from '../records/therapy';

export type ThoughtRecordFields = Omit<ThoughtRecord, 'id' | 'createdAt' | 'updatedAt' | 'draft'>;

export const THOUGHT_STEPS = [
	{ key: 'situation', title: 'Situation', hint: 'What happened? Where were you, who was there, when was it?' },
	{ key: 'thoughts', title: 'Automatic thoughts', hint: 'What went through your mind? Which thought hit hardest?' },
	{ key: 'emotions', title: 'Emotions', hint: 'What did you feel, and how strongly, from 0 to 100?' },
	{ key: 'evidenceFor', title: 'Evidence for', hint: 'What facts support the thought?' },
	{ key: 'evidenceAgainst', title: 'Evidence against', hint: 'What facts don’t fit it? What would you tell a friend?' },
	{ key: 'balancedThought', title: 'Balanced thought', hint: 'A fairer way to see it, taking all the evidence in.' },
	{ key: 'rerate', title: 'Re-rate your emotions', hint: 'How strong is each emotion now?' }
] as const;

export function emptyThoughtRecord(): ThoughtRecordFields {
	return {
		situation: '',
		thoughts: '',
		emotions: [],
		evidenceFor: '',
		evidenceAgainst: '',
		balancedThought: '',
		thinkingTraps: []
	};
}

export interface ThoughtProblem {
	field: string;
	message: string;
}

const Intensity = v.pipe(
	v.number('Rate each emotion from 0 to 100.'),
	v.integer('Rate each emotion in whole numbers, 0 to 100.'),
	v.minValue(0, 'Rate each emotion from 0 to 100.'),
	v.maxValue(100, 'Rate each emotion from 0 to 100.')
);

const Emotions = v.array(
	v.object({
		name: v.pipe(
			v.string(),
			v.trim(),
			v.minLength(1, 'Give each emotion a name, or remove it.'),
			v.maxLength(100, 'An emotion’s name is too long.')
		),
		before: Intensity,
		after: v.nullable(Intensity)
	})
);

const Long = (label: string) =>
	v.pipe(v.string(), v.maxLength(4_000, `${label} is too long to save; please shorten it a little.`));

/** What any save needs, draft or not: sizes and ratings in range. */
const DraftSchema = v.object({
	situation: Long('The situation'),
	thoughts: Long('The thoughts'),
	emotions: v.pipe(Emotions, v.maxLength(20, 'Twenty emotions is the most one record holds.')),
	evidenceFor: Long('The evidence for'),
	evidenceAgainst: Long('The evidence against'),
	balancedThought: Long('The balanced thought'),
	thinkingTraps: v.array(v.string())
});

const Filled = (message: string) => v.pipe(v.string(), v.trim(), v.minLength(1, message));

/** What finishing a record needs on top. */
const FinishedSchema = v.object({
	situation: Filled('Write a line about what happened.'),
	thoughts: Filled('Write down the thought that went through your mind.'),
	emotions: v.pipe(v.array(v.unknown()), v.minLength(1, 'Name at least one emotion and how strong it was.')),
	balancedThought: Filled('Write a balanced thought — even a small step counts.')
});

function problemsOf(result: v.SafeParseResult<v.GenericSchema>): ThoughtProblem[] {
	return result.success
		? []
		: result.issues.map((issue) => ({ field: String(issue.path?.[0]?.key ?? 'form'), message: issue.message }));
}

/** Problems that stop any save; a draft may be half empty. */
export function draftProblems(fields: ThoughtRecordFields): ThoughtProblem[] {
	return problemsOf(v.safeParse(DraftSchema, fields, { abortPipeEarly: true }));
}

/** Problems that stop a record from being finished. */
export function finishProblems(fields: ThoughtRecordFields): ThoughtProblem[] {
	const problems = draftProblems(fields);
	return problems.length ? problems : problemsOf(v.safeParse(FinishedSchema, fields, { abortPipeEarly: true }));
}

/** The biggest change in any emotion's intensity from before to after, for the history list. */
export function strongestShift(record: Pick<ThoughtRecord, 'emotions'>): { name: string; before: number; after: number } | null {
	let best: { name: string; before: number; after: number } | null = null;
	for (const emotion of record.emotions) {
		if (emotion.after === null) continue;
		if (best === null || Math.abs(emotion.after - emotion.before) > Math.abs(best.after - best.before)) {
			best = { name: emotion.name, before: emotion.before, after: emotion.after };
		}
	}
	return best;
}
