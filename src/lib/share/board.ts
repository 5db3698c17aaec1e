/**
 * The Y.Doc of one share: its layout, who may write which part, and how either side reads it.
 *
 * Layout:
 *   Y.Map 'owner'          'board': the whole snapshot as one JSON string (a part the scope leaves
 *                          out is null). After the share ends, only 'ended' (an instant) is left.
 *   Y.Array 'comments',    the supporter's own section: plain objects {id, author, text, goalId?, at}.
 *   'suggestions', 'nudges'
 *
 * One string rather than one per part, because an overwritten Y.Map value leaves a tombstone that
 * merges with the one before only when the same client overwrites the same key with nothing in
 * between: one key keeps the board the same size however often it is rewritten, while one key per
 * part grew by ~9 bytes a write, past y-webrtc's ~64 KB limit within a year of re-projections.
 *
 * Invariants:
 * - Only the owner's app writes the owner section, always in one transaction with origin OWNER_ORIGIN.
 *   It is a projection of the owner's Dexie: any change to it that did not come from the owner (a peer's
 *   update, or anything else not written with that origin) is undone by rewriting it from the current
 *   snapshot (`guardBoard`). A peer's edit lasts only until the owner's app sees it.
 * - The supporter adds only to its own arrays, and only entries that pass the schemas below. Either
 *   side may delete entries that fail them or overflow MAX_ENTRIES (`pruneSupporterSection`); no one
 *   ever adds to the other's part.
 * - Everything read from the doc is untrusted, on both sides: the board is size-checked, parsed and
 *   each of its parts validated; each supporter entry is validated and length-limited. What fails is
 *   dropped; reading never throws. Text from a peer is for rendering as text, never as HTML.
 * - Nothing in the doc ever writes to the owner's Dexie; the state layer turns a suggestion into a step
 *   only when the owner accepts it.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import { isInstant } from '$lib/domain/dates';
import { Id, InstantSchema } from '$lib/domain/records';
import { randomToken } from './invite';
import { BoardSnapshotSchema, boundedText, type BoardPart, type BoardSnapshot } from './projection';

export const OWNER_ORIGIN = 'owner';
export const SUPPORTER_ORIGIN = 'supporter';
const PRUNE_ORIGIN = 'prune';

export const OWNER_SECTION = 'owner';
export const ENDED = 'ended';
export const ENTRY_KINDS = ['comments', 'suggestions', 'nudges'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The newest entries kept per supporter array. */
export const MAX_ENTRIES = 200;
/** A board longer than this is refused unread: a whole board must stay under y-webrtc's ~64 KB message limit. */
export const MAX_BOARD_CHARS = 60_000;
/** The bar an encoded board is held to. */
export const MAX_BOARD_BYTES = 48 * 1024;

const BOARD = 'board';

const entryBase = { id: Id, author: boundedText(60, 1), at: InstantSchema };

export const EntrySchemas = {
	/** Encouragement, on the board or on one goal. */
	comments: v.strictObject({ ...entryBase, text: boundedText(1_000, 1), goalId: v.optional(Id) }),
	/** A step for one goal; as long as a step may be, so an accepted one fits unchanged. */
	suggestions: v.strictObject({ ...entryBase, text: boundedText(500, 1), goalId: Id }),
	/** "Time for your dose": a message is optional. */
	nudges: v.strictObject({ ...entryBase, text: boundedText(1_000), goalId: v.optional(Id) })
} as const;

export type SupporterEntry = v.InferOutput<(typeof EntrySchemas)['comments']>;
export type EntryDraft = { author: string; text: string; goalId?: string };

export interface BoardView {
	/** null until a valid owner section has arrived (or after the share ended). */
	snapshot: BoardSnapshot | null;
	/** When the owner stopped sharing, or null. */
	ended: string | null;
	comments: SupporterEntry[];
	suggestions: SupporterEntry[];
	nudges: SupporterEntry[];
}

function ownerSection(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(OWNER_SECTION);
}

/**
 * Makes the owner section hold exactly `snapshot`, in one transaction: the board is rewritten if it
 * differs, and any other key ('ended' included) deleted. Returns whether anything changed.
 */
export function writeOwnerSection(doc: Y.Doc, snapshot: BoardSnapshot): boolean {
	const json = JSON.stringify(snapshot);
	const section = ownerSection(doc);
	let changed = false;
	doc.transact(() => {
		for (const key of [...section.keys()]) {
			if (key === BOARD) continue;
			section.delete(key);
			changed = true;
		}
		if (section.get(BOARD) !== json) {
			section.set(BOARD, json);
			changed = true;
		}
	}, OWNER_ORIGIN);
	return changed;
}

/** Whether the owner section differs in any way from what the owner wrote for `snapshot`. */
export function ownerSectionTampered(doc: Y.Doc, snapshot: BoardSnapshot): boolean {
	const section = ownerSection(doc);
	return section.size !== 1 || section.get(BOARD) !== JSON.stringify(snapshot);
}

/** Undoes any change to the owner section by rewriting it from the owner's current snapshot. */
export function restoreOwnerSection(doc: Y.Doc, snapshot: BoardSnapshot): boolean {
	return ownerSectionTampered(doc, snapshot) ? writeOwnerSection(doc, snapshot) : false;
}

/** A change the owner did not make: not written with the owner's origin (a peer's update arrives with local = false). */
function notFromOwner(transaction: Y.Transaction): boolean {
	return transaction.origin !== OWNER_ORIGIN;
}

/**
 * The owner's watch over its board: a change to the owner section it did not make is undone at once
 * from `current()` (null while there is no snapshot, e.g. after the share ended), and supporter
 * entries that fail validation are deleted. Returns the function that stops watching.
 */
export function guardBoard(doc: Y.Doc, current: () => BoardSnapshot | null): () => void {
	const section = ownerSection(doc);
	const onOwner = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
		if (!notFromOwner(transaction)) return;
		const snapshot = current();
		if (snapshot !== null) restoreOwnerSection(doc, snapshot);
	};
	const onEntries = (_event: Y.YArrayEvent<unknown>, transaction: Y.Transaction) => {
		if (!transaction.local) pruneSupporterSection(doc);
	};
	section.observe(onOwner);
	const arrays = ENTRY_KINDS.map((kind) => doc.getArray<unknown>(kind));
	for (const array of arrays) array.observe(onEntries);
	return () => {
		section.unobserve(onOwner);
		for (const array of arrays) array.unobserve(onEntries);
	};
}

/** One part of the board, validated on its own: a broken part is left out, the rest still shows. */
function readPart<K extends BoardPart>(board: Record<string, unknown>, part: K): BoardSnapshot[K] | null {
	const result = v.safeParse(BoardSnapshotSchema.entries[part], board[part] ?? null);
	return result.success ? (result.output as BoardSnapshot[K]) : null;
}

/** The owner's board, if it is there, not too large, JSON, and has a valid meta part. */
function readSnapshot(section: Y.Map<unknown>): BoardSnapshot | null {
	const raw = section.get(BOARD);
	if (typeof raw !== 'string' || raw.length > MAX_BOARD_CHARS) return null;
	let board: unknown;
	try {
		board = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof board !== 'object' || board === null || Array.isArray(board)) return null;
	const parts = board as Record<string, unknown>;
	const meta = readPart(parts, 'meta');
	if (meta === null) return null;
	return {
		meta,
		goals: readPart(parts, 'goals'),
		adherence: readPart(parts, 'adherence'),
		wellbeing: readPart(parts, 'wellbeing'),
		doses: readPart(parts, 'doses'),
		bands: readPart(parts, 'bands'),
		answers: readPart(parts, 'answers')
	};
}

/** Positions of the entries to keep: valid, first of their id, and among the newest MAX_ENTRIES. */
function keptPositions(items: readonly unknown[], kind: EntryKind): Map<number, SupporterEntry> {
	const seen = new Set<string>();
	const valid: [number, SupporterEntry][] = [];
	items.forEach((item, position) => {
		const result = v.safeParse(EntrySchemas[kind], item);
		if (!result.success || seen.has(result.output.id)) return;
		seen.add(result.output.id);
		valid.push([position, result.output]);
	});
	return new Map(valid.slice(-MAX_ENTRIES));
}

function readEntries(doc: Y.Doc, kind: EntryKind): SupporterEntry[] {
	return [...keptPositions(doc.getArray<unknown>(kind).toArray(), kind).values()];
}

/** The board as either side may show it: only what validates. Never throws. */
export function readBoard(doc: Y.Doc): BoardView {
	const section = ownerSection(doc);
	return {
		snapshot: readSnapshot(section),
		ended: endedAt(section),
		comments: readEntries(doc, 'comments'),
		suggestions: readEntries(doc, 'suggestions'),
		nudges: readEntries(doc, 'nudges')
	};
}

export type AddResult = { ok: true; entry: SupporterEntry } | { ok: false; message: string };

/** The supporter adds a comment, suggestion or nudge to its own section; the oldest beyond MAX_ENTRIES go. */
export function addSupporterEntry(doc: Y.Doc, kind: EntryKind, draft: EntryDraft, now = Date.now()): AddResult {
	const candidate: Record<string, unknown> = {
		id: randomToken(12),
		author: draft.author.trim(),
		text: draft.text.trim(),
		at: new Date(now).toISOString()
	};
	if (draft.goalId !== undefined) candidate.goalId = draft.goalId;
	const result = v.safeParse(EntrySchemas[kind], candidate);
	if (!result.success) return { ok: false, message: `This can’t be sent: ${result.issues[0].message}.` };
	const entry = result.output;
	const array = doc.getArray<unknown>(kind);
	doc.transact(() => {
		array.push([{ ...entry }]);
		if (array.length > MAX_ENTRIES) array.delete(0, array.length - MAX_ENTRIES);
	}, SUPPORTER_ORIGIN);
	return { ok: true, entry };
}

/** Deletes supporter entries that are invalid, repeated or beyond the newest MAX_ENTRIES. Returns how many. */
export function pruneSupporterSection(doc: Y.Doc): number {
	let removed = 0;
	doc.transact(() => {
		for (const kind of ENTRY_KINDS) {
			const array = doc.getArray<unknown>(kind);
			const kept = keptPositions(array.toArray(), kind);
			// From the end, so earlier positions stay where they are.
			for (let position = array.length - 1; position >= 0; position--) {
				if (kept.has(position)) continue;
				array.delete(position, 1);
				removed++;
			}
		}
	}, PRUNE_ORIGIN);
	return removed;
}

/** The owner stops sharing: every owner part is deleted and only the instant it ended is left. */
export function markEnded(doc: Y.Doc, at = new Date().toISOString()): void {
	const section = ownerSection(doc);
	doc.transact(() => {
		for (const key of [...section.keys()]) section.delete(key);
		section.set(ENDED, at);
	}, OWNER_ORIGIN);
}

function endedAt(section: Y.Map<unknown>): string | null {
	const ended = section.get(ENDED);
	return typeof ended === 'string' && isInstant(ended) ? ended : null;
}

export function isEnded(doc: Y.Doc): boolean {
	return endedAt(ownerSection(doc)) !== null;
}

/** The size of the whole board as a peer would receive it on first sync. */
export function boardBytes(doc: Y.Doc): number {
	return Y.encodeStateAsUpdate(doc).byteLength;
}
