import * as v from 'valibot';
import { BreathingPatternSchema } from '../coping/breathing';
import { Id, IdList, InstantSchema, integer, recordBase, requiredText, text, TextList } from './primitives';

export const SESSION_KINDS = ['individual', 'group', 'check-in'] as const;

export const TherapySessionSchema = v.strictObject({
	...recordBase,
	at: InstantSchema,
	withContactId: v.nullable(Id),
	kind: v.picklist(SESSION_KINDS, 'the session kind is not individual, group or check-in'),
	topics: TextList,
	takeaways: text(10_000, 'the takeaways'),
	homework: v.pipe(
		v.array(v.strictObject({ id: Id, text: requiredText(500, 'a homework item'), doneAt: v.nullable(InstantSchema) })),
		v.maxLength(100)
	),
	moodBefore: v.nullable(integer(1, 5, 'mood before')),
	moodAfter: v.nullable(integer(1, 5, 'mood after'))
});
export type TherapySession = v.InferOutput<typeof TherapySessionSchema>;

export const AGENDA_SOURCES = ['manual', 'journal', 'sideEffect', 'goal', 'thoughtRecord'] as const;

export const AgendaItemSchema = v.strictObject({
	...recordBase,
	text: requiredText(2_000, 'an agenda item'),
	source: v.picklist(AGENDA_SOURCES, 'an agenda item’s source is not one Tandem knows'),
	sourceId: v.nullable(Id),
	sessionId: v.nullable(Id),
	discussedAt: v.nullable(InstantSchema)
});
export type AgendaItem = v.InferOutput<typeof AgendaItemSchema>;

export const COPING_TOOLS = ['breathing-box', 'breathing-478', 'breathing-custom', 'thought-record', 'grounding'] as const;

export const CopingUseSchema = v.strictObject({
	...recordBase,
	tool: v.picklist(COPING_TOOLS, 'a coping tool is not one Tandem knows'),
	startedAt: InstantSchema,
	durationSeconds: integer(0, 86_400, 'the duration'),
	distressBefore: v.nullable(integer(0, 10, 'distress before')),
	distressAfter: v.nullable(integer(0, 10, 'distress after')),
	// Added after schema 1 was released; optional, so every stored or backed-up use stays valid.
	pattern: v.optional(BreathingPatternSchema)
});
export type CopingUse = v.InferOutput<typeof CopingUseSchema>;

const Emotion = v.strictObject({
	name: requiredText(100, 'an emotion'),
	before: integer(0, 100, 'an emotion’s intensity'),
	after: v.nullable(integer(0, 100, 'an emotion’s intensity after'))
});

export const ThoughtRecordSchema = v.strictObject({
	...recordBase,
	situation: text(4_000, 'the situation'),
	thoughts: text(4_000, 'the thoughts'),
	emotions: v.pipe(v.array(Emotion), v.maxLength(20)),
	evidenceFor: text(4_000, 'the evidence for'),
	evidenceAgainst: text(4_000, 'the evidence against'),
	balancedThought: text(4_000, 'the balanced thought'),
	thinkingTraps: TextList,
	draft: v.boolean()
});
export type ThoughtRecord = v.InferOutput<typeof ThoughtRecordSchema>;

export const SafetyPlanSchema = v.strictObject({
	...recordBase,
	warningSigns: TextList,
	copingStrategies: TextList,
	distractions: TextList,
	peopleToAsk: IdList,
	professionals: TextList,
	safeEnvironment: TextList,
	reasonsForLiving: TextList
});
export type SafetyPlan = v.InferOutput<typeof SafetyPlanSchema>;
