/**
 * The optional, non-judgemental count of days in recovery. It is a count, not a streak: restarting
 * it is simply choosing a new start day, and nothing here keeps the old one to compare against.
 */
import { daysBetween, isLocalDay, type LocalDay } from '../dates';

/** The start day is day 1; null when there is no start yet or it lies in the future. */
export function daysInRecovery(startDay: LocalDay | null, today: LocalDay): number | null {
	if (startDay === null || !isLocalDay(startDay) || startDay > today) return null;
	return daysBetween(startDay, today) + 1;
}
