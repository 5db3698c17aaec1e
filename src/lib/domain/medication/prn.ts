/**
 * As-needed (PRN) limits. Tandem warns and never blocks: the person may have been told otherwise by
 * their prescriber today, and a refused button on a bad day helps no one.
 */
import type { PrnLimits } from './plan';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function ordinal(n: number): string {
	const lastTwo = n % 100;
	if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "2 h 10 min", "45 min", "3 h": whole minutes, rounded down so a wait is never shown as over early. */
export function formatElapsed(ms: number): string {
	const minutes = Math.floor(ms / MINUTE);
	const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function formatHours(hours: number): string {
	if (Number.isInteger(hours)) return hours === 1 ? '1 hour' : `${hours} hours`;
	return formatElapsed(hours * HOUR);
}

/** Only doses already taken count: a dose recorded for later is not yet in the body. */
function takenBefore(takenAt: readonly number[], now: number): number[] {
	return takenAt.filter((at) => at <= now);
}

export function prnWarnings(limits: PrnLimits, takenAt: number[], now: number): string[] {
	const warnings: string[] = [];
	const taken = takenBefore(takenAt, now);
	// The rolling 24 hours before now, not the calendar day: 23:00 and 01:00 are two hours apart.
	const inLastDay = taken.filter((at) => now - at < 24 * HOUR).length;
	if (inLastDay + 1 > limits.maxPer24h) {
		warnings.push(`This would be your ${ordinal(inLastDay + 1)} dose in 24 hours; the plan says at most ${limits.maxPer24h}.`);
	}
	const last = taken.length > 0 ? Math.max(...taken) : null;
	if (last !== null && limits.minHoursBetween > 0 && now - last < limits.minHoursBetween * HOUR) {
		warnings.push(
			`Your last dose was ${formatElapsed(now - last)} ago; the plan says to wait at least ${formatHours(limits.minHoursBetween)}.`
		);
	}
	return warnings;
}
