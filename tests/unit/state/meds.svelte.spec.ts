import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { addMedication, changeSchedule } from '$lib/db/medications';
import { resetDatabaseForTests } from '$lib/db/database';
import { meds } from '$lib/state/meds.svelte';
import { medicationDraft, scheduleDraft } from '../../fixtures/factories';

const decision = { decidedBy: 'Dr Okafor', reason: '' };
let stop: (() => void) | null = null;

/** Keeps the plan and the recent doses subscribed, as a screen reading them would. */
function watch(medicationId: string) {
	stop = $effect.root(() => {
		$effect(() => {
			void meds.plan;
			void meds.prnTakenRecently(medicationId);
		});
	});
	flushSync();
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});
afterEach(() => {
	stop?.();
	stop = null;
	vi.useRealTimers();
});

describe('as-needed limits', () => {
	it('come from the plan in force today, not from one that starts later (issue case 4)', async () => {
		vi.useFakeTimers({ now: new Date('2026-05-15T12:00:00Z'), toFake: ['Date'] });
		const prn = (maxPer24h: number) =>
			scheduleDraft([], { prn: { amount: 1, maxPer24h, minHoursBetween: 0 }, from: '2026-05-01' });
		const lorazepam = medicationDraft('Lorazepam', { purpose: 'anxiety', strength: 1, startDay: '2026-05-01', asNeeded: true });
		const id = await addMedication(lorazepam, prn(1), decision);
		// Planned ahead: from June, up to three a day.
		await changeSchedule(id, prn(3), '2026-06-01', decision);
		watch(id);
		await vi.waitFor(() => expect(meds.plan.schedules).toHaveLength(2));
		const now = Date.parse('2026-05-15T12:00:00Z');
		// With no dose taken, a first dose is within today's limit of one a day.
		expect(meds.prnWarningsFor(id, now)).toEqual([]);
		await meds.takeAsNeeded(meds.medication(id)!, 1, new Date('2026-05-15T10:00:00Z'));
		await vi.waitFor(() => expect(meds.prnTakenRecently(id)).toHaveLength(1));
		// A second today is over the limit in force (one a day), whatever June's plan will allow.
		expect(meds.prnWarningsFor(id, now)).toEqual(['This would be your 2nd dose in 24 hours; the plan says at most 1.']);
	});
});
