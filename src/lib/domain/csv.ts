/**
 * CSV export for spreadsheets, one file per kind of record. Every file has a header row (also when
 * there are no rows), local days as YYYY-MM-DD and instants as the stored ISO string, and is UTF-8
 * with a byte-order mark so Excel does not read it as the local code page. Quoting follows RFC 4180
 * (papaparse writes it, CRLF between records); Tandem only decides which cells a file has.
 */
import Papa from 'papaparse';
import type { LocalDay } from './dates';
import type { Contact, Goal, Medication, RecordOf } from './records';
import { CSV_TABLES, type CsvLookups } from './csv/tables';

export type { CsvLookups } from './csv/tables';

/** What goes into one cell: text, a number (written as a number), or null for an empty cell. */
export type Cell = string | number | null;

export const CSV_EXPORTS = [
	{ name: 'checkins', table: 'checkins', title: 'Check-ins' },
	{ name: 'doses', table: 'doseEvents', title: 'Doses' },
	{ name: 'sideEffects', table: 'sideEffects', title: 'Side effects' },
	{ name: 'questionnaires', table: 'assessments', title: 'Questionnaires' },
	{ name: 'careChanges', table: 'careChanges', title: 'Care changes' },
	{ name: 'goals', table: 'goals', title: 'Goals' },
	{ name: 'goalSteps', table: 'goalSteps', title: 'Goal steps' }
] as const;

type CsvExport = (typeof CSV_EXPORTS)[number];
export type CsvExportName = CsvExport['name'];
/** The record one export is made from, e.g. `CsvRecord<'doses'>` is a dose event. */
export type CsvRecord<K extends CsvExportName> = RecordOf<Extract<CsvExport, { name: K }>['table']>;

export interface CsvTable {
	header: string[];
	rows: Cell[][];
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** "tandem-side-effects-2026-11-27.csv". */
export function csvFileName(kind: CsvExportName, day: LocalDay): string {
	const slug = kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	return `tandem-${slug}-${day}.csv`;
}

/** The id → name tables the exports join on; records whose link is gone get an empty cell. */
export function csvLookups(data: {
	medications: readonly Medication[];
	goals: readonly Goal[];
	contacts: readonly Contact[];
	describeTarget?: CsvLookups['describeTarget'];
}): CsvLookups {
	return {
		describeTarget: data.describeTarget,
		medications: new Map(data.medications.map((medication) => [medication.id, medication])),
		goalTitles: new Map(data.goals.map((goal) => [goal.id, goal.title])),
		contactNames: new Map(data.contacts.map((contact) => [contact.id, contact.name]))
	};
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab, CR, LF, NUL) as a formula, so a note like
 * `=HYPERLINK(…)` could act when the file is opened. Text cells starting so get a leading apostrophe,
 * the OWASP "CSV injection" mitigation (also ASVS 1.2.10). Numbers are never text here, so -3 stays -3.
 */
export function neutralise(cell: Cell): Cell {
	return typeof cell === 'string' && /^[=+\-@\t\r\n\0]/.test(cell) ? `'${cell}` : cell;
}

/** The header and rows one export writes, oldest first, with every text cell already neutralised. */
export function csvTable<K extends CsvExportName>(kind: K, records: readonly CsvRecord<K>[], lookups: CsvLookups): CsvTable {
	const table = CSV_TABLES[kind];
	const sorted = [...records].sort((a, b) => table.order(a, b, lookups));
	return {
		header: table.columns.map(([header]) => header),
		rows: sorted.map((record) => table.columns.map(([, cell]) => neutralise(cell(record, lookups))))
	};
}

/** The file's text: BOM, header row, one row per record, CRLF after every record. */
export function toCsv<K extends CsvExportName>(kind: K, records: readonly CsvRecord<K>[], lookups: CsvLookups): string {
	const { header, rows } = csvTable(kind, records, lookups);
	// Header and rows as one list of rows: given as `fields` with no data, papaparse adds an empty row.
	return BOM + Papa.unparse([header, ...rows], { newline: CRLF }) + CRLF;
}
