// The state against fake-indexeddb; only the browser's download is replaced, to read the file it was given.
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabaseForTests } from '$lib/db/database';
import { addMedication, switchMedication, type MedicationDraft, type ScheduleDraft } from '$lib/db/medications';
import { addDays, localDayOf } from '$lib/domain/dates';
import { downloadFile } from '$lib/pwa/download';
import { calendarExport } from '$lib/state/calendarExport.svelte';
import { medicationDraft, scheduleDraft, slotRecord } from '../../fixtures/factories';

vi.mock('$lib/pwa/download', () => ({ downloadFile: vi.fn() }));

const decision = { decidedBy: 'Dr Okafor', reason: '' };
const today = localDayOf(new Date());

function medication(name: string, change: Partial<MedicationDraft> = {}): MedicationDraft {
	return medicationDraft(name, { purpose: '', startDay: addDays(today, -20), ...change });
}

function schedule(amount: number, change: Partial<ScheduleDraft> = {}): ScheduleDraft {
	return scheduleDraft([slotRecord('slot-am', { anchor: 'breakfast', amount })], { from: addDays(today, -20), ...change });
}

/** The summaries of the events in the file the last download handed to the browser. */
function downloadedSummaries(): string[] {
	const [, text] = vi.mocked(downloadFile).mock.lastCall!;
	const file = new ICAL.Component(ICAL.parse(String(text)));
	return file.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
	vi.mocked(downloadFile).mockClear();
});

describe('Download all doses', () => {
	it('holds every medicine Today will show, a cross-taper’s old medicine too, and no as-needed one (issue case 3)', async () => {
		const sertraline = await addMedication(medication('Sertraline'), schedule(100), decision);
		await switchMedication({
			fromId: sertraline,
			to: medication('Fluoxetine'),
			toSchedule: schedule(20),
			day: today,
			fromTaper: schedule(50, { from: today }),
			fromLastDay: addDays(today, 7),
			...decision
		});
		await addMedication(
			medication('Propranolol', { asNeeded: true }),
			schedule(10, { slots: [], prn: { amount: 10, maxPer24h: 2, minHoursBetween: 4 } }),
			decision
		);
		await calendarExport.download();
		const summaries = downloadedSummaries();
		expect(summaries).toContain('Fluoxetine 20 mg');
		expect(summaries).toContain('Sertraline 50 mg');
		expect(summaries.join()).not.toMatch(/Propranolol/);
	});
});
