/**
 * What a backup must keep to be restored: the invariants the app itself keeps when it writes.
 *
 * Invariants checked (each record's schema has already passed):
 * - References the app never leaves dangling resolve: schedules, doses, calendar events, side effects,
 *   care changes and goals name medications in the backup (the app never deletes a medication);
 *   care changes name goals in it and goal steps belong to one (deleting a goal unlinks and deletes
 *   them); agenda items ticked in a session point at a session in it (deleting a session unlinks).
 * - References the app does leave behind are allowed to dangle: contacts (prescriber, session,
 *   "set with", safety-plan people, a share's contact — deleting a contact touches none of them),
 *   an agenda item's source (a deleted side effect, thought record or goal keeps its item), a share's
 *   goal scope, a dose's slot (a superseded schedule is removed whole) and answers to suggestions
 *   (those live on the shared board).
 * - Ranges run forwards: a medication stops on or after it starts, a schedule ends on or after it
 *   begins, a goal is reviewed on or after it starts, a calendar series ends on or after its first day.
 * - Every titration passes the plan checks of the medication form, and a medication has at most one
 *   schedule on any day (timeline.firstOverlap).
 * - Calendar event UIDs are unique, as the database's unique index requires.
 * Ids are indexed once, so ten years of records are checked in one pass.
 */
import { formatLocalDay, type LocalDay } from './dates';
import { planProblems } from './medication/planProblems';
import { firstOverlap } from './medication/timeline';
import { COPING_TOOLS, TABLE_LABELS, type AllRecords, type Medication, type RecordOf, type TableName } from './records';

/** What the checks look records up in: built once per backup. */
interface Known {
	medications: Map<string, Medication>;
	goals: Set<string>;
	sessions: Set<string>;
}

/** A reason in words, continuing "Doses recorded, record 12: …", or null when the record is fine. */
type Check<T extends TableName> = (record: RecordOf<T>, known: Known) => string | null;

const day = (value: LocalDay) => formatLocalDay(value, 'en-GB');
const missing = (what: string, id: string) => `${what} that isn’t in the backup (id “${id}”)`;

function firstMissing(ids: readonly string[], known: { has: (id: string) => boolean }): string | null {
	return ids.find((id) => !known.has(id)) ?? null;
}

/** A record about a medication needs that medication: Tandem never deletes one. */
function forKnownMedication(record: { medicationId: string }, known: Known): string | null {
	return known.medications.has(record.medicationId) ? null : `it is for ${missing('a medication', record.medicationId)}`;
}

function medicationsKnown(record: { medicationIds: readonly string[] }, known: Known): string | null {
	const id = firstMissing(record.medicationIds, known.medications);
	return id === null ? null : `it names ${missing('a medication', id)}`;
}

const CHECKS: { [T in TableName]?: Check<T>[] } = {
	medications: [
		// Stopping asks for the last day of taking it, which can't come before the first.
		(medication) =>
			medication.stopDay !== null && medication.stopDay < medication.startDay
				? `it stops (${day(medication.stopDay)}) before it starts (${day(medication.startDay)})`
				: null
	],
	schedules: [
		forKnownMedication,
		// The plan cuts a schedule the day before the next one starts, never before its own first day.
		(schedule) =>
			schedule.until !== null && schedule.until < schedule.from
				? `it ends (${day(schedule.until)}) before it starts (${day(schedule.from)})`
				: null,
		titrationProblem
	],
	doseEvents: [forKnownMedication],
	calendarEvents: [
		forKnownMedication,
		// A series is written from its first dose day on; one ending earlier holds no dose at all.
		(event) =>
			event.lastDay !== null && event.lastDay < event.firstDay
				? `its last day (${day(event.lastDay)}) comes before its first (${day(event.firstDay)})`
				: null
	],
	careChanges: [
		medicationsKnown,
		// Deleting a goal unlinks it from every care change in the same transaction.
		(change, known) => {
			const id = firstMissing(change.goalIds, known.goals);
			return id === null ? null : `it names ${missing('a goal', id)}`;
		}
	],
	sideEffects: [
		// The side-effect form offers only medications on the list, and none is ever deleted.
		(effect, known) =>
			effect.medicationId !== null && !known.medications.has(effect.medicationId)
				? `it is about ${missing('a medication', effect.medicationId)}`
				: null
	],
	agendaItems: [
		// Deleting a session unlinks its agenda items, so a link always leads to a session.
		(item, known) =>
			item.sessionId !== null && !known.sessions.has(item.sessionId)
				? `it was discussed in ${missing('a therapy session', item.sessionId)}`
				: null
	],
	goals: [
		// The goal form checks the review date against the start.
		(goal) =>
			goal.reviewDay !== null && goal.reviewDay < goal.startDay
				? `its review date (${day(goal.reviewDay)}) comes before its start (${day(goal.startDay)})`
				: null,
		medicationsKnown,
		targetSubjectProblem
	],
	goalSteps: [
		// Deleting a goal deletes its steps with it.
		(step, known) => (known.goals.has(step.goalId) ? null : `it is a step of ${missing('a goal', step.goalId)}`)
	]
};

/** A target follows one medication's adherence or one coping tool, as the target form offers them. */
function targetSubjectProblem(goal: RecordOf<'goals'>, known: Known): string | null {
	const subject = goal.target?.subjectId ?? null;
	if (subject === null) return null;
	if (goal.target?.metric === 'adherence' && !known.medications.has(subject)) {
		return `its target follows ${missing('a medication', subject)}`;
	}
	if (goal.target?.metric === 'copingUses' && !(COPING_TOOLS as readonly string[]).includes(subject)) {
		return `its target counts a coping tool Tandem doesn’t know (“${subject.slice(0, 40)}”)`;
	}
	return null;
}

/**
 * The titration checks of the medication form. The plan is checked as drafted (without an end):
 * a later change cuts a schedule short and may leave its later dated steps past the new end.
 */
function titrationProblem(schedule: RecordOf<'schedules'>, known: Known): string | null {
	const medication = known.medications.get(schedule.medicationId);
	if (!medication || schedule.titration === null) return null;
	const problem = planProblems({ medication, schedule: { ...schedule, until: null } }).find((candidate) =>
		candidate.field.startsWith('titration')
	);
	return problem ? `its dose plan can’t be right: ${lowerFirst(problem.message).replace(/\.$/, '')}` : null;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function refusal(table: TableName, index: number, reason: string): string {
	return `${TABLE_LABELS[table]}, record ${index + 1}: ${reason}. Nothing was restored.`;
}

type Schedule = RecordOf<'schedules'>;

/** Two schedules of one medication on the same day (as timeline.firstOverlap judges it): the later-starting one is named. */
function overlapProblem(schedules: readonly Schedule[]): string | null {
	const pair = firstOverlap(schedules);
	if (!pair) return null;
	const [earlier, later] = pair.map((schedule) => schedules.indexOf(schedule));
	return refusal(
		'schedules',
		later,
		`it covers some of the same days as record ${earlier + 1} (from ${day(schedules[later].from)}), but a medication follows one schedule at a time`
	);
}

/** The database keeps one calendar event per UID; a second would fail the restore half-way. */
function duplicateUidProblem(events: readonly RecordOf<'calendarEvents'>[]): string | null {
	const seen = new Map<string, number>();
	for (let index = 0; index < events.length; index++) {
		const earlier = seen.get(events[index].uid);
		if (earlier !== undefined) return refusal('calendarEvents', index, `it has the same event UID as record ${earlier + 1}`);
		seen.set(events[index].uid, index);
	}
	return null;
}

/** The first invariant the tables break, as one sentence naming the record; null when they keep them all. */
export function integrityProblem(tables: AllRecords): string | null {
	const known: Known = {
		medications: new Map(tables.medications.map((medication) => [medication.id, medication])),
		goals: new Set(tables.goals.map((goal) => goal.id)),
		sessions: new Set(tables.therapySessions.map((session) => session.id))
	};
	for (const table of Object.keys(CHECKS) as TableName[]) {
		const checks = CHECKS[table] as Check<TableName>[];
		const rows = tables[table];
		for (let index = 0; index < rows.length; index++) {
			for (const check of checks) {
				const reason = check(rows[index], known);
				if (reason) return refusal(table, index, reason);
			}
		}
	}
	return overlapProblem(tables.schedules) ?? duplicateUidProblem(tables.calendarEvents);
}
