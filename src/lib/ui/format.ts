/** "Tue 1 Dec 2026, 14:00" in the person's language and time zone. */
export function formatInstant(at: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(at));
}

/** "1 Dec 2026": the day an instant fell on, in the person's language and time zone. */
export function formatInstantDay(at: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(at));
}

/** "Tuesday 1 December, 14:00" — for the next appointment, where the weekday matters most. */
export function formatAppointment(at: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(at));
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago": how long ago `at` was, for presence. */
export function formatAgo(at: string, now = Date.now(), locale?: string): string {
	const seconds = Math.round((Date.parse(at) - now) / 1000);
	if (Math.abs(seconds) < 60) return 'just now';
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const minutes = Math.round(seconds / 60);
	if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (Math.abs(hours) < 24) return format.format(hours, 'hour');
	return format.format(Math.round(hours / 24), 'day');
}

/**
 * "Monday 10:14 (3 days ago)": when the owner's own app last wrote a board, for the supporter. Within the
 * last week the weekday is enough; before that the date is named.
 */
export function formatAsOf(at: string, now = Date.now(), locale?: string): string {
	const when = new Date(at);
	const withinWeek = Math.abs(now - when.getTime()) < 6 * 86_400_000;
	const day = new Intl.DateTimeFormat(
		locale,
		withinWeek
			? { weekday: 'long', hour: '2-digit', minute: '2-digit' }
			: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
	).format(when);
	return `${day.replace(' at ', ' ')} (${formatAgo(at, now, locale)})`;
}
