/**
 * Today's reminders: the questionnaire rule, for every screen that asks, and which reminders Today
 * shows at all. Small on purpose: Today reads it on the first page.
 */
import { daysBetween, localDayOf, type Instant } from '../dates';
import { backupIsDue } from '../settings';

/**
 * Whether a questionnaire is due. `everyDays` 0 is the person's "Never": never due. Otherwise due when
 * never answered, or from the `everyDays`-th calendar day after the last answer, in this device's local
 * days: one done in the evening is due again on the morning two weeks later, not at the same hour, and
 * a change to or from summer time moves nothing.
 */
export function questionnaireDue(lastAt: Instant | null, now: Date, everyDays: number): boolean {
	if (everyDays <= 0) return false;
	if (lastAt === null) return true;
	return daysBetween(localDayOf(new Date(lastAt)), localDayOf(now)) >= everyDays;
}

/** The latest of some instants, compared as times (their offsets may differ), or null for none. */
export function latestInstant(instants: readonly Instant[]): Instant | null {
	let latest: Instant | null = null;
	for (const instant of instants) if (latest === null || Date.parse(instant) > Date.parse(latest)) latest = instant;
	return latest;
}

/** Today says nothing about backups or questionnaires until this many check-ins: no nagging in the first days. */
export const QUIET_UNTIL_CHECKINS = 3;

export interface NoticeFacts {
	checkins: number;
	lastBackupAt: Instant | null;
	lastQuestionnaires: { phq: Instant | null; gad: Instant | null };
	questionnaireEveryDays: number;
	now: Date;
}

/** The reminders Today shows, each one line: a backup, and each questionnaire family that is due. */
export function todayNotices(facts: NoticeFacts): { backup: boolean; phq: boolean; gad: boolean } {
	if (facts.checkins < QUIET_UNTIL_CHECKINS) return { backup: false, phq: false, gad: false };
	const { now, questionnaireEveryDays: every } = facts;
	return {
		backup: backupIsDue(facts.lastBackupAt, true, now),
		phq: questionnaireDue(facts.lastQuestionnaires.phq, now, every),
		gad: questionnaireDue(facts.lastQuestionnaires.gad, now, every)
	};
}
