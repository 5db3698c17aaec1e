/**
 * Goals and their steps. Deleting a goal deletes its steps and unlinks it from care changes in the
 * same transaction, so no record points at a goal that is gone.
 */
import { addDays, instantOf, type LocalDay } from '$lib/domain/dates';
import type { Goal, GoalStep } from '$lib/domain/records';
import type { GoalFields } from '$lib/domain/goals/goalForm';
import { database, newId } from './database';
import { doseEventsBetween } from './medicationQueries';

export interface GoalBoard {
	goals: Goal[];
	steps: GoalStep[];
}

export async function loadGoalBoard(): Promise<GoalBoard> {
	const db = database();
	return db.transaction('r', db.goals, db.goalSteps, async () => ({
		goals: await db.goals.toArray(),
		steps: await db.goalSteps.orderBy('[goalId+order]').toArray()
	}));
}

export async function saveGoal(
	fields: GoalFields,
	id: string | null,
	now = new Date(),
	firstSteps: readonly string[] = []
): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.goals, db.goalSteps, async () => {
		const existing = id ? await db.goals.get(id) : undefined;
		if (id && !existing) throw new Error('That goal is no longer on this device.');
		const record: Goal = existing
			? { ...existing, ...fields, updatedAt: at }
			: { ...fields, id: newId(), createdAt: at, updatedAt: at };
		await db.goals.put(record);
		// A new goal's first steps, typed with it, are saved with it.
		if (!existing) {
			const steps = firstSteps.map((text) => text.trim()).filter((text) => text !== '');
			await db.goalSteps.bulkAdd(
				steps.map((text, order): GoalStep => ({
					id: newId(),
					createdAt: at,
					updatedAt: at,
					goalId: record.id,
					order,
					text,
					doneAt: null,
					suggestedBy: ''
				}))
			);
		}
		return record.id;
	});
}

export async function setGoalStatus(id: string, status: Goal['status'], now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.goals, () => db.goals.update(id, { status, updatedAt: instantOf(now) }));
}

export async function deleteGoal(id: string, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', [db.goals, db.goalSteps, db.careChanges], async () => {
		await db.goalSteps.where('goalId').equals(id).delete();
		await db.careChanges
			.where('goalIds')
			.equals(id)
			.modify((change) => {
				change.goalIds = change.goalIds.filter((goalId) => goalId !== id);
				change.updatedAt = at;
			});
		await db.goals.delete(id);
	});
}

/** Adds a step at the end of the goal's list. */
export async function addStep(goalId: string, text: string, suggestedBy = '', now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.goals, db.goalSteps, async () => {
		if (!(await db.goals.get(goalId))) throw new Error('That goal is no longer on this device.');
		const last = await db.goalSteps.where('[goalId+order]').between([goalId, -Infinity], [goalId, Infinity]).last();
		const step: GoalStep = {
			id: newId(),
			createdAt: at,
			updatedAt: at,
			goalId,
			order: (last?.order ?? -1) + 1,
			text,
			doneAt: null,
			suggestedBy
		};
		await db.goalSteps.add(step);
		return step.id;
	});
}

export async function setStepDone(id: string, done: boolean, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.goalSteps, () => db.goalSteps.update(id, { doneAt: done ? at : null, updatedAt: at }));
}

export async function editStep(id: string, text: string, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.goalSteps, () => db.goalSteps.update(id, { text, updatedAt: instantOf(now) }));
}

export async function deleteStep(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.goalSteps, () => db.goalSteps.delete(id));
}

/** Moves a step one place up (-1) or down (+1) by swapping its order with its neighbour's. */
export async function moveStep(id: string, direction: -1 | 1, now = new Date()): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.goalSteps, async () => {
		const step = await db.goalSteps.get(id);
		if (!step) return;
		const siblings = await db.goalSteps
			.where('[goalId+order]')
			.between([step.goalId, -Infinity], [step.goalId, Infinity])
			.toArray();
		const index = siblings.findIndex((sibling) => sibling.id === id);
		const other = siblings[index + direction];
		if (!other) return;
		await db.goalSteps.bulkPut([
			{ ...step, order: other.order, updatedAt: at },
			{ ...other, order: step.order, updatedAt: at }
		]);
	});
}

/** Links a care change to a goal, or unlinks it; the goal's chart marks the linked changes. */
export async function linkCareChange(careChangeId: string, goalId: string, linked: boolean, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.careChanges, async () => {
		const change = await db.careChanges.get(careChangeId);
		if (!change) return;
		const others = change.goalIds.filter((id) => id !== goalId);
		await db.careChanges.put({ ...change, goalIds: linked ? [...others, goalId] : others, updatedAt: instantOf(now) });
	});
}

/**
 * What targets are measured from, since `from`: a target looks back at most a year and a quarter
 * (12 weeks shown, a streak of up to 52, and a score up to 28 days old), never ten years. The journal
 * and the doses are read apart, so a check-in re-reads a few hundred days, not thousands of doses.
 */
export async function journalEvidence(from: LocalDay) {
	const db = database();
	// Instants carry offsets; a day's margin on each side of the string bound keeps every record of `from`.
	const fromInstant = addDays(from, -1);
	return db.transaction('r', [db.checkins, db.assessments, db.copingUses, db.careChanges], async () => ({
		checkins: await db.checkins.where('day').aboveOrEqual(from).toArray(),
		assessments: await db.assessments.where('at').aboveOrEqual(fromInstant).toArray(),
		copingUses: await db.copingUses.where('startedAt').aboveOrEqual(fromInstant).toArray(),
		careChanges: await db.careChanges.orderBy('day').toArray()
	}));
}

export function doseEvidence(from: LocalDay) {
	return doseEventsBetween(from);
}
