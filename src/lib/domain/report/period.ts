/**
 * The visit report's period and sections: what a person picks before printing, and the problems
 * that keep a custom period from being used.
 */
import * as v from 'valibot';
import { addDays, daysBetween, isLocalDay, type LocalDay } from '../dates';

export const REPORT_SECTIONS = [
	'charts',
	'questionnaires',
	'adherence',
	'sideEffects',
	'careChanges',
	'goals',
	'coping',
	'agenda'
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const SECTION_TITLES: Record<ReportSection, string> = {
	charts: 'Mood, sleep, energy and stress',
	questionnaires: 'Questionnaire scores',
	adherence: 'Medication adherence',
	sideEffects: 'Side effects',
	careChanges: 'Care changes',
	goals: 'Goal progress',
	coping: 'Coping tools and what helped',
	agenda: 'Questions for this appointment'
};

export type PeriodKind = 'sinceLast' | '4w' | '3m' | '1y' | 'custom';

export const PERIOD_LABELS: Record<PeriodKind, string> = {
	sinceLast: 'Since the last appointment',
	'4w': 'Last 4 weeks',
	'3m': 'Last 3 months',
	'1y': 'Last year',
	custom: 'Choose dates'
};

export interface Period {
	from: LocalDay;
	to: LocalDay;
}

/** Longer than this, a printed report stops being a summary. */
const LONGEST_DAYS = 3 * 366;

/**
 * The days a period covers, ending today. "Since the last appointment" starts on the day of the last
 * session held; with none logged it falls back to four weeks (the caller says so).
 */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, today: LocalDay, lastAppointment: LocalDay | null): Period {
	if (kind === 'sinceLast' && lastAppointment !== null && lastAppointment <= today) return { from: lastAppointment, to: today };
	if (kind === '3m') return { from: addDays(today, -90), to: today };
	if (kind === '1y') return { from: addDays(today, -364), to: today };
	return { from: addDays(today, -27), to: today };
}

const CustomSchema = v.object({
	from: v.pipe(v.string(), v.check(isLocalDay, 'Please pick a real start date.')),
	to: v.pipe(v.string(), v.check(isLocalDay, 'Please pick a real end date.'))
});

/** A custom period, or the one sentence saying why it can't be used. */
export function customPeriod(from: string, to: string, today: LocalDay): Period | string {
	const result = v.safeParse(CustomSchema, { from, to });
	if (!result.success) return result.issues[0].message;
	if (from > to) return 'The start date is after the end date.';
	if (to > today) return 'The report can’t cover days that haven’t happened yet.';
	if (daysBetween(from, to) > LONGEST_DAYS) return 'Please choose three years or less, so the report stays a summary.';
	return { from, to };
}
