import { beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/db/database';
import {
	addMedication,
	changeSchedule,
	markDose,
	pauseMedication,
	resumeMedication,
	stopMedication,
	switchMedication,
	undoDose,
	type MedicationDraft,
	type ScheduleDraft
} from '$lib/db/medications';
import { medicationDraft, scheduleDraft, slotRecord } from '../../fixtures/factories';

const decision = { decidedBy: 'Dr Okafor', reason: 'Agreed at review' };

function medication(name: string, change: Partial<MedicationDraft> = {}): MedicationDraft {
	return medicationDraft(name, { purpose: 'mood', strength: 25, startDay: '2026-03-01', ...change });
}

function schedule(change: Partial<ScheduleDraft> = {}): ScheduleDraft {
	return scheduleDraft([slotRecord('slot-1', { anchor: 'breakfast', amount: 25 })], { from: '2026-03-01', ...change });
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

describe('the medication plan in the database', () => {
	it('adds a titrating medication with its start and each planned step on the timeline', async () => {
		const id = await addMedication(
			medication('Sertraline'),
			schedule({
				titration: { kind: 'linear', direction: 'up', from: '2026-03-01', start: 25, step: 25, intervalDays: 7, target: 100 }
			}),
			decision
		);
		const changes = await database().careChanges.orderBy('day').toArray();
		expect(changes.map((change) => [change.kind, change.day])).toEqual([
			['start', '2026-03-01'],
			['doseStep', '2026-03-08'],
			['doseStep', '2026-03-15'],
			['doseStep', '2026-03-22']
		]);
		expect(changes.every((change) => change.medicationIds.includes(id))).toBe(true);
		expect(changes[0].decidedBy).toBe('Dr Okafor');
	});

	it('keeps past days on the old schedule when the dose changes', async () => {
		const id = await addMedication(medication('Sertraline'), schedule(), decision);
		await changeSchedule(
			id,
			schedule({ slots: [{ id: 'slot-1', anchor: 'breakfast', time: null, amount: 50 }] }),
			'2026-04-01',
			decision
		);
		const schedules = await database().schedules.where('medicationId').equals(id).sortBy('from');
		expect(schedules.map((entry) => [entry.from, entry.until, entry.slots[0].amount])).toEqual([
			['2026-03-01', '2026-03-31', 25],
			['2026-04-01', null, 50]
		]);
		const kinds = (await database().careChanges.toArray()).map((change) => change.kind);
		expect(kinds).toContain('doseChange');
	});

	it('a plan changed twice, the second time from an earlier day, has one dose a day (issue case 1)', async () => {
		// Lamotrigine 50 mg from 05-01; on 05-10 a change to 100 mg from 06-01; on 05-11 a change to 75 mg from 05-20.
		const id = await addMedication(
			medication('Lamotrigine', { startDay: '2026-05-01' }),
			schedule({ from: '2026-05-01', slots: [{ id: 'slot-1', anchor: 'breakfast', time: null, amount: 50 }] }),
			decision,
			new Date('2026-05-01T09:00:00Z')
		);
		const at = (amount: number) => schedule({ slots: [{ id: 'slot-1', anchor: 'breakfast', time: null, amount }] });
		await changeSchedule(id, at(100), '2026-06-01', decision, new Date('2026-05-10T09:00:00Z'));
		await changeSchedule(id, at(75), '2026-05-20', decision, new Date('2026-05-11T09:00:00Z'));
		const schedules = await database().schedules.where('medicationId').equals(id).sortBy('from');
		expect(schedules.map((entry) => [entry.from, entry.until, entry.slots[0].amount])).toEqual([
			['2026-05-01', '2026-05-19', 50],
			['2026-05-20', null, 75]
		]);
		// The planned increase to 100 mg on 06-01 will not happen: it is no longer on the timeline.
		const changes = await database().careChanges.orderBy('day').toArray();
		expect(changes.map((change) => [change.kind, change.day, change.to])).toEqual([
			['start', '2026-05-01', '50 mg'],
			['doseChange', '2026-05-20', '75 mg']
		]);
	});

	it('withdraws the planned titration steps after a stop', async () => {
		const id = await addMedication(
			medication('Sertraline'),
			schedule({
				titration: { kind: 'linear', direction: 'up', from: '2026-03-01', start: 25, step: 25, intervalDays: 7, target: 100 }
			}),
			decision
		);
		await stopMedication(id, '2026-03-10', decision);
		const changes = await database().careChanges.orderBy('day').toArray();
		expect(changes.map((change) => [change.kind, change.day])).toEqual([
			['start', '2026-03-01'],
			['doseStep', '2026-03-08'],
			['stop', '2026-03-10']
		]);
		expect(changes[2].from).toBe('50 mg');
	});

	it('pauses from a day and resumes later, each on the timeline', async () => {
		const id = await addMedication(medication('Sertraline'), schedule(), decision);
		await pauseMedication(id, '2026-04-01', decision);
		expect(await database().medications.get(id)).toMatchObject({ status: 'paused', stopDay: null });
		await resumeMedication(id, schedule(), '2026-04-15', decision);
		expect(await database().medications.get(id)).toMatchObject({ status: 'active' });
		const schedules = await database().schedules.where('medicationId').equals(id).sortBy('from');
		expect(schedules.map((entry) => [entry.from, entry.until])).toEqual([
			['2026-03-01', '2026-03-31'],
			['2026-04-15', null]
		]);
		const kinds = (await database().careChanges.orderBy('day').toArray()).map((change) => [change.kind, change.day]);
		expect(kinds).toEqual([
			['start', '2026-03-01'],
			['pause', '2026-04-01'],
			['resume', '2026-04-15']
		]);
	});

	it('stops a medication: status, last day, its schedule ends, and a stop on the timeline', async () => {
		const id = await addMedication(medication('Sertraline'), schedule(), decision);
		await stopMedication(id, '2026-05-10', decision);
		const stored = await database().medications.get(id);
		expect(stored).toMatchObject({ status: 'stopped', stopDay: '2026-05-10' });
		const [only] = await database().schedules.where('medicationId').equals(id).toArray();
		expect(only.until).toBe('2026-05-10');
		expect((await database().careChanges.toArray()).some((change) => change.kind === 'stop' && change.day === '2026-05-10')).toBe(
			true
		);
	});

	it('switches with a cross-taper as one action', async () => {
		const fromId = await addMedication(
			medication('Citalopram', { strength: 20 }),
			schedule({ slots: [{ id: 's', anchor: 'breakfast', time: null, amount: 20 }] }),
			decision
		);
		const toId = await switchMedication({
			fromId,
			to: medication('Sertraline', { startDay: '2026-06-01' }),
			toSchedule: schedule({ from: '2026-06-01' }),
			day: '2026-06-01',
			fromTaper: schedule({ slots: [{ id: 's', anchor: 'breakfast', time: null, amount: 10 }] }),
			fromLastDay: '2026-06-14',
			...decision
		});
		const fromSchedules = await database().schedules.where('medicationId').equals(fromId).sortBy('from');
		expect(fromSchedules.map((entry) => [entry.from, entry.until, entry.slots[0].amount])).toEqual([
			['2026-03-01', '2026-05-31', 20],
			['2026-06-01', '2026-06-14', 10]
		]);
		expect(await database().medications.get(fromId)).toMatchObject({ status: 'stopped', stopDay: '2026-06-14' });
		expect(await database().medications.get(toId)).toMatchObject({ status: 'active', startDay: '2026-06-01' });
		const switches = (await database().careChanges.toArray()).filter((change) => change.kind === 'switch');
		expect(switches).toHaveLength(1);
		expect(switches[0].medicationIds.sort()).toEqual([fromId, toId].sort());
	});

	it('counts the supply down when a dose is taken and back up when it is undone', async () => {
		const id = await addMedication(
			medication('Sertraline', { supplyOnHand: 30, strength: 25 }),
			schedule({ slots: [{ id: 'slot-1', anchor: 'breakfast', time: null, amount: 50 }] }),
			decision
		);
		const mark = {
			medicationId: id,
			dueDay: '2026-03-02',
			slotId: 'slot-1',
			amount: 50,
			takenAt: '2026-03-02T08:05:00.000+00:00',
			dueAt: '2026-03-02T08:00:00.000+00:00',
			reason: ''
		};
		const eventId = await markDose({ ...mark, status: 'taken' });
		expect((await database().medications.get(id))?.supplyOnHand).toBe(28);
		// Marking the same dose again replaces the mark; it does not take two doses out of the supply.
		await markDose({ ...mark, status: 'taken' });
		expect(await database().doseEvents.count()).toBe(1);
		expect((await database().medications.get(id))?.supplyOnHand).toBe(28);
		const [event] = await database().doseEvents.toArray();
		await undoDose(event.id);
		expect(eventId).toBe(event.id);
		expect(await database().doseEvents.count()).toBe(0);
		expect((await database().medications.get(id))?.supplyOnHand).toBe(30);
	});
});
