/**
 * How a dose's time compares with when it was due: the one rule behind "late" on Today and "on time"
 * in the adherence figures. Within the on-time window either side of the due time (Settings, ±60
 * minutes unless changed) a dose is on time; past it, late; before it, early.
 */
import type { DoseEvent } from '../records';

export type DoseTiming = { kind: 'onTime' } | { kind: 'late' | 'early'; minutes: number };

const MINUTE = 60_000;

/** The timing of something done (or still not done) at `at` for a dose due at `dueAt`. */
export function doseTiming(dueAt: number, at: number, windowMinutes: number): DoseTiming {
	const gap = at - dueAt;
	if (Math.abs(gap) <= windowMinutes * MINUTE) return { kind: 'onTime' };
	const minutes = Math.round(Math.abs(gap) / MINUTE);
	return gap > 0 ? { kind: 'late', minutes } : { kind: 'early', minutes };
}

/** A record's due time as stored when it was marked; only records from before that fall back to the plan's. */
export function recordedDueAt(event: Pick<DoseEvent, 'dueAt'>, planned: number): number {
	return event.dueAt === null ? planned : Date.parse(event.dueAt);
}

/** How a taken dose was timed; null for a dose not taken, or taken with no time recorded. */
export function takenTiming(event: DoseEvent, planned: number, windowMinutes: number): DoseTiming | null {
	if (event.status !== 'taken' || event.takenAt === null) return null;
	return doseTiming(recordedDueAt(event, planned), Date.parse(event.takenAt), windowMinutes);
}

/** "45 min late", "2 h late", "1 h 30 min early": whole hours past the first, else to the half hour. */
export function timingText(timing: DoseTiming): string {
	if (timing.kind === 'onTime') return 'on time';
	const { minutes } = timing;
	let amount: string;
	if (minutes < 60) amount = `${minutes} min`;
	else {
		const halves = Math.round(minutes / 30);
		amount = halves % 2 === 0 ? `${halves / 2} h` : `${(halves - 1) / 2} h 30 min`;
	}
	return `${amount} ${timing.kind}`;
}
