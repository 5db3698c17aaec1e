/** Everything the visit report reads for a period, in one read transaction. */
import { addDays, type LocalDay } from '$lib/domain/dates';
import { database } from './database';
import { doseEventsBetween } from './medicationQueries';

/** A score is read up to 28 days old, so targets judged at the period's start look back that far. */
const TARGET_LOOK_BACK_DAYS = 28;

export async function reportData(from: LocalDay, to: LocalDay) {
	const db = database();
	const early = addDays(from, -TARGET_LOOK_BACK_DAYS);
	// Instants carry their own offsets; a day's margin each side of the string bounds keeps every record
	// of the edge days, and the report filters by the recorded day.
	const instantFrom = addDays(early, -1);
	const instantTo = `${addDays(to, 1)}T23:59:59.999+14:00`;
	return db.transaction(
		'r',
		[
			db.checkins,
			db.assessments,
			db.sideEffects,
			db.careChanges,
			db.doseEvents,
			db.copingUses,
			db.agendaItems,
			db.goals,
			db.goalSteps,
			db.medications,
			db.schedules
		],
		async () => ({
			checkins: await db.checkins.where('day').between(early, to, true, true).toArray(),
			assessments: await db.assessments.where('at').between(instantFrom, instantTo, true, true).toArray(),
			sideEffects: await db.sideEffects.where('at').between(instantFrom, instantTo, true, true).toArray(),
			careChanges: await db.careChanges.orderBy('day').toArray(),
			doseEvents: await doseEventsBetween(early, to),
			copingUses: await db.copingUses.where('startedAt').between(instantFrom, instantTo, true, true).toArray(),
			openAgenda: (await db.agendaItems.orderBy('createdAt').toArray()).filter((item) => item.discussedAt === null),
			goals: await db.goals.toArray(),
			goalSteps: await db.goalSteps.toArray(),
			medications: await db.medications.orderBy('name').toArray(),
			schedules: await db.schedules.toArray()
		})
	);
}

export type ReportData = Awaited<ReturnType<typeof reportData>>;

/** One table for a CSV export, with the medications, goals and contacts its rows name. */
export async function csvSource<
	T extends 'checkins' | 'doseEvents' | 'sideEffects' | 'assessments' | 'careChanges' | 'goals' | 'goalSteps'
>(table: T) {
	const db = database();
	return db.transaction('r', [db.table(table), db.medications, db.goals, db.contacts], async () => ({
		records: await db.table(table).toArray(),
		medications: await db.medications.toArray(),
		goals: await db.goals.toArray(),
		contacts: await db.contacts.toArray()
	}));
}
