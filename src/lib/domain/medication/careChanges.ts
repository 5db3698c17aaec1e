/**
 * Care changes: every start, stop, titration step, dose change, schedule change and switch becomes one
 * record with a date, what changed, from → to, why and who decided. Builders return drafts; the
 * database layer gives them ids and times. Together they are the timeline the charts annotate.
 */
import { addDays, formatLocalDay, type LocalDay } from '../dates';
import type { CareChange, Medication, Schedule } from '../records';
import { ROUTINE_LABELS } from '../settings';
import { amountOn, formatAmount, titrationSteps, type PlanStep } from './plan';

export type CareChangeDraft = Omit<CareChange, 'id' | 'createdAt' | 'updatedAt'>;

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function draft(
	fields: Pick<CareChangeDraft, 'day' | 'kind' | 'medicationIds' | 'what'> & Partial<CareChangeDraft>
): CareChangeDraft {
	return { from: '', to: '', reason: '', decidedBy: '', goalIds: [], ...fields };
}

/** "25 mg" when every slot gets the same, "25 mg + 50 mg" when they differ. */
export function amountsText(amounts: readonly number[], unit: string): string {
	if (amounts.length === 0) return '';
	if (amounts.every((amount) => amount === amounts[0])) return formatAmount(amounts[0], unit);
	return amounts.map((amount) => formatAmount(amount, unit)).join(' + ');
}

function amountsOn(schedule: Schedule, day: LocalDay): number[] {
	return schedule.slots.map((_, index) => amountOn(schedule, index, day) ?? 0);
}

function total(amounts: readonly number[]): number {
	return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** The dose a schedule gives on a day, and where its titration goes next, e.g. "25 mg, then +25 mg every 7 days to 100 mg". */
export function planText(schedule: Schedule, day: LocalDay, unit: string): string {
	if (schedule.prn !== null) {
		return `${formatAmount(schedule.prn.amount, unit)} as needed, at most ${schedule.prn.maxPer24h} in 24 hours`;
	}
	const now = amountsText(amountsOn(schedule, day), unit);
	const later = titrationSteps(schedule).filter((step) => step.from > day);
	const titration = schedule.titration;
	if (later.length === 0 || titration === null) return now;
	if (titration.kind === 'linear') {
		const sign = titration.direction === 'up' ? '+' : '−';
		const every = titration.intervalDays === 1 ? 'every day' : `every ${titration.intervalDays} days`;
		return `${now}, then ${sign}${formatAmount(titration.step, unit)} ${every} to ${formatAmount(titration.target, unit)}`;
	}
	const last = later[later.length - 1];
	return `${now}, then ${later.length} more step${later.length === 1 ? '' : 's'} to ${amountsText(last.amounts, unit)}`;
}

/** When and how often: "breakfast, bedtime, every day" or "08:00, Mon, Wed, Fri". */
export function timingText(schedule: Schedule, clinicDispensed = false): string {
	const times = schedule.slots.map((slot) => (slot.anchor ? ROUTINE_LABELS[slot.anchor].toLowerCase() : (slot.time ?? '')));
	const recurrence = schedule.recurrence;
	const days =
		recurrence.kind === 'daily'
			? 'every day'
			: recurrence.kind === 'weekdays'
				? [...recurrence.days]
						.sort((a, b) => a - b)
						.map((weekday) => WEEKDAY_NAMES[weekday])
						.join(', ')
				: `every ${recurrence.n} days from ${formatLocalDay(recurrence.from, 'en-GB')}`;
	const homeDays = [...schedule.takeHomeDays].sort((a, b) => a - b).map((weekday) => WEEKDAY_NAMES[weekday]);
	const home = clinicDispensed ? `; take-home: ${homeDays.length > 0 ? homeDays.join(', ') : 'none'}` : '';
	return `${[...times, days].join(', ')}${home}`;
}

function strengthText(medication: Medication): string {
	return medication.strength === null
		? medication.name
		: `${medication.name} ${formatAmount(medication.strength, medication.unit)}`;
}

export function startChange(medication: Medication, schedule: Schedule, decidedBy: string, reason: string): CareChangeDraft {
	return draft({
		day: medication.startDay,
		kind: 'start',
		medicationIds: [medication.id],
		what: `Started ${medication.name}`,
		to: planText(schedule, schedule.from, medication.unit),
		decidedBy,
		reason
	});
}

/** `current`, when given, names the dose being stopped ("25 mg → stopped"). */
export function stopChange(
	medication: Medication,
	day: LocalDay,
	decidedBy: string,
	reason: string,
	current: Schedule | null = null
): CareChangeDraft {
	return draft({
		day,
		kind: 'stop',
		medicationIds: [medication.id],
		what: `Stopped ${medication.name}`,
		// The dose taken on the last day, not the titration that will no longer happen.
		from: current ? amountsText(amountsOn(current, day), medication.unit) : '',
		to: 'stopped',
		decidedBy,
		reason
	});
}

/**
 * Kinds a new plan from a day replaces from that day on: they describe what the plan was going to do,
 * so once the plan from that day is different they will not happen. Starts, stops and switches stay.
 */
export const WITHDRAWN_WHEN_REPLANNED: readonly CareChange['kind'][] = [
	'doseStep',
	'doseChange',
	'scheduleChange',
	'pause',
	'resume'
];

/** A pause from `day`: no doses until resumed. `before` names the plan paused. */
export function pauseChange(
	medication: Medication,
	day: LocalDay,
	before: Schedule | null,
	decidedBy: string,
	reason: string
): CareChangeDraft {
	return draft({
		day,
		kind: 'pause',
		medicationIds: [medication.id],
		what: `Paused ${medication.name}`,
		from: before ? planText(before, addDays(day, -1), medication.unit) : '',
		to: 'paused',
		decidedBy,
		reason
	});
}

export function resumeChange(
	medication: Medication,
	after: Schedule,
	day: LocalDay,
	decidedBy: string,
	reason: string
): CareChangeDraft {
	return draft({
		day,
		kind: 'resume',
		medicationIds: [medication.id],
		what: `Resumed ${medication.name}`,
		from: 'paused',
		to: planText(after, day, medication.unit),
		decidedBy,
		reason
	});
}

/** One 'doseStep' per step after the first, dated on the day it begins; the plan itself was the decision. */
export function stepChanges(medication: Medication, schedule: Schedule): CareChangeDraft[] {
	const steps = titrationSteps(schedule).filter((step) => schedule.until === null || step.from <= schedule.until);
	return steps.slice(1).map((step: PlanStep, index) => {
		const previous = steps[index];
		const direction = total(step.amounts) >= total(previous.amounts) ? 'titration' : 'taper';
		return draft({
			day: step.from,
			kind: 'doseStep',
			medicationIds: [medication.id],
			what: `${medication.name}: step ${step.number} of ${steps.length}`,
			from: amountsText(previous.amounts, medication.unit),
			to: amountsText(step.amounts, medication.unit),
			reason: `Planned step of the ${direction}`
		});
	});
}

/** A change to the dose or to the titration plan from `day` on; null when the dose plan is the same. */
export function doseChange(
	medication: Medication,
	before: Schedule,
	after: Schedule,
	day: LocalDay,
	decidedBy: string,
	reason: string
): CareChangeDraft | null {
	const from = planText(before, day, medication.unit);
	const to = planText(after, day, medication.unit);
	if (from === to) return null;
	const change = Math.sign(total(amountsOn(after, day)) - total(amountsOn(before, day)));
	const verb = change > 0 ? 'increased' : change < 0 ? 'decreased' : 'changed';
	return draft({
		day,
		kind: 'doseChange',
		medicationIds: [medication.id],
		what: `${medication.name} dose ${verb}`,
		from,
		to,
		decidedBy,
		reason
	});
}

/** A change of dose times, days or take-home days; null when the timing is the same. */
export function scheduleChange(
	medication: Medication,
	before: Schedule,
	after: Schedule,
	day: LocalDay,
	decidedBy: string,
	reason: string
): CareChangeDraft | null {
	const from = timingText(before, medication.clinicDispensed);
	const to = timingText(after, medication.clinicDispensed);
	if (from === to) return null;
	return draft({
		day,
		kind: 'scheduleChange',
		medicationIds: [medication.id],
		what: `${medication.name} schedule changed`,
		from,
		to,
		decidedBy,
		reason
	});
}

/** A switch is one decision: a single record naming both medicines; the stop and start are implied. */
export function switchChanges(input: {
	from: Medication;
	to: Medication;
	day: LocalDay;
	crossTaper: boolean;
	decidedBy: string;
	reason: string;
}): CareChangeDraft {
	const { from, to } = input;
	return draft({
		day: input.day,
		kind: 'switch',
		medicationIds: [from.id, to.id],
		what: `Switched from ${from.name} to ${to.name}${input.crossTaper ? ', with a cross-taper' : ''}`,
		from: strengthText(from),
		to: strengthText(to),
		decidedBy: input.decidedBy,
		reason: input.reason
	});
}

/** Oldest first: by day, then by when the change was recorded (compared as instants, whatever their offsets). */
export function careTimeline(changes: readonly CareChange[]): CareChange[] {
	return [...changes].sort((a, b) =>
		a.day < b.day ? -1 : a.day > b.day ? 1 : Date.parse(a.createdAt) - Date.parse(b.createdAt)
	);
}
