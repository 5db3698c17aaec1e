/**
 * The backup file format, and the rules for reading one.
 *
 * Invariants: a backup is accepted only whole. `readBackup` either returns every table fully
 * validated (ids unique, check-in days unique, fields in range, and every invariant the app keeps
 * across records: backupIntegrity.ts) or a single message that says what is wrong in words a person
 * can act on; it never returns part of a file. Older formats are upgraded here, on the way in, so the
 * database only ever sees the current shape. What can be worked out from the rest (a questionnaire's
 * score and band) is worked out again, never taken from the file.
 */
import * as v from 'valibot';
import { integrityProblem } from './backupIntegrity';
import type { Instant } from './dates';
import { bandOf, scoreOf } from './instruments';
import { firstOverlap, planEdit, repairOverlaps } from './medication/timeline';
import {
	AssessmentAnswersSchema,
	InstantSchema,
	recordSchemas,
	TABLE_LABELS,
	TABLE_NAMES,
	type AllRecords,
	type Medication,
	type Schedule,
	type TableName
} from './records';

export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_VERSION = 2;
/** Ten years of heavy use is ~15 MB; anything far beyond is not a Tandem backup. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: number;
	schemaVersion: number;
	appVersion: string;
	exportedAt: string;
	tables: AllRecords;
}

export interface BackupSummary {
	exportedAt: string;
	appVersion: string;
	counts: { table: TableName; label: string; count: number }[];
	total: number;
}

export type BackupReading = { ok: true; backup: BackupFile; summary: BackupSummary } | { ok: false; message: string };

export function createBackup(
	tables: AllRecords,
	meta: { schemaVersion: number; appVersion: string; exportedAt: string }
): BackupFile {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...meta, tables };
}

export function backupFileName(day: string): string {
	return `tandem-backup-${day}.json`;
}

/**
 * Upgrades from an older backup format to the next one, keyed by the version they read. They run
 * before validation, so they touch only what has the expected shape and leave the rest to be refused.
 */
const upgrades: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
	// Format 2 keeps each dose's due time (unknown in format 1: filled in on restore) and the
	// calendar events exported (none yet).
	1: (file) => {
		if (!isPlainObject(file.tables)) return { ...file, version: 2 };
		const tables: Record<string, unknown> = { ...file.tables };
		if (Array.isArray(tables.doseEvents)) {
			tables.doseEvents = tables.doseEvents.map((row) =>
				isPlainObject(row) && !('dueAt' in row) ? { ...row, dueAt: null } : row
			);
		}
		tables.calendarEvents ??= [];
		return { ...file, version: 2, tables };
	}
};

class RefusedKey extends Error {}

export function readBackup(text: string): BackupReading {
	if (text.length === 0 || text.trim().length === 0) return refuse('The file is empty.');
	if (text.length > MAX_BACKUP_CHARS) return refuse('The file is far larger than any Tandem backup, so it was not read.');
	if (looksBinary(text))
		return refuse('This file is not text — it looks like a picture, archive or other binary file, not a Tandem backup.');

	let parsed: unknown;
	try {
		parsed = JSON.parse(text, (key, value) => {
			if (FORBIDDEN_KEYS.has(key)) throw new RefusedKey(key);
			return value;
		});
	} catch (error) {
		if (error instanceof RefusedKey) {
			return refuse(
				`The file contains a field named “${error.message}”, which Tandem never writes. It may have been altered, so it was not used.`
			);
		}
		return refuse(
			looksTruncated(text)
				? 'The file ends too early — it may not have finished downloading or saving. Try the backup again.'
				: 'This file is not a Tandem backup: it is not valid JSON.'
		);
	}

	if (!isPlainObject(parsed) || parsed.format !== BACKUP_FORMAT) {
		return refuse('This is not a Tandem backup: it may be a file from another app.');
	}
	if (typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) {
		return refuse('This backup has no valid format version, so Tandem cannot tell how to read it.');
	}
	if (parsed.version > BACKUP_VERSION) {
		return refuse(
			`This backup was made by a newer version of Tandem (format ${parsed.version}; this app reads up to ${BACKUP_VERSION}). Update Tandem, then restore it.`
		);
	}
	const fromVersion = parsed.version;
	let file: Record<string, unknown> = parsed;
	for (let version = fromVersion; version < BACKUP_VERSION; version++) file = upgrades[version](file);

	return readTables(file, fromVersion);
}

/** Scores and bands are worked out from the answers, as the questionnaire does; the file's are never trusted. */
const RescoredAssessmentSchema = v.pipe(
	AssessmentAnswersSchema,
	v.transform((record) => {
		const score = scoreOf(record.instrument, record.answers);
		return { ...record, score, band: bandOf(record.instrument, score) };
	})
);

const restoreSchemas = { ...recordSchemas, assessments: RescoredAssessmentSchema };

/**
 * Format 1 kept a pause without a day, and a paused medicine had no doses at all. As the schema-2
 * upgrade does, its schedules end on the day it was paused (the day of its last change, as written).
 */
function settlePauses(medications: Medication[], schedules: Schedule[], at: Instant): Schedule[] {
	let result = schedules;
	for (const medication of medications) {
		if (medication.status !== 'paused') continue;
		const written = medication.updatedAt.slice(0, 10);
		const day = written < medication.startDay ? medication.startDay : written;
		const own = result.filter((schedule) => schedule.medicationId === medication.id);
		const edit = planEdit(medication, own, { kind: 'pause', day }, { at, newId: () => 'unused' });
		const removed = new Set(edit.remove);
		const moved = new Map(edit.put.map((schedule) => [schedule.id, schedule]));
		result = result.filter((schedule) => !removed.has(schedule.id)).map((schedule) => moved.get(schedule.id) ?? schedule);
	}
	return result;
}

/**
 * Format 1 may hold schedules that claim the same days (the old "change from a day" bug); they are
 * settled as the schema-2 upgrade settles a database: the schedule recorded later keeps its days.
 */
function settleOverlaps(schedules: Schedule[], at: Instant): Schedule[] {
	if (!firstOverlap(schedules)) return schedules;
	const taken = new Set(schedules.map((schedule) => schedule.id));
	let count = 0;
	const newId = () => {
		while (taken.has(`schedule-part-${count}`)) count++;
		taken.add(`schedule-part-${count}`);
		return `schedule-part-${count}`;
	};
	const original = new Set(taken);
	const { put, remove } = repairOverlaps(schedules, { at, newId });
	const removed = new Set(remove);
	const moved = new Map(put.map((schedule) => [schedule.id, schedule]));
	return [
		...schedules.filter((schedule) => !removed.has(schedule.id)).map((schedule) => moved.get(schedule.id) ?? schedule),
		...put.filter((schedule) => !original.has(schedule.id))
	];
}

const EnvelopeSchema = v.object({
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	appVersion: v.pipe(v.string(), v.maxLength(40)),
	exportedAt: InstantSchema,
	tables: v.record(v.string(), v.unknown())
});

function readTables(file: Record<string, unknown>, fromVersion: number): BackupReading {
	const envelope = v.safeParse(EnvelopeSchema, file);
	if (!envelope.success) {
		return refuse(`The backup’s header is damaged (${envelope.issues[0].message}).`);
	}
	const rawTables = envelope.output.tables;
	for (const name of Object.keys(rawTables)) {
		if (!(TABLE_NAMES as readonly string[]).includes(name)) {
			return refuse(
				`The backup has a kind of record Tandem doesn’t know (“${name.slice(0, 40)}”). It may come from a different app, so nothing was restored.`
			);
		}
	}

	const tables = {} as Record<TableName, unknown[]>;
	for (const name of TABLE_NAMES) {
		const label = TABLE_LABELS[name];
		const rows = rawTables[name];
		if (rows === undefined)
			return refuse(`The backup is missing its “${label}” section, so it may be incomplete. Nothing was restored.`);
		if (!Array.isArray(rows)) return refuse(`The “${label}” section of the backup is not a list of records.`);
		const read = validateRows(name, rows);
		if (typeof read === 'string') return refuse(read);
		tables[name] = read;
	}
	const records = tables as AllRecords;
	if (fromVersion < 2) {
		const at = envelope.output.exportedAt;
		records.schedules = settleOverlaps(settlePauses(records.medications, records.schedules, at), at);
	}
	const problem = integrityProblem(records);
	if (problem) return refuse(problem);

	const backup = { ...(file as Omit<BackupFile, 'tables'>), tables: records };
	return { ok: true, backup, summary: summarise(backup) };
}

/** The table's records as validated (and normalised), or the first problem as a sentence. */
function validateRows(name: TableName, rows: unknown[]): unknown[] | string {
	const label = TABLE_LABELS[name];
	const schema = restoreSchemas[name];
	const ids = new Set<string>();
	const days = new Set<string>();
	const records: unknown[] = [];
	for (let index = 0; index < rows.length; index++) {
		const result = v.safeParse(schema, rows[index]);
		if (!result.success) {
			const issue = result.issues[0];
			const path = issue.path?.map((item) => String(item.key)).join('.');
			return `${label}, record ${index + 1}: ${issue.message}${path ? ` (field “${path}”)` : ''}. Nothing was restored.`;
		}
		const record = result.output as { id: string; day?: string };
		if (ids.has(record.id)) return `${label} has two records with the same id (“${record.id}”). Nothing was restored.`;
		ids.add(record.id);
		if (name === 'checkins' && record.day) {
			if (days.has(record.day)) return `${label} has two check-ins for ${record.day}. Nothing was restored.`;
			days.add(record.day);
		}
		records.push(record);
	}
	if ((name === 'settings' || name === 'safetyPlan') && rows.length > 1) {
		return `The backup has ${rows.length} “${label}” records where there can only be one. Nothing was restored.`;
	}
	return records;
}

export function summarise(backup: BackupFile): BackupSummary {
	const counts = TABLE_NAMES.map((table) => ({ table, label: TABLE_LABELS[table], count: backup.tables[table].length }));
	return {
		exportedAt: backup.exportedAt,
		appVersion: backup.appVersion,
		counts,
		total: counts.reduce((sum, row) => sum + row.count, 0)
	};
}

function refuse(message: string): BackupReading {
	return { ok: false, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** NUL bytes, or a run of replacement characters from decoding non-UTF-8 bytes, mean binary content. */
function looksBinary(text: string): boolean {
	const head = text.slice(0, 4096);
	if (head.includes('\u0000')) return true;
	const replacements = head.match(/\uFFFD/g)?.length ?? 0;
	return replacements > 8;
}

/** A JSON document that opens a structure and never closes it was cut short. */
function looksTruncated(text: string): boolean {
	const trimmed = text.trimEnd();
	return /^[[{]/.test(trimmed.trimStart()) && !/[\]}]$/.test(trimmed);
}
