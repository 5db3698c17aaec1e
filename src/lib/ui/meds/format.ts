import { formatLocalDay } from '$lib/domain/dates';
import { formatAmount } from '$lib/domain/medication/plan';
import type { Medication } from '$lib/domain/records';

/** "step 2 of 4 — 50 mg from 3 March 2026" */
export function formatStep(
	step: { number: number; total: number; from: string; amounts: number[] },
	medication: Medication
): string {
	const amounts = [...new Set(step.amounts)].map((amount) => formatAmount(amount, medication.unit)).join(' / ');
	return `step ${step.number} of ${step.total} — ${amounts} from ${formatLocalDay(step.from)}`;
}

/** "08:30" in the person's own clock style. */
export function formatClock(clock: string): string {
	const [hours, minutes] = clock.split(':').map(Number);
	return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
		Date.UTC(2000, 0, 1, hours, minutes)
	);
}

export function formatTime(instant: string): string {
	return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(Date.parse(instant));
}
