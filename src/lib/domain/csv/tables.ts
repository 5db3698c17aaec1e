/**
 * The columns of each CSV export: an English header and how a record fills the cell. Codes are
 * written as words a spreadsheet reader understands ("Dose step", "at least"), links as names.
 */
import type { Cell, CsvExportName, CsvRecord } from '../csv';
import { AREA_LABELS } from '../goals/labels';
import { CARE_CHANGE_KIND_LABELS } from '../medication/labels';
import type { Goal, Medication } from '../records';

export interface CsvLookups {
	medications: ReadonlyMap<string, Pick<Medication, 'name' | 'unit'>>;
	goalTitles: ReadonlyMap<string, string>;
	contactNames: ReadonlyMap<string, string>;
	/** The goal screens' own wording of a target, when the caller has it; otherwise `targetText`. */
	describeTarget?: (target: Target) => string;
}

type Column<R> = readonly [header: string, cell: (record: R, lookups: CsvLookups) => Cell];

interface TableDef<R> {
	columns: readonly Column<R>[];
	/** Row order in the file: oldest first, ties kept in the order given. */
	order: (a: R, b: R, lookups: CsvLookups) => number;
}

type Target = NonNullable<Goal['target']>;

const TARGET_METRICS: Record<Target['metric'], string> = {
	sleepHours: 'Sleep hours',
	sleepQuality: 'Sleep quality',
	mood: 'Mood',
	energy: 'Energy',
	stress: 'Stress',
	concentration: 'Concentration',
	panicAttacks: 'Panic attacks',
	phq9: 'PHQ-9 score',
	gad7: 'GAD-7 score',
	adherence: 'Adherence',
	copingUses: 'Coping tool uses'
};

// Words, not symbols: a comparison of "=" would otherwise be a formula cell.
const COMPARISONS: Record<Target['comparison'], string> = {
	'>=': 'at least',
	'<=': 'at most',
	'>': 'more than',
	'<': 'less than',
	'=': 'exactly'
};

const QUESTIONNAIRE_ITEMS = 9;

function list(items: readonly string[]): string {
	return items.join('; ');
}

function names(ids: readonly string[], lookup: ReadonlyMap<string, string>): string {
	return list(ids.flatMap((id) => lookup.get(id) ?? []));
}

function medicationName(id: string | null, lookups: CsvLookups): string {
	return (id === null ? undefined : lookups.medications.get(id)?.name) ?? '';
}

function medicationNames(ids: readonly string[], lookups: CsvLookups): string {
	return list(ids.map((id) => medicationName(id, lookups)).filter((name) => name !== ''));
}

function yesNo(value: boolean): string {
	return value ? 'yes' : 'no';
}

function windowText(window: Target['window']): string {
	if (window.kind === 'daysOfWeek') return `on ${window.days} of 7 days`;
	return window.kind === 'weeklyTotal' ? 'weekly total' : 'latest';
}

/** "Sleep hours at least 7, on 5 of 7 days". */
export function targetText(target: Target): string {
	return `${TARGET_METRICS[target.metric]} ${COMPARISONS[target.comparison]} ${target.value}, ${windowText(target.window)}`;
}

/** The medication an adherence target is about, or the coping tool a uses target counts. */
function targetSubject(target: Target, lookups: CsvLookups): string {
	if (target.subjectId === null) return '';
	return target.metric === 'adherence' ? medicationName(target.subjectId, lookups) : target.subjectId;
}

function byText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Instants may carry different offsets, so they are compared as moments, not as text. */
function byInstant(a: string, b: string): number {
	return Date.parse(a) - Date.parse(b);
}

export const CSV_TABLES: { [K in CsvExportName]: TableDef<CsvRecord<K>> } = {
	checkins: {
		columns: [
			['Date', (c) => c.day],
			['Mood (1–5)', (c) => c.mood],
			['Sleep hours', (c) => c.sleepHours],
			['Sleep quality (1–5)', (c) => c.sleepQuality],
			['Energy (1–5)', (c) => c.energy],
			['Stress (0–10)', (c) => c.stress],
			['Concentration (1–5)', (c) => c.concentration],
			['Panic attacks', (c) => c.panicAttacks],
			['Cravings (0–10)', (c) => c.cravings],
			['Tags', (c) => list(c.tags)],
			['Note', (c) => c.note]
		],
		order: (a, b) => byText(a.day, b.day)
	},
	doses: {
		columns: [
			['Due date', (d) => d.dueDay],
			['Medication', (d, l) => medicationName(d.medicationId, l)],
			['Scheduled or as needed', (d) => (d.slotId === null ? 'as needed' : 'scheduled')],
			['Amount', (d) => d.amount],
			['Unit', (d, l) => l.medications.get(d.medicationId)?.unit ?? ''],
			['Status', (d) => d.status],
			['Due at', (d) => d.dueAt],
			['Taken at', (d) => d.takenAt],
			['Reason', (d) => d.reason]
		],
		order: (a, b, l) => byText(a.dueDay, b.dueDay) || byText(medicationName(a.medicationId, l), medicationName(b.medicationId, l))
	},
	sideEffects: {
		columns: [
			['Date and time', (s) => s.at],
			['Side effect', (s) => s.effect],
			['Severity', (s) => s.severity],
			['Medication', (s, l) => medicationName(s.medicationId, l)],
			['Note', (s) => s.note],
			['On agenda', (s) => yesNo(s.onAgenda)]
		],
		order: (a, b) => byInstant(a.at, b.at)
	},
	questionnaires: {
		columns: [
			['Date and time', (q) => q.at],
			['Questionnaire', (q) => q.instrument],
			['Score', (q) => q.score],
			['Band', (q) => q.band],
			...Array.from({ length: QUESTIONNAIRE_ITEMS }, (_, item): Column<CsvRecord<'questionnaires'>> => [
				`Item ${item + 1}`,
				(q) => q.answers[item] ?? null
			]),
			['Difficulty (0–3)', (q) => q.difficulty]
		],
		order: (a, b) => byInstant(a.at, b.at)
	},
	careChanges: {
		columns: [
			['Date', (c) => c.day],
			['Kind', (c) => CARE_CHANGE_KIND_LABELS[c.kind]],
			['What changed', (c) => c.what],
			['Medications', (c, l) => medicationNames(c.medicationIds, l)],
			['From', (c) => c.from],
			['To', (c) => c.to],
			['Reason', (c) => c.reason],
			['Decided by', (c) => c.decidedBy],
			['Linked goals', (c, l) => names(c.goalIds, l.goalTitles)]
		],
		order: (a, b) => byText(a.day, b.day)
	},
	goals: {
		columns: [
			['Title', (g) => g.title],
			['Why', (g) => g.why],
			['Area', (g) => AREA_LABELS[g.area]],
			['Works on', (g) => g.worksOn],
			['Set with', (g, l) => names(g.setWith, l.contactNames)],
			['Start date', (g) => g.startDay],
			['Review date', (g) => g.reviewDay],
			['Status', (g) => g.status],
			['Target', (g, l) => (g.target === null ? null : (l.describeTarget ?? targetText)(g.target))],
			['Target measure', (g) => (g.target === null ? null : TARGET_METRICS[g.target.metric])],
			['Target comparison', (g) => (g.target === null ? null : COMPARISONS[g.target.comparison])],
			['Target value', (g) => g.target?.value ?? null],
			['Target window', (g) => (g.target === null ? null : windowText(g.target.window))],
			['Target subject', (g, l) => (g.target === null ? null : targetSubject(g.target, l))],
			['Medications', (g, l) => medicationNames(g.medicationIds, l)],
			['Coping tools', (g) => list(g.copingTools)],
			['Topics', (g) => list(g.topics)]
		],
		order: (a, b) => byText(a.startDay, b.startDay)
	},
	goalSteps: {
		columns: [
			['Goal', (s, l) => l.goalTitles.get(s.goalId) ?? ''],
			['Order', (s) => s.order],
			['Step', (s) => s.text],
			['Done at', (s) => s.doneAt],
			['Suggested by', (s) => s.suggestedBy]
		],
		order: (a, b, l) =>
			byText(l.goalTitles.get(a.goalId) ?? '', l.goalTitles.get(b.goalId) ?? '') ||
			byText(a.goalId, b.goalId) ||
			a.order - b.order
	}
};
