/**
 * The journal: check-ins (one per local day), side effects and questionnaires. A side effect marked
 * "bring up at my next appointment" writes its agenda item in the same transaction.
 */
import { instantOf } from '$lib/domain/dates';
import type { AgendaItem, Assessment, Checkin, SideEffect } from '$lib/domain/records';
import { database, newId } from './database';

export type CheckinDraft = Omit<Checkin, 'id' | 'createdAt' | 'updatedAt'>;
export type SideEffectDraft = Omit<SideEffect, 'id' | 'createdAt' | 'updatedAt'>;
export type AssessmentDraft = Omit<Assessment, 'id' | 'createdAt' | 'updatedAt'>;

/** Saves the check-in for its day: a second save that day edits the first, it never adds another. */
export async function saveCheckin(draft: CheckinDraft, now = new Date()): Promise<Checkin> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.checkins, async () => {
		const existing = await db.checkins.where('day').equals(draft.day).first();
		const record: Checkin = existing
			? { ...existing, ...draft, updatedAt: at }
			: { ...draft, id: newId(), createdAt: at, updatedAt: at };
		await db.checkins.put(record);
		return record;
	});
}

export async function logSideEffect(draft: SideEffectDraft, now = new Date()): Promise<string> {
	const db = database();
	const at = instantOf(now);
	return db.transaction('rw', db.sideEffects, db.agendaItems, db.medications, async () => {
		const record: SideEffect = { ...draft, id: newId(), createdAt: at, updatedAt: at };
		await db.sideEffects.add(record);
		if (draft.onAgenda) {
			const medication = draft.medicationId ? await db.medications.get(draft.medicationId) : undefined;
			const text = `Side effect: ${draft.effect} (${draft.severity})${medication ? ` — ${medication.name}` : ''}${draft.note ? `. ${draft.note}` : ''}`;
			const item: AgendaItem = {
				id: newId(),
				createdAt: at,
				updatedAt: at,
				text: text.slice(0, 2_000),
				source: 'sideEffect',
				sourceId: record.id,
				sessionId: null,
				discussedAt: null
			};
			await db.agendaItems.add(item);
		}
		return record.id;
	});
}

export async function saveAssessment(draft: AssessmentDraft, now = new Date()): Promise<Assessment> {
	const db = database();
	const at = instantOf(now);
	const record: Assessment = { ...draft, id: newId(), createdAt: at, updatedAt: at };
	await db.transaction('rw', db.assessments, () => db.assessments.add(record));
	return record;
}

/** An item for the next appointment's agenda, from anywhere in the app. */
export async function addAgendaItem(
	text: string,
	source: AgendaItem['source'],
	sourceId: string | null,
	now = new Date()
): Promise<void> {
	const db = database();
	const at = instantOf(now);
	await db.transaction('rw', db.agendaItems, () =>
		db.agendaItems.add({ id: newId(), createdAt: at, updatedAt: at, text, source, sourceId, sessionId: null, discussedAt: null })
	);
}

/** Corrects a logged side effect; its time and agenda item stay as they were. */
export async function updateSideEffect(
	id: string,
	fields: Pick<SideEffect, 'effect' | 'severity' | 'medicationId' | 'note'>,
	now = new Date()
): Promise<void> {
	const db = database();
	await db.transaction('rw', db.sideEffects, async () => {
		const existing = await db.sideEffects.get(id);
		if (!existing) throw new Error('That side effect is no longer on this device.');
		await db.sideEffects.put({ ...existing, ...fields, updatedAt: instantOf(now) });
	});
}

/** Deletes a logged side effect; a question it put on the agenda stays there, since it is the person's own. */
export async function deleteSideEffect(id: string): Promise<void> {
	const db = database();
	await db.transaction('rw', db.sideEffects, () => db.sideEffects.delete(id));
}
