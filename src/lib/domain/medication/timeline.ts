/**
 * The medication plan over time.
 *
 * Invariant: for every medication and every day, at most one schedule is in force. Each operation on
 * the plan — start, change from a day, pause, resume, stop, and the old medicine's side of a switch
 * (with or without a cross-taper) — is turned here, by a pure function, into a PlanEdit that keeps
 * it; the database only applies the edit, in one transaction. Every reader (Today, adherence,
 * as-needed limits, the calendar, the report and the shared board) finds the schedule of a day
 * through `planSegments` / `scheduleInForce`, which also settle data written before this rule held:
 * where two schedules claim a day, the one recorded later wins.
 *
 * A change from day D replaces the plan from D on: schedules that start on or after D are superseded,
 * the one running on D ends the day before, and the planned steps recorded from D on are withdrawn
 * from the timeline (`retractFrom`), so the charts never mark a step that will not happen.
 */
import { addDays, type Instant, type LocalDay } from '../dates';
import type { Medication, Schedule } from '../records';
import { amountOn, type ScheduleDraft } from './plan';

/** A stretch of days under one schedule; `until` null runs on without end. */
export interface Segment {
	schedule: Schedule;
	from: LocalDay;
	until: LocalDay | null;
}

export type PlanOperation =
	/** A new plan from `day` on (a dose change, new times, holding a titration, a new titration). */
	| { kind: 'change'; day: LocalDay; next: ScheduleDraft }
	/** No doses from `day` on, until resumed. */
	| { kind: 'pause'; day: LocalDay }
	/** Doses again from `day` on, under `next`. */
	| { kind: 'resume'; day: LocalDay; next: ScheduleDraft }
	/** `lastDay` is the last day of taking it. */
	| { kind: 'stop'; lastDay: LocalDay }
	/** The old medicine of a switch: its plan ends the day before `day`, or runs `taper` from `day` to `lastDay`. */
	| { kind: 'taperOff'; day: LocalDay; lastDay: LocalDay; taper: ScheduleDraft | null };

export interface PlanEdit {
	medication: Medication;
	/** Schedules to write: the new one, and the ones whose `until` moved. */
	put: Schedule[];
	/** Schedules superseded whole (they would only have started on or after the change). */
	remove: string[];
	/** The schedule the operation added, if any. */
	added: Schedule | null;
	/** The schedule in force the day before the operation's first day: what it changed from. */
	before: Schedule | null;
	/** Planned dose steps and changes recorded for this day or later no longer happen. */
	retractFrom: LocalDay;
}

export interface Stamp {
	at: Instant;
	newId: () => string;
}

const later = (a: LocalDay, b: LocalDay): LocalDay => (a > b ? a : b);

function endsBefore(until: LocalDay | null, day: LocalDay): boolean {
	return until !== null && until < day;
}

/** Whether two day ranges share a day (`null` = open-ended). */
function overlap(a: { from: LocalDay; until: LocalDay | null }, b: { from: LocalDay; until: LocalDay | null }): boolean {
	return !endsBefore(a.until, b.from) && !endsBefore(b.until, a.from);
}

/** Recorded later wins: by createdAt, then by id so the order is total. */
function recordedOrder(a: Schedule, b: Schedule): number {
	const [at, bt] = [Date.parse(a.createdAt), Date.parse(b.createdAt)];
	return at - bt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `range` minus the days of `cut`: nothing, one piece or two. */
function subtract(range: Segment, cut: { from: LocalDay; until: LocalDay | null }): Segment[] {
	if (!overlap(range, cut)) return [range];
	const pieces: Segment[] = [];
	if (range.from < cut.from) pieces.push({ ...range, until: addDays(cut.from, -1) });
	if (cut.until !== null && (range.until === null || range.until > cut.until)) {
		pieces.push({ ...range, from: addDays(cut.until, 1) });
	}
	return pieces;
}

/**
 * The days each schedule of a medication is in force, oldest first and never overlapping, clipped to
 * the medication's first and last days. Schedules of other medications are ignored.
 */
export function planSegments(
	medication: Pick<Medication, 'id' | 'startDay' | 'stopDay'>,
	schedules: readonly Schedule[]
): Segment[] {
	const own = schedules.filter((schedule) => schedule.medicationId === medication.id).sort(recordedOrder);
	let segments: Segment[] = [];
	for (const schedule of own) {
		if (endsBefore(schedule.until, schedule.from)) continue;
		const range = { from: schedule.from, until: schedule.until };
		segments = segments.flatMap((segment) => subtract(segment, range));
		segments.push({ schedule, ...range });
	}
	const limits = { from: medication.startDay, until: medication.stopDay };
	return segments
		.filter((segment) => overlap(segment, limits))
		.map((segment) => ({
			...segment,
			from: later(segment.from, limits.from),
			until:
				limits.until === null
					? segment.until
					: segment.until === null || segment.until > limits.until
						? limits.until
						: segment.until
		}))
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export function segmentOn(segments: readonly Segment[], day: LocalDay): Segment | null {
	for (const segment of segments) {
		if (segment.from <= day && (segment.until === null || day <= segment.until)) return segment;
	}
	return null;
}

/** The one schedule in force for a medication on a day, or null. */
export function scheduleInForce(
	medication: Pick<Medication, 'id' | 'startDay' | 'stopDay'>,
	schedules: readonly Schedule[],
	day: LocalDay
): Schedule | null {
	return segmentOn(planSegments(medication, schedules), day)?.schedule ?? null;
}

/** The schedule in force on a day, or else the next one to start after it (a plan that begins later). */
export function scheduleInForceOrNext(
	medication: Pick<Medication, 'id' | 'startDay' | 'stopDay'>,
	schedules: readonly Schedule[],
	day: LocalDay
): Schedule | null {
	const segments = planSegments(medication, schedules);
	return segmentOn(segments, day)?.schedule ?? segments.find((segment) => segment.from > day)?.schedule ?? null;
}

/** Ends every schedule at the day before `day`: nothing of the old plan is in force from `day` on. */
function cutAt(schedules: readonly Schedule[], day: LocalDay, at: Instant): { put: Schedule[]; remove: string[] } {
	const put: Schedule[] = [];
	const remove: string[] = [];
	for (const schedule of schedules) {
		if (schedule.from >= day) remove.push(schedule.id);
		else if (schedule.until === null || schedule.until >= day) put.push({ ...schedule, until: addDays(day, -1), updatedAt: at });
	}
	return { put, remove };
}

function stamped(draft: ScheduleDraft, medicationId: string, from: LocalDay, until: LocalDay | null, stamp: Stamp): Schedule {
	return { ...draft, id: stamp.newId(), createdAt: stamp.at, updatedAt: stamp.at, medicationId, from, until };
}

/** The first schedule of a new medication, from its first day. */
export function startPlan(medication: Medication, draft: ScheduleDraft, stamp: Stamp): Schedule {
	return stamped(draft, medication.id, medication.startDay, null, stamp);
}

/** The first day an operation changes. */
export function operationDay(operation: PlanOperation): LocalDay {
	return operation.kind === 'stop' ? addDays(operation.lastDay, 1) : operation.day;
}

/**
 * The edit that applies `operation` to a medication whose schedules are `schedules`. Throws a
 * sentence a person can act on when the operation cannot apply (a change before the medicine began).
 */
export function planEdit(
	medication: Medication,
	schedules: readonly Schedule[],
	operation: PlanOperation,
	stamp: Stamp
): PlanEdit {
	const own = schedules.filter((schedule) => schedule.medicationId === medication.id);
	const day = operationDay(operation);
	if (medication.status === 'stopped') {
		throw new RangeError(`${medication.name} has been stopped. To take it again, add it as a new medication.`);
	}
	if (operation.kind !== 'stop' && day < medication.startDay) {
		throw new RangeError('The change can’t start before the medication did.');
	}
	const lastDay = operation.kind === 'stop' || operation.kind === 'taperOff' ? operation.lastDay : null;
	if (lastDay !== null && lastDay < medication.startDay) {
		throw new RangeError(`${medication.name} can’t stop before it started.`);
	}
	// What the operation changes from: the plan of the day before, or the one it replaces from its first day.
	const unbounded = { ...medication, stopDay: null };
	const before = scheduleInForce(unbounded, own, addDays(day, -1)) ?? scheduleInForce(unbounded, own, day);
	const { put, remove } = cutAt(own, day, stamp.at);
	let added: Schedule | null = null;
	let updated: Medication = medication;
	switch (operation.kind) {
		case 'change':
			added = stamped(operation.next, medication.id, day, null, stamp);
			break;
		case 'resume':
			added = stamped(operation.next, medication.id, day, null, stamp);
			updated = { ...medication, status: 'active' };
			break;
		case 'pause':
			updated = { ...medication, status: 'paused' };
			break;
		case 'stop':
			updated = { ...medication, status: 'stopped', stopDay: operation.lastDay };
			break;
		case 'taperOff':
			if (operation.lastDay < addDays(operation.day, -1)) throw new RangeError('The last day comes before the switch.');
			if (operation.taper) added = stamped(operation.taper, medication.id, operation.day, operation.lastDay, stamp);
			updated = { ...medication, status: 'stopped', stopDay: operation.lastDay };
			break;
	}
	if (updated !== medication) updated = { ...updated, updatedAt: stamp.at };
	return { medication: updated, put: added ? [...put, added] : put, remove, added, before, retractFrom: day };
}

/** The plan as it was on `day`, held there: same times and days, the amounts of that day, no more steps. */
export function holdDraft(schedule: Schedule, day: LocalDay): ScheduleDraft {
	return {
		slots: schedule.slots.map((slot, index) => ({ ...slot, amount: amountOn(schedule, index, day) ?? slot.amount })),
		recurrence: schedule.recurrence,
		titration: null,
		prn: schedule.prn,
		takeHomeDays: [...schedule.takeHomeDays],
		from: day,
		until: null
	};
}

/**
 * The first pair of one medication's schedules that claim the same day, or null: what a restore
 * refuses. One sorted sweep per medication: the schedule reaching furthest so far is the one a
 * later-starting schedule would meet, so a hostile file of thousands of schedules stays quick.
 */
export function firstOverlap(schedules: readonly Schedule[]): [Schedule, Schedule] | null {
	const byMedication = new Map<string, Schedule[]>();
	for (const schedule of schedules) {
		// A range that ends before it starts claims no day (planSegments skips it too).
		if (endsBefore(schedule.until, schedule.from)) continue;
		const own = byMedication.get(schedule.medicationId);
		if (own) own.push(schedule);
		else byMedication.set(schedule.medicationId, [schedule]);
	}
	for (const own of byMedication.values()) {
		own.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
		let furthest = own[0];
		for (const schedule of own.slice(1)) {
			if (!endsBefore(furthest.until, schedule.from)) return [furthest, schedule];
			if (schedule.until === null || (furthest.until !== null && schedule.until > furthest.until)) furthest = schedule;
		}
	}
	return null;
}

/**
 * Data written before the invariant held, made to keep it: each schedule keeps only the days no
 * schedule recorded after it claims. A schedule cut in two keeps its first part, and its second part
 * becomes a copy with a new id (dose records follow slot ids, so they still match). Returns the
 * schedules to write and the ids to delete.
 */
export function repairOverlaps(schedules: readonly Schedule[], stamp: Stamp): { put: Schedule[]; remove: string[] } {
	const put: Schedule[] = [];
	const remove: string[] = [];
	const medications = new Set(schedules.map((schedule) => schedule.medicationId));
	for (const medicationId of medications) {
		const own = schedules.filter((schedule) => schedule.medicationId === medicationId);
		const segments = planSegments({ id: medicationId, startDay: '0000-01-01', stopDay: null }, own);
		for (const schedule of own) {
			const [first, ...rest] = segments.filter((segment) => segment.schedule.id === schedule.id);
			if (!first) {
				remove.push(schedule.id);
				continue;
			}
			if (first.from !== schedule.from || first.until !== schedule.until) {
				put.push({ ...schedule, from: first.from, until: first.until, updatedAt: stamp.at });
			}
			for (const piece of rest) {
				put.push({ ...schedule, id: stamp.newId(), from: piece.from, until: piece.until, updatedAt: stamp.at });
			}
		}
	}
	return { put, remove };
}

/** The first day without doses of a paused medication (the day after its plan last ran), or null if not paused. */
export function pausedFrom(
	medication: Pick<Medication, 'id' | 'status' | 'startDay' | 'stopDay'>,
	schedules: readonly Schedule[]
): LocalDay | null {
	if (medication.status !== 'paused') return null;
	const last = planSegments(medication, schedules).at(-1);
	if (!last) return medication.startDay;
	return last.until === null ? null : addDays(last.until, 1);
}

/** The schedule a resumed medication starts again from: the last one it had, held at its last dose. */
export function resumeDraft(
	medication: Pick<Medication, 'id' | 'startDay' | 'stopDay'>,
	schedules: readonly Schedule[],
	day: LocalDay
): ScheduleDraft | null {
	const last = planSegments(medication, schedules).at(-1);
	return last ? { ...holdDraft(last.schedule, last.until ?? last.from), from: day } : null;
}
