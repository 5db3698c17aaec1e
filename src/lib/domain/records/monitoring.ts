import * as v from 'valibot';
import { RATING_SCALES } from '../monitoring/scales';
import { decimal, Id, InstantSchema, integer, LocalDaySchema, recordBase, requiredText, text, TextList } from './primitives';

export const CheckinSchema = v.strictObject({
	...recordBase,
	day: LocalDaySchema,
	mood: v.nullable(integer(RATING_SCALES.mood.min, RATING_SCALES.mood.max, 'mood')),
	sleepHours: v.nullable(v.pipe(decimal(0, 24, 'sleep hours'), v.multipleOf(0.5, 'sleep hours go in half-hour steps'))),
	sleepQuality: v.nullable(integer(RATING_SCALES.sleepQuality.min, RATING_SCALES.sleepQuality.max, 'sleep quality')),
	energy: v.nullable(integer(RATING_SCALES.energy.min, RATING_SCALES.energy.max, 'energy')),
	stress: v.nullable(integer(0, 10, 'stress')),
	concentration: v.nullable(integer(RATING_SCALES.concentration.min, RATING_SCALES.concentration.max, 'concentration')),
	panicAttacks: v.nullable(integer(0, 100, 'panic attacks')),
	cravings: v.nullable(integer(0, 10, 'cravings')),
	tags: TextList,
	note: text(10_000, 'a note')
});
export type Checkin = v.InferOutput<typeof CheckinSchema>;

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

export const SideEffectSchema = v.strictObject({
	...recordBase,
	at: InstantSchema,
	effect: requiredText(200, 'the side effect'),
	severity: v.picklist(SEVERITIES, 'severity is not mild, moderate or severe'),
	medicationId: v.nullable(Id),
	note: text(4_000, 'a note'),
	onAgenda: v.boolean()
});
export type SideEffect = v.InferOutput<typeof SideEffectSchema>;

export const INSTRUMENTS = ['PHQ-9', 'PHQ-8', 'GAD-7'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** An assessment's fields and answer count; the score is checked on top (or, from a backup, recomputed). */
export const AssessmentAnswersSchema = v.pipe(
	v.strictObject({
		...recordBase,
		at: InstantSchema,
		instrument: v.picklist(INSTRUMENTS, 'the questionnaire is not PHQ-9, PHQ-8 or GAD-7'),
		answers: v.pipe(v.array(integer(0, 3, 'an answer')), v.minLength(7), v.maxLength(9)),
		score: integer(0, 27, 'a score'),
		band: requiredText(40, 'a band'),
		difficulty: v.nullable(integer(0, 3, 'the difficulty answer'))
	}),
	v.check(
		(record) => record.answers.length === { 'PHQ-9': 9, 'PHQ-8': 8, 'GAD-7': 7 }[record.instrument],
		'a questionnaire has the wrong number of answers'
	)
);

export const AssessmentSchema = v.pipe(
	AssessmentAnswersSchema,
	v.check(
		(record) => record.score === record.answers.reduce((sum, answer) => sum + answer, 0),
		'a questionnaire score does not match its answers'
	)
);
export type Assessment = v.InferOutput<typeof AssessmentSchema>;
