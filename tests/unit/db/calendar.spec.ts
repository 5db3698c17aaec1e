import { beforeEach, describe, expect, it } from 'vitest';
import { calendarExportSource, recordCalendarExport, type CalendarEventDraft } from '$lib/db/calendar';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { addMedication, type MedicationDraft, type ScheduleDraft } from '$lib/db/medications';
import { medicationDraft, scheduleDraft, slotRecord } from '../../fixtures/factories';

const decision = { decidedBy: 'Dr Okafor', reason: '' };

const medication = (name: string): MedicationDraft => medicationDraft(name, { startDay: '2026-03-01' });

const schedule: ScheduleDraft = scheduleDraft([slotRecord('slot-am', { anchor: 'breakfast', amount: 50 })], {
	from: '2026-03-01'
});

function written(
	uid: string,
	medicationId: string,
	sequence: number,
	change: Partial<CalendarEventDraft> = {}
): CalendarEventDraft {
	return {
		uid,
		medicationId,
		summary: 'Sertraline 50 mg',
		sequence,
		timeZone: 'Europe/London',
		firstDay: '2026-03-01',
		clock: '08:00',
		recurrence: { kind: 'daily' },
		lastDay: null,
		cancelled: false,
		...change
	};
}

const stored = () => database().calendarEvents.orderBy('uid').toArray();

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

describe('the calendar events exported', () => {
	it('keeps each UID once, with the SEQUENCE last written, its first record’s id and creation time', async () => {
		await recordCalendarExport(
			[written('a@tandem.invalid', 'm1', 10), written('b@tandem.invalid', 'm1', 10)],
			new Date('2026-03-01T10:00:00Z')
		);
		const [first] = await stored();
		await recordCalendarExport(
			[written('a@tandem.invalid', 'm1', 11, { lastDay: '2026-03-10', summary: 'Cancelled: x', cancelled: true })],
			new Date('2026-03-05T10:00:00Z')
		);
		const [a, b] = await stored();
		expect([a.id, a.createdAt, a.sequence, a.lastDay, a.cancelled]).toEqual([first.id, first.createdAt, 11, '2026-03-10', true]);
		expect(Date.parse(a.updatedAt)).toBe(Date.parse('2026-03-05T10:00:00Z'));
		expect(b.sequence).toBe(10);
	});

	it('refuses a SEQUENCE that does not rise, and then writes nothing of that export', async () => {
		await recordCalendarExport([written('a@tandem.invalid', 'm1', 10)]);
		await expect(
			recordCalendarExport([written('b@tandem.invalid', 'm1', 11), written('a@tandem.invalid', 'm1', 10)])
		).rejects.toThrow('Another calendar download was saved at the same moment. Please download it again.');
		expect((await stored()).map((record) => [record.uid, record.sequence])).toEqual([['a@tandem.invalid', 10]]);
	});

	it('refuses a record the schema refuses, with its sentence, and writes nothing', async () => {
		await expect(recordCalendarExport([written('ok@tandem.invalid', 'm1', 1), written('not a uid', 'm1', 1)])).rejects.toThrow(
			'The calendar could not be saved: an event UID has characters Tandem never writes.'
		);
		expect(await stored()).toEqual([]);
	});

	it('reads the plan, the routine and the earlier exports of one medication, or of all', async () => {
		const sertraline = await addMedication(medication('Sertraline'), schedule, decision);
		const quetiapine = await addMedication(medication('Quetiapine'), schedule, decision);
		await recordCalendarExport([written('s@tandem.invalid', sertraline, 1), written('q@tandem.invalid', quetiapine, 1)]);
		const one = await calendarExportSource(sertraline);
		expect(one.medications.map((entry) => entry.name)).toEqual(['Sertraline']);
		expect(one.schedules.map((entry) => entry.medicationId)).toEqual([sertraline]);
		expect(one.previous.map((record) => record.uid)).toEqual(['s@tandem.invalid']);
		expect(one.routine.breakfast).toMatch(/^\d\d:\d\d$/);
		const all = await calendarExportSource();
		expect([all.medications.length, all.schedules.length, all.previous.length]).toEqual([2, 2, 2]);
		await expect(calendarExportSource('gone')).rejects.toThrow('That medication is no longer on this device.');
	});
});
