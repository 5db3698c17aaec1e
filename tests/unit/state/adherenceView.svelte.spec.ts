import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { addMedication } from '$lib/db/medications';
import { addDays } from '$lib/domain/dates';
import { AdherenceView, type Period } from '$lib/state/adherenceView.svelte';
import { meds } from '$lib/state/meds.svelte';
import { doseEventRecord, medicationDraft, scheduleDraft, slotRecord } from '../../fixtures/factories';

const decision = { decidedBy: 'Dr Okafor', reason: '' };
const FIRST_WEEK: Period = { from: '2026-05-01', to: '2026-05-07' };
const SECOND_WEEK: Period = { from: '2026-05-08', to: '2026-05-13' };

let stop: (() => void) | null = null;

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
	vi.useFakeTimers({ now: new Date(2026, 4, 14, 12, 0), toFake: ['Date'] });
});
afterEach(() => {
	stop?.();
	stop = null;
	vi.useRealTimers();
});

/** One 8:00 dose a day from 1 May, taken every day of the first week. */
async function sertralineTakenInFirstWeek(): Promise<string> {
	const slot = slotRecord('morning', { time: '08:00', amount: 50 });
	const id = await addMedication(
		medicationDraft('Sertraline', { strength: 50, startDay: '2026-05-01' }),
		scheduleDraft([slot], { from: '2026-05-01' }),
		decision
	);
	const days = Array.from({ length: 7 }, (_, index) => addDays(FIRST_WEEK.from, index));
	await database().doseEvents.bulkAdd(days.map((day) => doseEventRecord(id, 'morning', day, 'taken', `${day}T07:05:00.000Z`)));
	return id;
}

/** The page's view with a period the test chooses, read as a screen reads it. */
function watchedView(period: () => Period | null): AdherenceView {
	let view!: AdherenceView;
	stop = $effect.root(() => {
		view = new AdherenceView(period);
		$effect(() => {
			void view.result;
			void meds.plan;
		});
	});
	flushSync();
	return view;
}

describe('the adherence page’s figures', () => {
	it('answer for the period chosen now: a change of period never shows the one before, however late it arrives', async () => {
		await sertralineTakenInFirstWeek();
		let period = $state<Period | null>(FIRST_WEEK);
		const view = watchedView(() => period);
		await vi.waitFor(() => expect(view.result?.overall).toMatchObject({ scheduled: 7, taken: 7 }));

		period = SECOND_WEEK;
		flushSync();
		// Until the second week's doses are read, there is no answer rather than the first week's.
		expect(view.result).toBeNull();
		await vi.waitFor(() => expect(view.result?.overall).toMatchObject({ scheduled: 6, taken: 0 }));

		period = null;
		flushSync();
		expect(view.result).toBeNull();
	});

	it('follow a dose marked while the page is open', async () => {
		const id = await sertralineTakenInFirstWeek();
		const view = watchedView(() => SECOND_WEEK);
		await vi.waitFor(() => expect(view.result?.overall.taken).toBe(0));
		await database().doseEvents.add(doseEventRecord(id, 'morning', '2026-05-10', 'taken', '2026-05-10T07:00:00.000Z'));
		await vi.waitFor(() => expect(view.result?.overall).toMatchObject({ scheduled: 6, taken: 1 }));
	});
});
