/**
 * Writes of the medication plan. Every change that alters what the person takes writes its care-change
 * record in the same transaction, so the timeline the charts draw can never disagree with the plan.
 */
import { addDays, instantOf, type LocalDay } from '$lib/domain/dates';
import type { CareChange, DoseEvent, Medication, Schedule } from '$lib/domain/records';
import {
	doseChange,
	scheduleChange,
	startChange,
	stepChanges,
	stopChange,
	switchChanges
} from '$lib/domain/medication/careChanges';
import { supplyAfterDose, unitsOf } from '$lib/domain/medication/supply';
import { database, newId } from './database';

export type MedicationDraft = Omit<Medication, 'id' | 'createdAt' | 'updatedAt'>;
export type ScheduleDraft = Omit<Schedule, 'id' | 'createdAt' | 'updatedAt' | 'medicationId'>;
type CareChangeDraft = Omit<CareChange, 'id' | 'createdAt' | 'updatedAt'>;

interface Decision {
	decidedBy: string;
	reason: string;
}

function stamped<T extends object>(draft: T, at: string): T & { id: string; createdAt: string; updatedAt: string } {
	return { ...draft, id: newId(), createdAt: at, updatedAt: at };
}

async function addChanges(drafts: CareChangeDraft[], at: string): Promise<void> {
	if (drafts.length > 0) await database().careChanges.bulkAdd(drafts.map((draft) => stamped(draft, at)));
}

/** A new medication with its schedule, its start and every planned titration step on the timeline. */
export async function addMedication(
	medication: MedicationDraft,
	schedule: ScheduleDraft,
	decision: Decision,
	now = new Date()
): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.medications, db.schedules, db.careChanges, async () => {
		const savedMedication = stamped(medication, at);
		const savedSchedule = stamped({ ...schedule, medicationId: savedMedication.id }, at);
		await db.medications.add(savedMedication);
		await db.schedules.add(savedSchedule);
		await addChanges(
			[
				startChange(savedMedication, savedSchedule, decision.decidedBy, decision.reason),
				...stepChanges(savedMedication, savedSchedule)
			],
			at
		);
		return savedMedication.id;
	});
}

/**
 * A new schedule from `day`: the current one ends the day before, so past days keep the plan they
 * had. Recorded as a dose change, a schedule change, and the new plan's titration steps.
 */
export async function changeSchedule(
	medicationId: string,
	next: ScheduleDraft,
	day: LocalDay,
	decision: Decision,
	now = new Date()
): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.medications, db.schedules, db.careChanges, async () => {
		const medication = await db.medications.get(medicationId);
		if (!medication) throw new Error('That medication no longer exists.');
		const current = await currentSchedule(medicationId, day);
		const saved = stamped({ ...next, from: day, medicationId }, at);
		if (current) {
			if (current.from >= day) await db.schedules.delete(current.id);
			else await db.schedules.put({ ...current, until: addDays(day, -1), updatedAt: at });
		}
		await db.schedules.add(saved);
		const drafts: CareChangeDraft[] = [];
		if (current) {
			const dose = doseChange(medication, current, saved, day, decision.decidedBy, decision.reason);
			const timing = scheduleChange(medication, current, saved, day, decision.decidedBy, decision.reason);
			if (dose) drafts.push(dose);
			if (timing) drafts.push(timing);
		}
		drafts.push(...stepChanges(medication, saved).filter((change) => change.day >= day));
		await addChanges(drafts, at);
	});
}

/** Stops a medication after `day`, its last day of taking it. */
export async function stopMedication(medicationId: string, day: LocalDay, decision: Decision, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.medications, db.schedules, db.careChanges, async () => {
		const medication = await db.medications.get(medicationId);
		if (!medication) throw new Error('That medication no longer exists.');
		await endSchedules(medicationId, addDays(day, 1), at);
		await db.medications.put({ ...medication, status: 'stopped', stopDay: day, updatedAt: at });
		await addChanges([stopChange(medication, day, decision.decidedBy, decision.reason)], at);
	});
}

/**
 * Switching is one action: A stops (after its cross-taper, if any) and B starts, recorded as one
 * switch on the timeline. `fromTaper` is A's schedule during a cross-taper, ending on `fromLastDay`.
 */
export async function switchMedication(
	input: {
		fromId: string;
		to: MedicationDraft;
		toSchedule: ScheduleDraft;
		day: LocalDay;
		fromTaper: ScheduleDraft | null;
		fromLastDay: LocalDay;
	} & Decision,
	now = new Date()
): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.medications, db.schedules, db.careChanges, async () => {
		const from = await db.medications.get(input.fromId);
		if (!from) throw new Error('That medication no longer exists.');
		await endSchedules(from.id, input.fromTaper ? input.day : addDays(input.fromLastDay, 1), at);
		if (input.fromTaper)
			await db.schedules.add(
				stamped({ ...input.fromTaper, from: input.day, until: input.fromLastDay, medicationId: from.id }, at)
			);
		await db.medications.put({ ...from, status: 'stopped', stopDay: input.fromLastDay, updatedAt: at });

		const to = stamped({ ...input.to, startDay: input.day }, at);
		const toSchedule = stamped({ ...input.toSchedule, from: input.day, medicationId: to.id }, at);
		await db.medications.add(to);
		await db.schedules.add(toSchedule);
		await addChanges(
			[
				switchChanges({
					from,
					to,
					day: input.day,
					crossTaper: input.fromTaper !== null,
					decidedBy: input.decidedBy,
					reason: input.reason
				}),
				...stepChanges(to, toSchedule)
			],
			at
		);
		return to.id;
	});
}

/** Schedules of a medication that run on or after `day` end the day before it. */
async function endSchedules(medicationId: string, day: LocalDay, at: string): Promise<void> {
	const db = database();
	const schedules = await db.schedules.where('medicationId').equals(medicationId).toArray();
	for (const schedule of schedules) {
		if (schedule.from >= day) await db.schedules.delete(schedule.id);
		else if (schedule.until === null || schedule.until >= day)
			await db.schedules.put({ ...schedule, until: addDays(day, -1), updatedAt: at });
	}
}

async function currentSchedule(medicationId: string, day: LocalDay): Promise<Schedule | undefined> {
	const schedules = await database().schedules.where('medicationId').equals(medicationId).toArray();
	return schedules
		.filter((schedule) => schedule.until === null || schedule.until >= day)
		.sort((a, b) => (a.from < b.from ? 1 : -1))[0];
}

export type DoseMark = Pick<DoseEvent, 'medicationId' | 'dueDay' | 'slotId' | 'amount'> & {
	status: 'taken' | 'skipped';
	takenAt: string | null;
	reason: string;
};

/** Marks a scheduled dose (replacing an earlier mark of the same dose) and keeps the supply count. */
export async function markDose(mark: DoseMark, now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.doseEvents, db.medications, async () => {
		const earlier = mark.slotId
			? (await db.doseEvents.where('[medicationId+dueDay]').equals([mark.medicationId, mark.dueDay]).toArray()).find(
					(event) => event.slotId === mark.slotId
				)
			: undefined;
		const event: DoseEvent = earlier
			? { ...earlier, ...mark, updatedAt: at }
			: { ...mark, id: newId(), createdAt: at, updatedAt: at };
		await db.doseEvents.put(event);
		const wasTaken = earlier?.status === 'taken';
		const isTaken = mark.status === 'taken';
		if (wasTaken !== isTaken) await adjustSupply(mark.medicationId, isTaken ? mark.amount : -mark.amount, at);
		return event.id;
	});
}

/** Removes a mark: the dose is due (or missed) again, and a taken dose goes back into the supply. */
export async function undoDose(eventId: string, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.doseEvents, db.medications, async () => {
		const event = await db.doseEvents.get(eventId);
		if (!event) return;
		await db.doseEvents.delete(eventId);
		if (event.status === 'taken') await adjustSupply(event.medicationId, -event.amount, instantOf(now));
	});
}

async function adjustSupply(medicationId: string, takenAmount: number, at: string): Promise<void> {
	const db = database();
	const medication = await db.medications.get(medicationId);
	if (!medication || medication.supplyOnHand === null) return;
	// An undone dose goes back into the supply; a taken one comes out of it (never below zero).
	const supplyOnHand =
		takenAmount >= 0 ? supplyAfterDose(medication, takenAmount) : medication.supplyOnHand + unitsOf(medication, -takenAmount);
	await db.medications.put({ ...medication, supplyOnHand, updatedAt: at });
}

export type MedicationDetails = Pick<
	Medication,
	'name' | 'purpose' | 'form' | 'strength' | 'unit' | 'prescriberId' | 'sideEffectNotes'
>;

/**
 * Corrects what describes a medication (its name, purpose, form, strength, prescriber, the
 * prescriber's side-effect notes). Doses, dates and the plan change only through the guided actions,
 * which record a care change.
 */
export async function updateMedicationDetails(id: string, details: MedicationDetails, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.medications, async () => {
		const existing = await db.medications.get(id);
		if (!existing) throw new Error('That medication is no longer on this device.');
		await db.medications.put({ ...existing, ...details, updatedAt: instantOf(now) });
	});
}
