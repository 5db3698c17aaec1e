/**
 * The journal indexed once for goal targets, and what a target reads from it: a check-in field or a
 * count of coping uses day by day, the latest questionnaire score, the share of doses taken. Thirty
 * goals over ten years must be read in a few milliseconds, so every question here is a map lookup or
 * a binary search, never a scan of the records.
 */
import { addDays, type LocalDay } from '../dates';
import { adherence, type AdherenceInput } from '../medication/adherence';
import type { Assessment, Checkin, CopingUse, DoseEvent } from '../records';
import type { CheckinMetric, ScoreMetric } from './targetRules';

/** What adherence needs besides a period: the plan, the dose records and the person's clock. */
export type MedicationData = Omit<AdherenceInput, 'from' | 'to'>;

/** The records goal targets read; leave out what no target uses. */
export interface GoalData {
	checkins?: readonly Checkin[];
	assessments?: readonly Assessment[];
	copingUses?: readonly CopingUse[];
	medication?: MedicationData;
}

interface Score {
	day: LocalDay;
	time: number;
	score: number;
}

interface Counted {
	taken: number;
	scheduled: number;
}

interface MedicationIndex {
	data: MedicationData;
	/** Scheduled (not as-needed) dose records per medication and due day: a week is seven lookups. */
	events: Map<string, Map<LocalDay, DoseEvent[]>>;
	/** Doses counted per period (first|last day), per medication and '*' for all: each week is counted once. */
	counted: Map<string, Map<string, Counted>>;
}

export interface GoalIndex {
	/** The first day anything was recorded: a week that ends before it has no data, whatever the measure. */
	firstDay: LocalDay | null;
	checkins: Map<LocalDay, Checkin>;
	/** Each family's answers in time order, and the day's last score by day. */
	scores: Record<ScoreMetric, Score[]>;
	scoreDays: Record<ScoreMetric, Map<LocalDay, number>>;
	/** Uses per day, per tool and of any tool. */
	coping: Map<string, Map<LocalDay, number>>;
	copingAny: Map<LocalDay, number>;
	medication: MedicationIndex | null;
	/** Local days counted back from a today, made once and shared: date arithmetic is the slow part. */
	daysBack: Map<LocalDay, LocalDay[]>;
}

/**
 * A questionnaire or questionnaire result that counts for a score target. The PHQ-8 is the PHQ-9
 * without item 9 and has the same severity cut-points (10 = moderate), so a PHQ-9 target keeps working
 * for a person who answers the PHQ-8 instead (a setting).
 */
function scoreMetricOf(assessment: Assessment): ScoreMetric {
	return assessment.instrument === 'GAD-7' ? 'gad7' : 'phq9';
}

/** The local day an answer or a use belongs to: the date on the clock where it was recorded. */
function dayOfInstant(at: string): LocalDay {
	return at.slice(0, 10);
}

function earliest(day: LocalDay | null, other: LocalDay | undefined): LocalDay | null {
	if (other === undefined) return day;
	return day === null || other < day ? other : day;
}

function increment(map: Map<LocalDay, number>, day: LocalDay): void {
	map.set(day, (map.get(day) ?? 0) + 1);
}

function indexMedication(data: MedicationData): { index: MedicationIndex; firstDay: LocalDay | null } {
	const events = new Map<string, Map<LocalDay, DoseEvent[]>>();
	let firstDay: LocalDay | null = null;
	for (const event of data.events) {
		if (firstDay === null || event.dueDay < firstDay) firstDay = event.dueDay;
		// As-needed doses are never part of adherence.
		if (event.slotId === null) continue;
		let byDay = events.get(event.medicationId);
		if (!byDay) events.set(event.medicationId, (byDay = new Map()));
		const list = byDay.get(event.dueDay);
		if (list) list.push(event);
		else byDay.set(event.dueDay, [event]);
	}
	return { index: { data, events, counted: new Map() }, firstDay };
}

/** Builds every index once; evaluate any number of targets against the result. */
export function indexGoalData(data: GoalData): GoalIndex {
	let firstDay: LocalDay | null = null;
	const checkins = new Map<LocalDay, Checkin>();
	for (const checkin of data.checkins ?? []) {
		const known = checkins.get(checkin.day);
		// There is one check-in a day; should two arrive, the later edit wins.
		if (!known || Date.parse(checkin.updatedAt) >= Date.parse(known.updatedAt)) checkins.set(checkin.day, checkin);
		firstDay = earliest(firstDay, checkin.day);
	}
	const scores: GoalIndex['scores'] = { phq9: [], gad7: [] };
	for (const assessment of data.assessments ?? []) {
		const day = dayOfInstant(assessment.at);
		scores[scoreMetricOf(assessment)].push({ day, time: Date.parse(assessment.at), score: assessment.score });
		firstDay = earliest(firstDay, day);
	}
	const scoreDays: GoalIndex['scoreDays'] = { phq9: new Map(), gad7: new Map() };
	for (const metric of ['phq9', 'gad7'] as const) {
		scores[metric].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.time - b.time));
		for (const score of scores[metric]) scoreDays[metric].set(score.day, score.score);
	}
	const coping = new Map<string, Map<LocalDay, number>>();
	const copingAny = new Map<LocalDay, number>();
	for (const use of data.copingUses ?? []) {
		const day = dayOfInstant(use.startedAt);
		let byDay = coping.get(use.tool);
		if (!byDay) coping.set(use.tool, (byDay = new Map()));
		increment(byDay, day);
		increment(copingAny, day);
		firstDay = earliest(firstDay, day);
	}
	const doses = data.medication ? indexMedication(data.medication) : null;
	firstDay = earliest(firstDay, doses?.firstDay ?? undefined);
	return { firstDay, checkins, scores, scoreDays, coping, copingAny, medication: doses?.index ?? null, daysBack: new Map() };
}

/** A measure read day by day: its value (null when there is none) and whether anything was recorded. */
export interface DailyReader {
	value(day: LocalDay): number | null;
	recorded(day: LocalDay): boolean;
}

export function checkinReader(index: GoalIndex, metric: CheckinMetric): DailyReader {
	const value = (day: LocalDay) => index.checkins.get(day)?.[metric] ?? null;
	return { value, recorded: (day) => value(day) !== null };
}

/** A day without a use is a count of 0: nothing used is something known, unlike a missing check-in. */
export function copingReader(index: GoalIndex, tool: string | null): DailyReader {
	const counts = tool === null ? index.copingAny : index.coping.get(tool);
	return {
		value: (day) => counts?.get(day) ?? 0,
		recorded: (day) => (counts?.get(day) ?? 0) > 0
	};
}

export function scoreReader(index: GoalIndex, metric: ScoreMetric): DailyReader {
	const days = index.scoreDays[metric];
	return { value: (day) => days.get(day) ?? null, recorded: (day) => days.has(day) };
}

/** The local day `back` days before `today` (0 = today), from a list the index keeps per today. */
export function daysBackFrom(index: GoalIndex, today: LocalDay): (back: number) => LocalDay {
	let days = index.daysBack.get(today);
	if (!days) index.daysBack.set(today, (days = [today]));
	const list = days;
	return (back) => {
		while (list.length <= back) list.push(addDays(today, -list.length));
		return list[back];
	};
}

/** A score or check-in older than this, counted back from a window's last day, is stale: no result. */
export const LATEST_WITHIN_DAYS = 28;

/** The last score answered on or before `endDay`, unless it was answered on or before `staleFrom`. */
export function latestScore(index: GoalIndex, metric: ScoreMetric, endDay: LocalDay, staleFrom: LocalDay): number | null {
	const scores = index.scores[metric];
	let low = 0;
	let high = scores.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (scores[middle].day <= endDay) low = middle + 1;
		else high = middle;
	}
	const latest = scores[low - 1];
	return latest !== undefined && latest.day > staleFrom ? latest.score : null;
}

/** The value of the last day that has one, looking back from day `back` over the days that are still fresh. */
export function latestDaily(reader: DailyReader, dayBack: (back: number) => LocalDay, back: number): number | null {
	for (let day = back; day < back + LATEST_WITHIN_DAYS; day++) {
		const value = reader.value(dayBack(day));
		if (value !== null) return value;
	}
	return null;
}

export interface AdherenceShare {
	/** Doses taken out of doses scheduled, as a percentage; null when none were scheduled. */
	percent: number | null;
	daysWithData: number;
}

/** One adherence count of every medication over the period, with only the period's own records. */
function countPeriod(index: MedicationIndex, days: readonly LocalDay[]): Map<string, Counted> {
	const events: DoseEvent[] = [];
	for (const byDay of index.events.values()) {
		for (const day of days) events.push(...(byDay.get(day) ?? []));
	}
	const period = { from: days[0], to: days[days.length - 1] };
	const result = adherence({ ...index.data, events, ...period });
	const counted = new Map<string, Counted>(result.byMedication.map((row) => [row.medication.id, row.figures]));
	return counted.set('*', result.overall);
}

/**
 * The share of scheduled doses taken over `days` (consecutive, oldest first), exactly as the adherence
 * screen counts it: a dose with no record is missed once its day is over, as-needed doses do not count.
 * One medication, or all of them when `medicationId` is null. A period is counted once, for every
 * medication at a time, so any number of adherence targets cost one count a week.
 */
export function adherenceShare(index: GoalIndex, medicationId: string | null, days: readonly LocalDay[]): AdherenceShare {
	const medication = index.medication;
	if (medication === null) return { percent: null, daysWithData: 0 };
	const key = `${days[0]}|${days[days.length - 1]}`;
	let counted = medication.counted.get(key);
	if (!counted) medication.counted.set(key, (counted = countPeriod(medication, days)));
	const { taken = 0, scheduled = 0 } = counted.get(medicationId ?? '*') ?? {};
	const daysWithData = days.filter((day) => doseRecordedOn(index, medicationId, day)).length;
	// taken × 100 / scheduled, not share × 100: 9 of 10 is exactly 90, not 90.00000000000001.
	return { percent: scheduled === 0 ? null : (taken * 100) / scheduled, daysWithData };
}

/** Whether any scheduled dose of the covered medications has a record on `day`. */
export function doseRecordedOn(index: GoalIndex, medicationId: string | null, day: LocalDay): boolean {
	const medication = index.medication;
	if (medication === null) return false;
	if (medicationId !== null) return medication.events.get(medicationId)?.has(day) === true;
	for (const byDay of medication.events.values()) if (byDay.has(day)) return true;
	return false;
}
