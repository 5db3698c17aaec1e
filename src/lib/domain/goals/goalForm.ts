/**
 * The goal form: what a person fills in (a target in pieces a form can bind), the problems that keep
 * it from saving, and the record fields it becomes. Loaded only by the goal editor.
 */
import * as v from 'valibot';
import { isLocalDay, type LocalDay } from '../dates';
import { GOAL_AREAS, GOAL_STATUSES, GOAL_WORKS_ON, TARGET_METRICS, type Goal } from '../records/goals';
import { METRIC_OPTIONS } from './labels';
import { windowsFor, type Target, type TargetMetric, type TargetWindow } from './targetRules';

export { AREA_LABELS, METRIC_OPTIONS, STATUS_LABELS, WINDOW_LABELS, WORKS_ON_LABELS } from './labels';

/** The values each measure can take, so a target like "mood ≥ 9" is caught before it is saved. */
export const METRIC_RANGES: Record<TargetMetric, [number, number]> = {
	sleepHours: [0, 24],
	sleepQuality: [1, 5],
	mood: [1, 5],
	energy: [1, 5],
	stress: [0, 10],
	concentration: [1, 5],
	panicAttacks: [0, 100],
	phq9: [0, 27],
	gad7: [0, 21],
	adherence: [0, 100],
	copingUses: [0, 100]
};

export interface TargetForm {
	metric: TargetMetric;
	comparison: Target['comparison'];
	value: number | null;
	windowKind: TargetWindow['kind'];
	days: number;
	/** A medication id for adherence, a coping tool id for uses; null for all. */
	subjectId: string | null;
}

export interface GoalForm {
	title: string;
	why: string;
	area: Goal['area'];
	worksOn: Goal['worksOn'];
	setWith: string[];
	startDay: LocalDay;
	reviewDay: LocalDay | '';
	status: Goal['status'];
	hasTarget: boolean;
	target: TargetForm;
	medicationIds: string[];
	copingTools: string[];
	topics: string[];
}

export interface GoalProblem {
	field: string;
	message: string;
}

export function defaultTarget(metric: TargetMetric = 'sleepHours'): TargetForm {
	const usual: Partial<Record<TargetMetric, Pick<TargetForm, 'comparison' | 'value'>>> = {
		sleepHours: { comparison: '>=', value: 7 },
		panicAttacks: { comparison: '<=', value: 1 },
		stress: { comparison: '<=', value: 4 },
		phq9: { comparison: '<', value: 10 },
		gad7: { comparison: '<', value: 10 },
		adherence: { comparison: '>=', value: 90 },
		copingUses: { comparison: '>=', value: 3 }
	};
	return {
		metric,
		...(usual[metric] ?? { comparison: '>=', value: 3 }),
		windowKind: windowsFor(metric)[0],
		days: 5,
		subjectId: null
	};
}

export function emptyGoal(today: LocalDay): GoalForm {
	return {
		title: '',
		why: '',
		area: 'sleep',
		worksOn: 'both',
		setWith: [],
		startDay: today,
		reviewDay: '',
		status: 'active',
		hasTarget: false,
		target: defaultTarget(),
		medicationIds: [],
		copingTools: [],
		topics: []
	};
}

const Day = (message: string) => v.pipe(v.string(), v.check(isLocalDay, message));

const FormSchema = v.object({
	title: v.pipe(
		v.string(),
		v.trim(),
		v.minLength(1, 'Give the goal a short title.'),
		v.maxLength(200, 'Please keep the title under 200 characters.')
	),
	why: v.pipe(v.string(), v.maxLength(4_000, '“Why it matters” is too long to save; please shorten it a little.')),
	area: v.picklist(GOAL_AREAS, 'Please choose an area.'),
	worksOn: v.picklist(GOAL_WORKS_ON, 'Please choose who works on it.'),
	startDay: Day('Please pick a real start date.'),
	reviewDay: v.union(
		[v.literal(''), Day('Please pick a real review date, or leave it empty.')],
		'Please pick a real review date, or leave it empty.'
	),
	status: v.picklist(GOAL_STATUSES, 'Please choose a status.'),
	topics: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500, 'A topic is too long.'))), v.maxLength(200, 'Too many topics.'))
});

/** The problems with a goal form, one plain sentence per field; none means it can be saved. */
export function goalProblems(form: GoalForm): GoalProblem[] {
	const result = v.safeParse(FormSchema, form, { abortPipeEarly: true });
	const problems: GoalProblem[] = result.success
		? []
		: result.issues.map((issue) => ({ field: String(issue.path?.[0]?.key ?? 'form'), message: issue.message }));
	if (form.reviewDay && isLocalDay(form.reviewDay) && isLocalDay(form.startDay) && form.reviewDay < form.startDay) {
		problems.push({ field: 'reviewDay', message: 'The review date comes before the start date.' });
	}
	if (form.hasTarget) problems.push(...targetProblems(form.target));
	return problems;
}

/** A weekly total adds up to seven days of the measure; every other window reads one value. */
function targetRange(target: TargetForm): [number, number] {
	const [min, max] = METRIC_RANGES[target.metric];
	return target.windowKind === 'weeklyTotal' && target.metric !== 'adherence' ? [0, max * 7] : [min, max];
}

function targetProblems(target: TargetForm): GoalProblem[] {
	const [min, max] = targetRange(target);
	const problems: GoalProblem[] = [];
	if (target.value === null || !Number.isFinite(target.value)) {
		problems.push({ field: 'targetValue', message: 'Give the target a number.' });
	} else if (target.value < min || target.value > max) {
		const what =
			target.windowKind === 'weeklyTotal' && target.metric !== 'adherence' ? 'A weekly total' : METRIC_OPTIONS[target.metric];
		problems.push({ field: 'targetValue', message: `${what} goes from ${min} to ${max}.` });
	}
	if (target.windowKind === 'daysOfWeek' && !(Number.isInteger(target.days) && target.days >= 1 && target.days <= 7)) {
		problems.push({ field: 'targetDays', message: 'Choose from 1 to 7 days a week.' });
	}
	return problems;
}

/** The target record a form describes. */
export function targetOf(form: TargetForm): Target {
	const window: TargetWindow =
		form.windowKind === 'daysOfWeek' ? { kind: 'daysOfWeek', days: form.days } : { kind: form.windowKind };
	return { metric: form.metric, comparison: form.comparison, value: form.value ?? 0, window, subjectId: form.subjectId };
}

/** A form for an existing goal. */
export function formOf(goal: Goal): GoalForm {
	const target = goal.target;
	return {
		title: goal.title,
		why: goal.why,
		area: goal.area,
		worksOn: goal.worksOn,
		setWith: [...goal.setWith],
		startDay: goal.startDay,
		reviewDay: goal.reviewDay ?? '',
		status: goal.status,
		hasTarget: target !== null,
		target: target
			? {
					metric: target.metric,
					comparison: target.comparison,
					value: target.value,
					windowKind: target.window.kind,
					days: target.window.kind === 'daysOfWeek' ? target.window.days : 5,
					subjectId: target.subjectId
				}
			: defaultTarget(),
		medicationIds: [...goal.medicationIds],
		copingTools: [...goal.copingTools],
		topics: [...goal.topics]
	};
}

export type GoalFields = Omit<Goal, 'id' | 'createdAt' | 'updatedAt'>;

/** Cleans a form into the fields a goal record stores. */
export function goalFields(form: GoalForm): GoalFields {
	return {
		title: form.title.trim(),
		why: form.why.trim(),
		area: form.area,
		worksOn: form.worksOn,
		setWith: form.setWith,
		startDay: form.startDay,
		reviewDay: form.reviewDay === '' ? null : form.reviewDay,
		status: form.status,
		target: form.hasTarget ? targetOf(form.target) : null,
		medicationIds: form.medicationIds,
		copingTools: form.copingTools,
		topics: form.topics.map((topic) => topic.trim()).filter(Boolean)
	};
}

export { TARGET_METRICS };
