/** How goals' areas, statuses and target parts are named to the person; no schema code, so lists stay light. */
import type { Goal } from '../records/goals';
import type { TargetMetric, TargetWindow } from './targetRules';

export const AREA_LABELS: Record<Goal['area'], string> = {
	sleep: 'Sleep',
	panic: 'Panic',
	concentration: 'Concentration',
	mood: 'Mood',
	energy: 'Energy',
	dailyLife: 'Daily life',
	relationships: 'Relationships',
	work: 'Work or school',
	other: 'Other'
};

export const WORKS_ON_LABELS: Record<Goal['worksOn'], string> = {
	therapy: 'Therapy',
	medication: 'Medication',
	both: 'Therapy and medication'
};

export const STATUS_LABELS: Record<Goal['status'], string> = {
	active: 'Active',
	achieved: 'Achieved',
	paused: 'Paused',
	dropped: 'Let go'
};

export const METRIC_OPTIONS: Record<TargetMetric, string> = {
	sleepHours: 'Sleep (hours)',
	sleepQuality: 'Sleep quality (1–5)',
	mood: 'Mood (1–5)',
	energy: 'Energy (1–5)',
	stress: 'Stress (0–10)',
	concentration: 'Concentration (1–5)',
	panicAttacks: 'Panic attacks (count)',
	phq9: 'PHQ-9 score (0–27)',
	gad7: 'GAD-7 score (0–21)',
	adherence: 'Doses taken (%)',
	copingUses: 'Coping tool uses (count)'
};

export const WINDOW_LABELS: Record<TargetWindow['kind'], string> = {
	daysOfWeek: 'On a number of days each week',
	weeklyTotal: 'Each week in total',
	latest: 'The latest value'
};
