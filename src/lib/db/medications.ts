/**
 * Writes of the medication plan. Each operation asks domain/medication/timeline.ts for the edit that
 * keeps one schedule in force per day and applies it in one transaction, together with its
 * care-change records, so the timeline the charts draw can never disagree with the plan.
 */
import type { MedicationDetails } from '$lib/domain/medication/detailsForm';
import { instantOf, type LocalDay } from '$lib/domain/dates';
import type { CareChange, DoseEvent, Medication, Schedule } from '$lib/domain/records';
import {
	doseChange,
	pauseChange,
	resumeChange,
	scheduleChange,
	startChange,
	stepChanges,
	stopChange,
	switchChanges,
	WITHDRAWN_WHEN_REPLANNED
} from '$lib/domain/medication/careChanges';
import { planEdit, startPlan, type PlanEdit, type PlanOperation, type Stamp } from '$lib/domain/medication/timeline';
import { supplyAfterDose, unitsOf } from '$lib/domain/medication/supply';
import { database, newId } from './database';

export type MedicationDraft = Omit<Medication, 'id' | 'createdAt' | 'updatedAt'>;
export type ScheduleDraft = Omit<Schedule, 'id' | 'createdAt' | 'updatedAt' | 'medicationId'>;
type CareChangeDraft = Omit<CareChange, 'id' | 'createdAt' | 'updatedAt'>;

export interface Decision {
	decidedBy: string;
	reason: string;
}

function stamped<T extends object>(draft: T, at: string): T & { id: string; createdAt: string; updatedAt: string } {
	return { ...draft, id: newId(), createdAt: at, updatedAt: at };
}

function stampAt(now: Date): Stamp {
	return { at: instantOf(now), newId };
}

async function addChanges(drafts: CareChangeDraft[], at: string): Promise<void> {
	if (drafts.length > 0) await database().careChanges.bulkAdd(drafts.map((draft) => stamped(draft, at)));
}

function planTables() {
	const db = database();
	return [db.medications, db.schedules, db.careChanges] as const;
}

/** Reads a medication and its schedules inside the running transaction; a missing one is a sentence. */
async function planOf(medicationId: string): Promise<{ medication: Medication; schedules: Schedule[] }> {
	const db = database();
	const medication = await db.medications.get(medicationId);
	if (!medication) throw new Error('That medication is no longer on this device.');
	return { medication, schedules: await db.schedules.where('medicationId').equals(medicationId).toArray() };
}

/**
 * Writes an edit: the medication, its schedules, and the planned steps and changes from the edit's
 * first day on withdrawn (the plan from that day is the new one).
 */
async function applyEdit(edit: PlanEdit): Promise<void> {
	const db = database();
	await db.medications.put(edit.medication);
	await db.schedules.bulkDelete(edit.remove);
	await db.schedules.bulkPut(edit.put);
	await db.careChanges
		.where('medicationIds')
		.equals(edit.medication.id)
		.filter((change) => change.day >= edit.retractFrom && WITHDRAWN_WHEN_REPLANNED.includes(change.kind))
		.delete();
}

/** A new medication with its schedule, its start and every planned titration step on the timeline. */
export async function addMedication(
	medication: MedicationDraft,
	schedule: ScheduleDraft,
	decision: Decision,
	now = new Date()
): Promise<string> {
	const db = database();
	const stamp = stampAt(now);
	return db.transaction('rw', planTables(), async () => {
		const savedMedication = stamped(medication, stamp.at);
		const savedSchedule = startPlan(savedMedication, schedule, stamp);
		await db.medications.add(savedMedication);
		await db.schedules.add(savedSchedule);
		await addChanges(
			[
				startChange(savedMedication, savedSchedule, decision.decidedBy, decision.reason),
				...stepChanges(savedMedication, savedSchedule)
			],
			stamp.at
		);
		return savedMedication.id;
	});
}

/** Applies one plan operation to one medication and records what it changed. */
async function operate(
	medicationId: string,
	operation: PlanOperation,
	changes: (edit: PlanEdit, before: Medication) => CareChangeDraft[],
	now: Date
): Promise<PlanEdit> {
	// Inside switchMedication's transaction this joins it (Dexie nests transactions over the same tables).
	return database().transaction('rw', planTables(), async () => {
		const { medication, schedules } = await planOf(medicationId);
		const edit = planEdit(medication, schedules, operation, stampAt(now));
		await applyEdit(edit);
		await addChanges(changes(edit, medication), instantOf(now));
		return edit;
	});
}

/**
 * A new plan from `day` on: the plan running then ends the day before (past days keep the plan they
 * had) and anything planned from `day` on is replaced. Recorded as a dose change, a schedule change,
 * and the new plan's titration steps.
 */
export async function changeSchedule(
	medicationId: string,
	next: ScheduleDraft,
	day: LocalDay,
	decision: Decision,
	now = new Date()
): Promise<void> {
	await operate(
		medicationId,
		{ kind: 'change', day, next },
		({ before, added, medication }) => {
			const drafts: (CareChangeDraft | null)[] = [];
			if (before && added) {
				drafts.push(doseChange(medication, before, added, day, decision.decidedBy, decision.reason));
				drafts.push(scheduleChange(medication, before, added, day, decision.decidedBy, decision.reason));
			}
			if (added) drafts.push(...stepChanges(medication, added).filter((change) => change.day >= day));
			return drafts.filter((draft): draft is CareChangeDraft => draft !== null);
		},
		now
	);
}

/** No doses from `day` on, until resumed. */
export async function pauseMedication(medicationId: string, day: LocalDay, decision: Decision, now = new Date()): Promise<void> {
	await operate(
		medicationId,
		{ kind: 'pause', day },
		({ before, medication }) => [pauseChange(medication, day, before, decision.decidedBy, decision.reason)],
		now
	);
}

/** Doses again from `day` on, under `next` (the plan as it was, or as the prescriber now says). */
export async function resumeMedication(
	medicationId: string,
	next: ScheduleDraft,
	day: LocalDay,
	decision: Decision,
	now = new Date()
): Promise<void> {
	await operate(
		medicationId,
		{ kind: 'resume', day, next },
		({ added, medication }) =>
			added
				? [
						resumeChange(medication, added, day, decision.decidedBy, decision.reason),
						...stepChanges(medication, added).filter((change) => change.day > day)
					]
				: [],
		now
	);
}

/** Stops a medication after `day`, its last day of taking it. */
export async function stopMedication(medicationId: string, day: LocalDay, decision: Decision, now = new Date()): Promise<void> {
	await operate(
		medicationId,
		{ kind: 'stop', lastDay: day },
		({ before }, medication) => [stopChange(medication, day, decision.decidedBy, decision.reason, before)],
		now
	);
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
	const stamp = stampAt(now);
	return db.transaction('rw', planTables(), async () => {
		const operation: PlanOperation = { kind: 'taperOff', day: input.day, lastDay: input.fromLastDay, taper: input.fromTaper };
		// The cross-taper's own planned steps go on the timeline like any titration's.
		const taper = await operate(
			input.fromId,
			operation,
			({ added }, before) => (added ? stepChanges(before, added).filter((change) => change.day > input.day) : []),
			now
		);
		const to = stamped({ ...input.to, startDay: input.day }, stamp.at);
		const toSchedule = startPlan(to, input.toSchedule, stamp);
		await db.medications.add(to);
		await db.schedules.add(toSchedule);
		await addChanges(
			[
				switchChanges({
					from: taper.medication,
					to,
					day: input.day,
					crossTaper: input.fromTaper !== null,
					decidedBy: input.decidedBy,
					reason: input.reason
				}),
				...stepChanges(to, toSchedule)
			],
			stamp.at
		);
		return to.id;
	});
}

export type DoseMark = Pick<DoseEvent, 'medicationId' | 'dueDay' | 'slotId' | 'amount' | 'dueAt'> & {
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

export type { MedicationDetails } from '$lib/domain/medication/detailsForm';

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
