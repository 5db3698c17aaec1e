/**
 * Wall-clock times in the person's time zone. Offsets always come from the time-zone database (through
 * `@date-fns/tz`), never from arithmetic on a fixed offset, so an 08:00 dose stays at 08:00 local time on
 * the days the clocks change.
 *
 * Invariants: `instantAt` returns the first occurrence of a repeated wall time (autumn overlap) and
 * the first moment after a skipped one (spring gap); `localDayOf(instantAt(day, clock, tz), tz) === day`
 * for every time that exists.
 */
import { tzOffset } from '@date-fns/tz';
import { localDayOf, type LocalDay } from '../dates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function deviceTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The wall time read as if it were UTC: the number offsets are subtracted from. */
export function wallMs(day: LocalDay, clock: string): number {
	return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), +clock.slice(0, 2), +clock.slice(3, 5));
}

function offsetMs(timeZone: string, epochMs: number): number {
	return tzOffset(timeZone, new Date(epochMs)) * MINUTE;
}

/** Whether reading `wall` with this offset lands on an instant that really has that offset. */
function holds(timeZone: string, wall: number, offset: number): boolean {
	return offsetMs(timeZone, wall - offset) === offset;
}

export function instantAt(day: LocalDay, clock: string, timeZone: string): number {
	const wall = wallMs(day, clock);
	// No zone is more than 14 h from UTC, so a day either side is safely before and after any change that day.
	const before = offsetMs(timeZone, wall - DAY);
	const after = offsetMs(timeZone, wall + DAY);
	// The larger offset gives the earlier instant: the first occurrence when the wall time repeats.
	const candidates = [...new Set([Math.max(before, after), Math.min(before, after)])];
	for (const offset of candidates) {
		if (holds(timeZone, wall, offset)) return wall - offset;
	}
	// The wall time fell in a spring-forward gap: the dose is due the moment the clocks jumped.
	return offsetChangeBetween(timeZone, wall - Math.max(before, after), wall - Math.min(before, after));
}

/**
 * The first minute in (low, high] whose offset differs from low's, when the zone changes offset once
 * between them: a bisection over the tz database, to the minute.
 */
export function offsetChangeBetween(timeZone: string, low: number, high: number): number {
	const was = offsetMs(timeZone, low);
	while (high - low > MINUTE) {
		const middle = low + Math.max(MINUTE, Math.floor((high - low) / 2 / MINUTE) * MINUTE);
		if (offsetMs(timeZone, middle) === was) low = middle;
		else high = middle;
	}
	return high;
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** The instant shifted by its own offset, so its UTC fields read as the local wall clock. */
function wallOf(epochMs: number, timeZone: string): Date {
	return new Date(epochMs + offsetMs(timeZone, epochMs));
}

export function clockIn(epochMs: number, timeZone: string): string {
	const wall = wallOf(epochMs, timeZone);
	return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/**
 * `instantAt` for many doses in one zone (adherence over ten years). Offsets are probed once a week,
 * mid-week; a week whose offset matches the weeks either side has no change in it (zones change at
 * most a few times a year), so its doses are plain arithmetic. Near a change each day is checked the
 * same way, and only a day with the change in it needs `instantAt`.
 */
export function zonedInstants(timeZone: string): (day: LocalDay, clock: string) => number {
	const probes = new Map<number, number>();
	const days = new Map<LocalDay, { day: LocalDay; midnight: number; offset: number | null }>();
	const clocks = new Map<string, number>();
	const WEEK = 7 * DAY;
	const probe = (at: number): number => {
		let offset = probes.get(at);
		if (offset === undefined) {
			offset = offsetMs(timeZone, at);
			probes.set(at, offset);
		}
		return offset;
	};
	/** The offset over [at − span, at + span] when probes there agree (two changes that close never happen). */
	const steady = (at: number, span: number): number | null => {
		const offset = probe(at);
		return probe(at - span) === offset && probe(at + span) === offset ? offset : null;
	};
	let last: { day: LocalDay; midnight: number; offset: number | null } = { day: '', midnight: 0, offset: null };
	// Doses come a day at a time: the day just used is the likeliest next one.
	const dayOf = (day: LocalDay) => {
		if (last.day === day) return last;
		let known = days.get(day);
		if (!known) {
			const midnight = wallMs(day, '00:00');
			const week = Math.floor(midnight / WEEK) * WEEK + WEEK / 2;
			// A local day lies within 14 h of its wall time: [midnight − 14 h, midnight + 36 h] must be steady.
			known = { day, midnight, offset: steady(week, WEEK) ?? steady(midnight + 11 * HOUR, 26 * HOUR) };
			days.set(day, known);
		}
		return (last = known);
	};
	const minutesOf = (clock: string): number => {
		let minutes = clocks.get(clock);
		if (minutes === undefined) {
			minutes = wallMs('1970-01-01', clock) / MINUTE;
			clocks.set(clock, minutes);
		}
		return minutes;
	};
	return (day, clock) => {
		const { midnight, offset } = dayOf(day);
		return offset === null ? instantAt(day, clock, timeZone) : midnight + minutesOf(clock) * MINUTE - offset;
	};
}

/** An ISO instant written with the zone's own offset at that moment, e.g. 2026-03-08T09:15:00.000-05:00. */
export function instantIn(epochMs: number, timeZone: string): string {
	const offsetMinutes = offsetMs(timeZone, epochMs) / MINUTE;
	const wall = wallOf(epochMs, timeZone);
	const abs = Math.abs(offsetMinutes);
	const sign = offsetMinutes >= 0 ? '+' : '-';
	return `${localDayOf(epochMs, timeZone)}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}.${String(
		wall.getUTCMilliseconds()
	).padStart(3, '0')}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
