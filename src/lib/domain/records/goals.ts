import * as v from 'valibot';
import {
	decimal,
	Id,
	IdList,
	InstantSchema,
	integer,
	LocalDaySchema,
	recordBase,
	requiredText,
	text,
	TextList
} from './primitives';

export const GOAL_AREAS = [
	'sleep',
	'panic',
	'concentration',
	'mood',
	'energy',
	'dailyLife',
	'relationships',
	'work',
	'other'
] as const;

export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
export const GOAL_WORKS_ON = ['therapy', 'medication', 'both'] as const;

export const TARGET_METRICS = [
	'sleepHours',
	'sleepQuality',
	'mood',
	'energy',
	'stress',
	'concentration',
	'panicAttacks',
	'phq9',
	'gad7',
	'adherence',
	'copingUses'
] as const;

export const TargetSchema = v.strictObject({
	metric: v.picklist(TARGET_METRICS, 'a target’s measure is not one Tandem knows'),
	comparison: v.picklist(['>=', '<=', '<', '>', '='], 'a target’s comparison is not one Tandem knows'),
	value: decimal(-1_000, 1_000, 'a target value'),
	window: v.variant('kind', [
		v.strictObject({ kind: v.literal('daysOfWeek'), days: integer(1, 7, 'the number of days') }),
		v.strictObject({ kind: v.literal('weeklyTotal') }),
		v.strictObject({ kind: v.literal('latest') })
	]),
	subjectId: v.nullable(Id)
});

export const GoalSchema = v.strictObject({
	...recordBase,
	title: requiredText(200, 'a goal’s title'),
	why: text(4_000, 'why it matters'),
	area: v.picklist(GOAL_AREAS, 'a goal’s area is not one Tandem knows'),
	worksOn: v.picklist(GOAL_WORKS_ON, 'who works on a goal is not therapy, medication or both'),
	setWith: IdList,
	startDay: LocalDaySchema,
	reviewDay: v.nullable(LocalDaySchema),
	status: v.picklist(GOAL_STATUSES, 'a goal’s status is not one Tandem knows'),
	target: v.nullable(TargetSchema),
	medicationIds: IdList,
	copingTools: TextList,
	topics: TextList
});
export type Goal = v.InferOutput<typeof GoalSchema>;

export const GoalStepSchema = v.strictObject({
	...recordBase,
	goalId: Id,
	order: integer(0, 10_000, 'a step’s position'),
	text: requiredText(500, 'a step'),
	doneAt: v.nullable(InstantSchema),
	suggestedBy: text(120, 'who suggested a step')
});
export type GoalStep = v.InferOutput<typeof GoalStepSchema>;
