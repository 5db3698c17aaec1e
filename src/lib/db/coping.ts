/**
 * Coping tools: each use with its distress ratings, and thought records (kept as drafts until
 * finished). Finishing a thought record logs its use in the same transaction.
 */
import { instantOf } from '$lib/domain/dates';
import type { CopingUse, ThoughtRecord } from '$lib/domain/records';
import type { ThoughtRecordFields } from '$lib/domain/coping/thoughtRecord';
import { database, newId } from './database';

export type CopingUseFields = Omit<CopingUse, 'id' | 'createdAt' | 'updatedAt'>;

export function allCopingUses(): Promise<CopingUse[]> {
	return database().copingUses.orderBy('startedAt').toArray();
}

export async function logCopingUse(fields: CopingUseFields, now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	const record: CopingUse = { ...fields, id: newId(), createdAt: at, updatedAt: at };
	await db.transaction('rw', db.copingUses, () => db.copingUses.add(record));
	return record.id;
}

/** Thought records, newest first. */
export async function allThoughtRecords(): Promise<ThoughtRecord[]> {
	return (await database().thoughtRecords.orderBy('createdAt').toArray()).reverse();
}

export interface ThoughtSave {
	fields: ThoughtRecordFields;
	draft: boolean;
	/** When finishing: the use to log, with its distress ratings. */
	use?: Pick<CopingUse, 'startedAt' | 'durationSeconds' | 'distressBefore' | 'distressAfter'>;
}

/** Saves a thought record as a draft or finished; returns its id. */
export async function saveThoughtRecord(save: ThoughtSave, id: string | null, now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.thoughtRecords, db.copingUses, async () => {
		const existing = id ? await db.thoughtRecords.get(id) : undefined;
		if (id && !existing) throw new Error('That thought record is no longer on this device.');
		const record: ThoughtRecord = existing
			? { ...existing, ...save.fields, draft: save.draft, updatedAt: at }
			: { ...save.fields, draft: save.draft, id: newId(), createdAt: at, updatedAt: at };
		await db.thoughtRecords.put(record);
		// A use is logged once, when the record is first finished; later edits don't count as new uses.
		if (!save.draft && save.use && (existing === undefined || existing.draft)) {
			await db.copingUses.add({ ...save.use, tool: 'thought-record', id: newId(), createdAt: at, updatedAt: at });
		}
		return record.id;
	});
}

export async function deleteThoughtRecord(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.thoughtRecords, () => db.thoughtRecords.delete(id));
}
