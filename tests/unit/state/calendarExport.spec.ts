// The state against fake-indexeddb; only the browser's download is replaced, to read the file it was given.
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabaseForTests } from '../../../src/lib/db/database';
import { addMedication, switchMedication, type MedicationDraft, type ScheduleDraft } from '../../../src/lib/db/medications';
import { addDays, localDayOf } from '../../../src/lib/domain/dates';
import { downloadFile } from '../../../src/lib/pwa/download';
import { calendarExport } from '../../../src/lib/state/calendarExport.svelte';

vi.mock('../../../src/lib/pwa/download', () => ({ downloadFile: vi.fn() }));

const decision = { decidedBy: 'Dr Okafor', reason: '' };
const today = localDayOf(new Date());

function medication(name: string, change: Partial<MedicationDraft> = {}): MedicationDraft {
	return {
		name,
		purpose: '',
		form: 'tablet',
		strength: null,
		unit: 'mg',
		prescriberId: null,
		startDay: addDays(today, -20),
		stopDay: null,
		status: 'active',
		sideEffectNotes: '',
		asNeeded: false,
		clinicDispensed: false,
		supplyOnHand: null,
		refillAtDaysLeft: null,
		...change
	};
}

function schedule(amount: number, change: Partial<ScheduleDraft> = {}): ScheduleDraft {
	return {
		slots: [{ id: 'slot-am', anchor: 'breakfast', time: null, amount }],
		recurrence: { kind: 'daily' },
		titration: null,
		prn: null,
		takeHomeDays: [],
		from: addDays(today, -20),
		until: null,
		...change
	};
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
