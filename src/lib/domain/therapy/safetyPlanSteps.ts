/**
 * The safety plan's steps (Stanley–Brown) in their order, with the words the plan and its editor use.
 * No schema code: the crisis screen shows the plan and must open at once.
 */
import type { SafetyPlan } from '../records/therapy';

export type SafetyPlanStep = Exclude<keyof SafetyPlan, 'id' | 'createdAt' | 'updatedAt'>;
/** Every step but "People I can ask for help", which lists contacts rather than text. */
export type SafetyPlanTextStep = Exclude<SafetyPlanStep, 'peopleToAsk'>;

export const SAFETY_PLAN_STEPS: readonly { key: SafetyPlanStep; title: string }[] = [
	{ key: 'warningSigns', title: '1. My warning signs' },
	{ key: 'copingStrategies', title: '2. Things I can do on my own' },
	{ key: 'distractions', title: '3. People and places that take my mind off things' },
	{ key: 'peopleToAsk', title: '4. People I can ask for help' },
	{ key: 'professionals', title: '5. Professionals and crisis lines' },
	{ key: 'safeEnvironment', title: '6. Making my surroundings safer' },
	{ key: 'reasonsForLiving', title: '7. My reasons for living' }
];

export const SAFETY_PLAN_TEXT_STEPS = SAFETY_PLAN_STEPS.filter(
	(step): step is { key: SafetyPlanTextStep; title: string } => step.key !== 'peopleToAsk'
);

/** How the editor asks for each text step: `noun` names one entry ("Warning sign 1", "Add a warning sign"). */
export const SAFETY_PLAN_PROMPTS: Record<SafetyPlanTextStep, { noun: string; hint: string }> = {
	warningSigns: {
		noun: 'warning sign',
		hint: 'Thoughts, moods, pictures or situations that tell you a crisis may be building.'
	},
	copingStrategies: { noun: 'coping strategy', hint: 'Things that help you feel a little better without contacting anyone.' },
	distractions: {
		noun: 'person or place',
		hint: 'People to be with and places to go that help you think about something else.'
	},
	professionals: {
		noun: 'professional or line',
		hint: 'Your therapist, doctor or a crisis line, with a number if you have one.'
	},
	safeEnvironment: {
		noun: 'way to make things safer',
		hint: 'Ways to keep things you could use to hurt yourself out of reach.'
	},
	reasonsForLiving: { noun: 'reason for living', hint: 'The people, hopes and things that matter most to you.' }
};
