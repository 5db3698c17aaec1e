/** Reads of the journal, light enough for Today; the writes live in monitoring.ts. */
import type { LocalDay } from '$lib/domain/dates';
import { latestInstant } from '$lib/domain/monitoring/reminders';
import type { Assessment, Checkin, SideEffect } from '$lib/domain/records';
import { database } from './database';

export function checkinOn(day: LocalDay): Promise<Checkin | undefined> {
	return database().checkins.where('day').equals(day).first();
}

export function allCheckins(): Promise<Checkin[]> {
	return database().checkins.orderBy('day').toArray();
}

export function recentSideEffects(limit = 50): Promise<SideEffect[]> {
	return database().sideEffects.orderBy('at').reverse().limit(limit).toArray();
}

export function allAssessments(): Promise<Assessment[]> {
	return database().assessments.orderBy('at').toArray();
}

/** When each questionnaire family was last filled in, for the questionnaire reminder (Today, Questionnaires). */
export async function lastQuestionnaireDates(): Promise<{ phq: string | null; gad: string | null }> {
	const latest = async (instruments: string[]) =>
		latestInstant((await database().assessments.where('instrument').anyOf(instruments).toArray()).map((record) => record.at));
	return { phq: await latest(['PHQ-9', 'PHQ-8']), gad: await latest(['GAD-7']) };
}
