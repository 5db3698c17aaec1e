/**
 * The questionnaire reminder's one rule, for every screen that asks. Small on purpose: Today reads it
 * on the first page.
 */
import { daysBetween, localDayOf, type Instant } from '../dates';

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
