/**
 * When a medicine is taken, in words for its card and its page: "with breakfast, 7:30 · at bedtime,
 * 22:30", "at 8:00", "Mon, Wed and Fri: with breakfast, 7:30". Times follow the person's routine
 * and are written in their locale's clock style.
 */
import type { Routine, RoutineMoment, Schedule } from '../records';
import { slotClock } from './plan';

const MOMENT_WORDS: Record<RoutineMoment, string> = {
	wake: 'on waking',
	breakfast: 'with breakfast',
	lunch: 'with lunch',
	dinner: 'with dinner',
	bedtime: 'at bedtime'
};

/** "8:00" (or "8:00 AM") for a wall-clock "HH:MM", with no time zone in play. */
export function clockText(clock: string, locale?: string): string {
	const [hours, minutes] = clock.split(':').map(Number);
	return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
		Date.UTC(2000, 0, 1, hours, minutes)
	);
}

function daysText(days: readonly number[], locale?: string): string {
	// 4 January 2026 was a Sunday, so day d of the week is 4 + d January.
	const names = [...days]
		.sort((a, b) => a - b)
		.map((day) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + day)));
	return new Intl.ListFormat(locale ?? 'en', { style: 'long', type: 'conjunction' }).format(names);
}

/** The dose times of one schedule, in the order of the day; '' for a schedule with none (as needed). */
export function whenTaken(schedule: Pick<Schedule, 'slots' | 'recurrence'>, routine: Routine, locale?: string): string {
	const slots = [...schedule.slots].sort((a, b) => slotClock(a, routine).localeCompare(slotClock(b, routine)));
	const times = slots.map((slot) => {
		const clock = clockText(slotClock(slot, routine), locale);
		return slot.anchor ? `${MOMENT_WORDS[slot.anchor]}, ${clock}` : `at ${clock}`;
	});
	if (times.length === 0) return '';
	const text = times.join(' · ');
	const { recurrence } = schedule;
	if (recurrence.kind === 'weekdays' && recurrence.days.length < 7) return `${daysText(recurrence.days, locale)}: ${text}`;
	if (recurrence.kind === 'everyNDays') return `Every ${recurrence.n} days: ${text}`;
	return text.charAt(0).toUpperCase() + text.slice(1);
}
