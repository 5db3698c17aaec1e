/**
 * Local days and instants. A local day is `YYYY-MM-DD` in the person's time zone; an instant is an
 * ISO 8601 string with an offset. Local days are never parsed with `new Date(string)`, which reads
 * date-only strings as UTC midnight and shifts them a day in the Americas.
 */

export type LocalDay = string;
export type Instant = string;

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Years a record can plausibly carry: anything outside is a broken or hostile file. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

export function isLocalDay(value: string): boolean {
	const match = LOCAL_DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

export function isInstant(value: string): boolean {
	if (!INSTANT.test(value)) return false;
	if (!isLocalDay(value.slice(0, 10))) return false;
	const hours = Number(value.slice(11, 13));
	const minutes = Number(value.slice(14, 16));
	return hours < 24 && minutes < 60 && !Number.isNaN(Date.parse(value));
}

export function isClockTime(value: string): boolean {
	return CLOCK_TIME.test(value);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/**
 * The local day of an instant: on the device's own clock, or, given a time zone, on that zone's (the
 * plan's zone, where a dose's day must not move with the device). Both read the tz database the
 * browser has, through Date and through Intl.
 */
export function localDayOf(instant: Date | number, timeZone?: string): LocalDay {
	const date = typeof instant === 'number' ? new Date(instant) : instant;
	if (timeZone === undefined) return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	const fields = new Map(
		dayFormat(timeZone)
			.formatToParts(date)
			.map((part) => [part.type, part.value])
	);
	return `${pad(Number(fields.get('year')), 4)}-${pad(Number(fields.get('month')))}-${pad(Number(fields.get('day')))}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
	let format = dayFormats.get(timeZone);
	if (!format) {
		const fields = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
		format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', ...fields });
		dayFormats.set(timeZone, format);
	}
	return format;
}

/** An instant with the device's own offset, e.g. 2026-03-08T09:15:00.000-05:00. */
export function instantOf(date: Date): Instant {
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	const abs = Math.abs(offset);
	return (
		`${localDayOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
		`.${pad(date.getMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
	);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), counted on the calendar. */
export function daysBetween(from: LocalDay, to: LocalDay): number {
	return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

export function addDays(day: LocalDay, days: number): LocalDay {
	const date = new Date(utcMidnight(day) + days * 86_400_000);
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function utcMidnight(day: LocalDay): number {
	const match = LOCAL_DAY.exec(day);
	if (!match) throw new RangeError(`Not a local day: ${day}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "27 November 2026" in the person's language, without a time-zone shift. */
export function formatLocalDay(day: LocalDay, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		utcMidnight(day)
	);
}
