/**
 * The routine's day: a person's day runs from waking to going to bed, even when bed is after
 * midnight. It turns halfway through the night (between bedtime and waking, and never later than
 * waking), so a 00:30 bedtime dose is the last dose of the day before, listed after dinner, and a
 * dose taken at 00:20 for last night's slot belongs to last night.
 *
 * Invariants: `turnClock` lies in [00:00, wake]; a clock time earlier than the turn falls on the next
 * calendar day; with the turn at midnight (bedtime before midnight, night centred before it) every
 * dose falls on its own calendar day, as it always did.
 */
import { addDays, localDayOf, type LocalDay } from '../dates';
import type { Routine } from '../records';
import { clockIn, instantAt } from './zone';

const DAY_MINUTES = 24 * 60;

function minutesOf(clock: string): number {
	return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function clockOf(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** When the routine's day turns: halfway from bedtime to waking, at midnight at the earliest. */
export function turnClock(routine: Pick<Routine, 'wake' | 'bedtime'>): string {
	const [bed, wake] = [minutesOf(routine.bedtime), minutesOf(routine.wake)];
	const night = (wake - bed + DAY_MINUTES) % DAY_MINUTES;
	const middle = bed + Math.floor(night / 2);
	// Past midnight: the turn is that clock time. Before it, and bed in the evening: the day turns at midnight.
	if (middle >= DAY_MINUTES) return clockOf(Math.min(middle - DAY_MINUTES, wake));
	return bed < wake ? clockOf(middle) : '00:00';
}

/** The calendar day a clock time of routine day `day` falls on: the next one for times before the turn. */
export function calendarDayOf(day: LocalDay, clock: string, turn: string): LocalDay {
	return clock < turn ? addDays(day, 1) : day;
}

/** The instant a dose at `clock` on routine day `day` is due. */
export function dueInstant(day: LocalDay, clock: string, turn: string, timeZone: string): number {
	return instantAt(calendarDayOf(day, clock, turn), clock, timeZone);
}

/** The routine day an instant belongs to. */
export function routineDayOf(epochMs: number, turn: string, timeZone: string): LocalDay {
	const day = localDayOf(epochMs, timeZone);
	return clockIn(epochMs, timeZone) < turn ? addDays(day, -1) : day;
}

/** The instant routine day `day` ends: the turn on the next calendar day. */
export function routineDayEnd(day: LocalDay, turn: string, timeZone: string): number {
	return instantAt(addDays(day, 1), turn, timeZone);
}
