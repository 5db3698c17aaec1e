/**
 * The person's time zone as a calendar file needs it: the VTIMEZONE that names each change of offset,
 * and which wall times a change removes (spring forward) or repeats (autumn back). Both are read from
 * the tz database the app itself uses (through Intl), so no bundled rule table can go stale.
 *
 * Calendar apps disagree on a wall time that does not exist or exists twice: RFC 5545 reads a skipped
 * 02:30 as 03:30, ical.js as 01:30, and a repeated 01:30 may be either. Today places such a dose at the
 * first moment after the gap, or at the first of the two (zone.ts); the file therefore never lets a
 * calendar resolve one of these times itself.
 */
import { tzOffset } from '@date-fns/tz';
import type { LocalDay } from '$lib/domain/dates';
import { offsetChangeBetween, wallMs } from '$lib/domain/medication/zone';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A change of offset: at `at` (epoch ms) the zone goes from `from` to `to` minutes east of UTC. */
interface Transition {
	at: number;
	from: number;
	to: number;
}

/** The wall times (read as UTC) a change skips or repeats: between its reading with the old and the new offset. */
function wallsAffected(change: Transition): [number, number] {
	return [change.at + Math.min(change.from, change.to) * MINUTE, change.at + Math.max(change.from, change.to) * MINUTE];
}

function offsetText(minutes: number): string {
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60) * 100 + (abs % 60)).padStart(4, '0')}`;
}

/** Each zone's changes by year, found once: the tz database does not change while the app runs. */
const known = new Map<string, Map<number, Transition[]>>();

export class ZoneChanges {
	readonly #years: Map<number, Transition[]>;

	constructor(readonly timeZone: string) {
		let years = known.get(timeZone);
		if (!years) known.set(timeZone, (years = new Map()));
		this.#years = years;
	}

	#offset = (ms: number) => tzOffset(this.timeZone, new Date(ms));

	/** The changes of one (UTC) year, probed a day at a time and found to the minute. */
	#changesIn(year: number): Transition[] {
		let changes = this.#years.get(year);
		if (!changes) {
			changes = [];
			for (let day = Date.UTC(year, 0, 1), end = Date.UTC(year + 1, 0, 1); day < end; day += DAY) {
				const [from, to] = [this.#offset(day), this.#offset(day + DAY)];
				if (from !== to) changes.push({ at: offsetChangeBetween(this.timeZone, day, day + DAY), from, to });
			}
			this.#years.set(year, changes);
		}
		return changes;
	}

	/** How often a wall time occurs on a day: 0 in a spring-forward gap, 2 in an autumn overlap, else 1. */
	occurrences(day: LocalDay, clock: string): 0 | 1 | 2 {
		const wall = wallMs(day, clock);
		const year = Number(day.slice(0, 4));
		for (let near = year - 1; near <= year + 1; near++) {
			for (const change of this.#changesIn(near)) {
				const [low, high] = wallsAffected(change);
				if (wall >= low && wall < high) return change.to > change.from ? 0 : 2;
			}
		}
		return 1;
	}

	/** The days in [from, to] on which some wall times are skipped or repeated. */
	changeDays(from: LocalDay, to: LocalDay): LocalDay[] {
		const days = new Set<LocalDay>();
		for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
			for (const change of this.#changesIn(year)) {
				const [low, high] = wallsAffected(change);
				for (const wall of [low, high - 1]) days.add(new Date(wall).toISOString().slice(0, 10));
			}
		}
		return [...days].filter((day) => day >= from && day <= to).sort();
	}

	/** The VTIMEZONE with every change from `fromYear` to `toYear` listed. */
	vtimezone(fromYear: number, toYear: number): string {
		const changes: Transition[] = [];
		for (let year = fromYear; year <= toYear; year++) changes.push(...this.#changesIn(year));
		const start = Date.UTC(fromYear, 0, 1);
		const initial = this.#offset(start);
		const initialKind = changes[0] && changes[0].to < changes[0].from ? 'DAYLIGHT' : 'STANDARD';
		const observance = (at: number, from: number, to: number, kind = to > from ? 'DAYLIGHT' : 'STANDARD') => [
			`BEGIN:${kind}`,
			// An onset is the local time the change happens, read with the offset before it.
			`DTSTART:${new Date(at + from * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '')}`,
			`TZOFFSETFROM:${offsetText(from)}`,
			`TZOFFSETTO:${offsetText(to)}`,
			`END:${kind}`
		];
		const observances = [observance(start, initial, initial, initialKind), ...changes.map((c) => observance(c.at, c.from, c.to))];
		return ['BEGIN:VTIMEZONE', `TZID:${this.timeZone}`, ...observances.flat(), 'END:VTIMEZONE'].join('\r\n');
	}
}
