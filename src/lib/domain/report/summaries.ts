/** Figures the visit report shows that no other screen does: side effects by frequency, and records in a period. */
import type { LocalDay } from '../dates';
import type { CareChange, SideEffect } from '../records';

export interface SideEffectRow {
	effect: string;
	medication: string;
	count: number;
	mild: number;
	moderate: number;
	severe: number;
	lastAt: string;
}

/** The day an instant was recorded on: the date on the clock where it was written. */
export function dayOf(at: string): LocalDay {
	return at.slice(0, 10);
}

/**
 * Side effects in the period grouped by effect (case-insensitive) and medication, the most frequent
 * first; severe ones before milder ones when counts tie.
 */
export function sideEffectSummary(
	sideEffects: readonly SideEffect[],
	medicationNames: ReadonlyMap<string, string>,
	from: LocalDay,
	to: LocalDay
): SideEffectRow[] {
	const rows = new Map<string, SideEffectRow>();
	for (const entry of sideEffects) {
		const day = dayOf(entry.at);
		if (day < from || day > to) continue;
		const medication = entry.medicationId ? (medicationNames.get(entry.medicationId) ?? 'A removed medication') : 'Not linked';
		const key = `${entry.effect.trim().toLocaleLowerCase()}|${medication}`;
		const row = rows.get(key) ?? {
			effect: entry.effect.trim(),
			medication,
			count: 0,
			mild: 0,
			moderate: 0,
			severe: 0,
			lastAt: entry.at
		};
		row.count += 1;
		row[entry.severity] += 1;
		if (Date.parse(entry.at) > Date.parse(row.lastAt)) row.lastAt = entry.at;
		rows.set(key, row);
	}
	return [...rows.values()].sort(
		(a, b) => b.count - a.count || b.severe - a.severe || b.moderate - a.moderate || a.effect.localeCompare(b.effect)
	);
}

/** Care changes inside the period, oldest first. */
export function careChangesIn(changes: readonly CareChange[], from: LocalDay, to: LocalDay): CareChange[] {
	return changes.filter((change) => change.day >= from && change.day <= to).sort((a, b) => a.day.localeCompare(b.day));
}

/** Whether a record made at `at` falls in the period. */
export function inPeriod(at: string, from: LocalDay, to: LocalDay): boolean {
	const day = dayOf(at);
	return day >= from && day <= to;
}

/** "1 result", "2 results": a count with its noun agreeing. */
function count(value: number, noun: string): string {
	return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

/** "PHQ-9: 2 results; the latest is 6 (mild)." — results oldest first. */
export function scoreSummaryText(name: string, results: readonly { score: number; band: string }[]): string {
	const latest = results.at(-1);
	if (!latest) return `No ${name} results in this period.`;
	return `${name}: ${count(results.length, 'result')}; the latest is ${latest.score} (${latest.band}).`;
}

/** "3 of 4 weeks with data": weeks met out of the weeks that could be judged. */
export function weeksMetText(weeks: readonly { met: boolean | null }[]): string {
	const judged = weeks.filter((week) => week.met !== null);
	if (judged.length === 0) return 'no week with data';
	return `${judged.filter((week) => week.met).length} of ${count(judged.length, 'week')} with data`;
}
