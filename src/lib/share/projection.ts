/**
 * The projection of the owner's data into what one supporter may see: a small, plain, JSON-ready
 * snapshot that board.ts writes into that supporter's Y.Doc.
 *
 * Invariants:
 * - Allow-listed, field by field: every value in a snapshot is named here and copied or computed on
 *   purpose. No record is ever spread, so a field added to a record later is never shared by accident.
 * - A part the scope leaves out is null, not empty: it never enters the board at all. Goals not chosen
 *   never appear, not even their ids.
 * - Never shared, not even as an option: check-in notes and tags, a goal's "why", thought records,
 *   therapy sessions, agenda items, side effects, the safety plan, contacts, medication notes and
 *   purposes, dose reasons, questionnaire answers and scores. This module does not read them.
 * - Weekly aggregates only, never raw days, so a board stays far below y-webrtc's ~64 KB message limit.
 * - The snapshot schema below is the one contract both sides check: the projection always passes it,
 *   and a board read from a peer is validated against it before anything shows it.
 */
import { compareGoals } from '$lib/domain/goals/order';
import * as v from 'valibot';
import { addDays, type LocalDay } from '$lib/domain/dates';
import { thisWeekText } from '$lib/domain/goals/progressText';
import { describeTarget, evaluateTarget, indexGoalData, type GoalIndex, type MedicationData } from '$lib/domain/goals/target';
import { adherenceShare, checkinReader, daysBackFrom } from '$lib/domain/goals/targetData';
import type { CheckinMetric } from '$lib/domain/goals/targetRules';
import { bandOf, familyOf, type InstrumentFamily } from '$lib/domain/instruments';
import { timetableFor } from '$lib/domain/medication/timetable';
import {
	ClockTimeSchema,
	GOAL_AREAS,
	GoalSchema,
	Id,
	InstantSchema,
	INSTRUMENTS,
	LocalDaySchema,
	MAX_AMOUNT,
	ShareSchema,
	type Assessment,
	type Checkin,
	type CopingUse,
	type Goal,
	type GoalStep
} from '$lib/domain/records';

/** Weekly figures shown by default (goal results, adherence, wellbeing), and the most a board may hold. */
export const DEFAULT_BOARD_WEEKS = 12;
export const MAX_BOARD_WEEKS = 52;
export const MAX_BOARD_GOALS = 50;
export const MAX_GOAL_STEPS = 30;
export const MAX_UPCOMING_DOSES = 48;
export const MAX_ANSWERS = 200;
export const UPCOMING_HOURS = 48;

/** What one supporter may see; stored on the share record (`goalIds` null = every goal, [] = none). */
export const ScopeSchema = ShareSchema.entries.scope;
export type ShareScope = v.InferOutput<typeof ScopeSchema>;

export const WIDEST_SCOPE: ShareScope = {
	goalIds: null,
	adherence: true,
	wellbeingSummary: true,
	upcomingDoses: true,
	questionnaireBands: true
};

/** Text as written, length-limited; unlike the record schemas it never trims, so a read board equals what was written. */
export function boundedText(max: number, min = 0) {
	return v.pipe(v.string(), v.minLength(min), v.maxLength(max));
}

const WeekValue = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-1_000), v.maxValue(MAX_AMOUNT)));
const WeekValues = v.pipe(v.array(WeekValue), v.maxLength(MAX_BOARD_WEEKS));

/** One figure per rolling week, oldest first; the last week ends on `endDay`. */
const SeriesSchema = v.strictObject({ endDay: LocalDaySchema, values: WeekValues });

const BoardGoalSchema = v.strictObject({
	id: Id,
	title: boundedText(200, 1),
	area: v.picklist(GOAL_AREAS),
	status: GoalSchema.entries.status,
	steps: v.pipe(v.array(v.strictObject({ text: boundedText(500, 1), done: v.boolean() })), v.maxLength(MAX_GOAL_STEPS)),
	target: v.nullable(
		v.strictObject({
			description: boundedText(300, 1),
			thisWeek: boundedText(300),
			streak: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000)),
			endDay: LocalDaySchema,
			values: WeekValues,
			met: v.pipe(v.array(v.nullable(v.boolean())), v.maxLength(MAX_BOARD_WEEKS))
		})
	)
});

export const BoardSnapshotSchema = v.strictObject({
	meta: v.strictObject({ version: v.literal(1), ownerName: boundedText(120, 1), projectedAt: InstantSchema }),
	goals: v.nullable(v.pipe(v.array(BoardGoalSchema), v.maxLength(MAX_BOARD_GOALS))),
	adherence: v.nullable(SeriesSchema),
	wellbeing: v.nullable(v.strictObject({ endDay: LocalDaySchema, mood: WeekValues, sleepHours: WeekValues, energy: WeekValues })),
	doses: v.nullable(
		v.pipe(
			v.array(
				v.strictObject({
					medication: boundedText(120, 1),
					day: LocalDaySchema,
					time: ClockTimeSchema,
					amount: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_AMOUNT)),
					unit: boundedText(20),
					/** The same moment as an instant, so a supporter in another time zone is reminded at the right time. */
					at: v.optional(InstantSchema)
				})
			),
			v.maxLength(MAX_UPCOMING_DOSES)
		)
	),
	bands: v.nullable(
		v.pipe(
			v.array(v.strictObject({ instrument: v.picklist(INSTRUMENTS), band: boundedText(40, 1), day: LocalDaySchema })),
			v.maxLength(2)
		)
	),
	answers: v.nullable(
		v.pipe(v.array(v.strictObject({ id: Id, answer: v.picklist(['accepted', 'declined']) })), v.maxLength(MAX_ANSWERS))
	)
});
export type BoardSnapshot = v.InferOutput<typeof BoardSnapshotSchema>;
export type BoardGoal = v.InferOutput<typeof BoardGoalSchema>;
export type BoardPart = keyof BoardSnapshot;
export type SuggestionAnswer = NonNullable<BoardSnapshot['answers']>[number];

/** What the projection reads. A caller may pass more (a whole backup): only these fields are looked at. */
export interface OwnerData {
	ownerName: string;
	goals: readonly Goal[];
	goalSteps: readonly GoalStep[];
	checkins: readonly Checkin[];
	assessments: readonly Assessment[];
	copingUses: readonly CopingUse[];
	/** The plan, dose records and clock; `now` is the projection's instant. */
	medication: MedicationData;
	/** Suggestions the owner has accepted or declined, so the supporter sees the answer. */
	answers?: readonly SuggestionAnswer[];
}

export interface ProjectionOptions {
	/** Weekly figures per series, 1–52. */
	weeks?: number;
	/**
	 * The journal, doses and plan already indexed (`indexGoalData` of this input): a caller that
	 * re-projects after a goal or step change reuses it instead of indexing months of records again.
	 */
	index?: GoalIndex;
}

function round(value: number | null, places = 1): number | null {
	if (value === null) return null;
	const factor = 10 ** places;
	return Math.round(value * factor) / factor;
}

/**
 * A figure for each of the last `weeks` rolling weeks ending `today` (the same weeks goal targets are
 * judged over), oldest first. A week that ended before anything was recorded has no figure.
 */
function weekly(index: GoalIndex, today: LocalDay, weeks: number, read: (days: LocalDay[]) => number | null) {
	const dayBack = daysBackFrom(index, today);
	const values: (number | null)[] = [];
	for (let week = weeks - 1; week >= 0; week--) {
		const days = [6, 5, 4, 3, 2, 1, 0].map((offset) => dayBack(week * 7 + offset));
		values.push(index.firstDay === null || days[6] < index.firstDay ? null : read(days));
	}
	return { endDay: today, values };
}

function weeklyMean(index: GoalIndex, metric: CheckinMetric): (days: LocalDay[]) => number | null {
	const reader = checkinReader(index, metric);
	return (days) => {
		const values = days.map(reader.value).filter((value) => value !== null);
		return values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length);
	};
}

function boardGoal(
	goal: Goal,
	steps: readonly GoalStep[],
	index: GoalIndex,
	today: LocalDay,
	weeks: number,
	names: Map<string, string>
) {
	const own = steps
		.filter((step) => step.goalId === goal.id)
		.sort((a, b) => a.order - b.order)
		.slice(0, MAX_GOAL_STEPS)
		.map((step) => ({ text: step.text, done: step.doneAt !== null }));
	let target: BoardGoal['target'] = null;
	if (goal.target) {
		const progress = evaluateTarget(goal.target, index, today, weeks);
		const subject = goal.target.metric === 'adherence' && goal.target.subjectId ? names.get(goal.target.subjectId) : undefined;
		target = {
			description: describeTarget(goal.target, subject),
			thisWeek: thisWeekText(goal.target, progress),
			streak: progress.streak,
			endDay: today,
			values: progress.weeks.map((week) => round(week.value)),
			met: progress.weeks.map((week) => week.met)
		};
	}
	return { id: goal.id, title: goal.title, area: goal.area, status: goal.status, steps: own, target };
}

function chosenGoals(goals: readonly Goal[], goalIds: readonly string[] | null): Goal[] {
	const chosen = goalIds === null ? null : new Set(goalIds);
	return goals
		.filter((goal) => chosen === null || chosen.has(goal.id))
		.sort(compareGoals)
		.slice(0, MAX_BOARD_GOALS);
}

/** Scheduled doses due from now to 48 h on with nothing recorded yet: what a supporter could remind about. */
function upcomingDoses(medication: MedicationData, today: LocalDay): NonNullable<BoardSnapshot['doses']> {
	const { medications, schedules, routine, now, timeZone } = medication;
	const until = now + UPCOMING_HOURS * 3_600_000;
	const last = addDays(today, 2);
	const events = medication.events.filter((event) => event.dueDay >= today && event.dueDay <= last);
	const doses: NonNullable<BoardSnapshot['doses']> = [];
	for (let day = today; day <= last; day = addDays(day, 1)) {
		for (const entry of timetableFor(day, { medications, schedules, events, routine, now, timeZone })) {
			if (entry.event !== null || entry.dueAt < now || entry.dueAt >= until) continue;
			doses.push({
				medication: entry.medication.name,
				day: entry.day,
				time: entry.clock,
				amount: entry.amount,
				unit: entry.unit,
				at: new Date(entry.dueAt).toISOString()
			});
		}
	}
	return doses.slice(0, MAX_UPCOMING_DOSES);
}

/** The latest PHQ and GAD-7 band with its day: the band follows from the score; answers never leave. */
function latestBands(assessments: readonly Assessment[]): NonNullable<BoardSnapshot['bands']> {
	const latest = new Map<InstrumentFamily, Assessment>();
	for (const assessment of assessments) {
		const family = familyOf(assessment.instrument);
		const known = latest.get(family);
		if (!known || Date.parse(assessment.at) > Date.parse(known.at)) latest.set(family, assessment);
	}
	return (['PHQ', 'GAD-7'] as const)
		.map((family) => latest.get(family))
		.filter((assessment) => assessment !== undefined)
		.map((assessment) => ({
			instrument: assessment.instrument,
			band: bandOf(assessment.instrument, assessment.score),
			day: assessment.at.slice(0, 10)
		}));
}

/** The board one supporter may see, as of `today` and `input.medication.now`. */
export function projectBoard(
	input: OwnerData,
	scope: ShareScope,
	today: LocalDay,
	options: ProjectionOptions = {}
): BoardSnapshot {
	const weeks = Math.max(1, Math.min(MAX_BOARD_WEEKS, Math.floor(options.weeks ?? DEFAULT_BOARD_WEEKS)));
	const sharesGoals = scope.goalIds === null || scope.goalIds.length > 0;
	const index =
		sharesGoals || scope.adherence || scope.wellbeingSummary
			? (options.index ??
				indexGoalData({
					checkins: input.checkins,
					assessments: input.assessments,
					copingUses: input.copingUses,
					medication: input.medication
				}))
			: null;
	const names = new Map(input.medication.medications.map((medication) => [medication.id, medication.name]));
	return {
		meta: {
			version: 1,
			ownerName: input.ownerName.trim().slice(0, 120) || 'Tandem user',
			projectedAt: new Date(input.medication.now).toISOString()
		},
		goals:
			sharesGoals && index
				? chosenGoals(input.goals, scope.goalIds).map((goal) => boardGoal(goal, input.goalSteps, index, today, weeks, names))
				: null,
		adherence:
			scope.adherence && index
				? weekly(index, today, weeks, (days) => round(adherenceShare(index, null, days).percent, 0))
				: null,
		wellbeing:
			scope.wellbeingSummary && index
				? {
						endDay: today,
						mood: weekly(index, today, weeks, weeklyMean(index, 'mood')).values,
						sleepHours: weekly(index, today, weeks, weeklyMean(index, 'sleepHours')).values,
						energy: weekly(index, today, weeks, weeklyMean(index, 'energy')).values
					}
				: null,
		doses: scope.upcomingDoses ? upcomingDoses(input.medication, today) : null,
		bands: scope.questionnaireBands ? latestBands(input.assessments) : null,
		answers: (input.answers ?? []).slice(-MAX_ANSWERS).map((answer) => ({ id: answer.id, answer: answer.answer }))
	};
}
