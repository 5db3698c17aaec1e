import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { instantAt } from '$lib/domain/medication/zone';
import type { AllRecords } from '$lib/domain/records';
import {
	addSupporterEntry,
	ENTRY_KINDS,
	guardBoard,
	isEnded,
	markEnded,
	MAX_ENTRIES,
	OWNER_ORIGIN,
	ownerSectionTampered,
	pruneSupporterSection,
	readBoard,
	restoreOwnerSection,
	writeOwnerSection
} from '$lib/share/board';
import { projectBoard, WIDEST_SCOPE, type BoardSnapshot, type OwnerData } from '$lib/share/projection';
import { generateTenYears } from '../../fixtures/tenYears';

const LONDON = 'Europe/London';
const TODAY = '2026-03-11';
const NOW = instantAt(TODAY, '09:00', LONDON);
const TABLES: AllRecords = generateTenYears(3, TODAY, 90);

function ownerData(tables: AllRecords, now = NOW): OwnerData {
	return {
		...tables,
		ownerName: 'Alex',
		medication: {
			medications: tables.medications,
			schedules: tables.schedules,
			events: tables.doseEvents,
			routine: tables.settings[0].routine,
			timeZone: LONDON,
			onTimeMinutes: 60,
			now
		}
	};
}

function snapshotAt(minutes = 0, tables = TABLES): BoardSnapshot {
	return projectBoard(ownerData(tables, NOW + minutes * 60_000), WIDEST_SCOPE, TODAY);
}

/**
 * What y-webrtc does between two peers: each sends what the other lacks, again after any change that
 * receiving caused (the owner's guard answers a peer's edit), until a round changes nothing.
 */
function sync(a: Y.Doc, b: Y.Doc): void {
	let changes = 0;
	const count = () => changes++;
	a.on('update', count);
	b.on('update', count);
	try {
		for (let round = 0; round < 10; round++) {
			changes = 0;
			Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'peer');
			Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'peer');
			if (changes === 0) return;
		}
		throw new Error('the two documents never settled');
	} finally {
		a.off('update', count);
		b.off('update', count);
	}
}

const entry = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
	id,
	author: 'Jo',
	text,
	at: '2026-03-11T10:00:00.000Z',
	...extra
});

describe('the owner section', () => {
	it('is written in one transaction with the owner’s origin, and read back exactly', () => {
		const doc = new Y.Doc();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
		const snapshot = snapshotAt();
		expect(writeOwnerSection(doc, snapshot)).toBe(true);
		expect(origins).toEqual([OWNER_ORIGIN]);
		expect(readBoard(doc)).toEqual({ snapshot, ended: null, comments: [], suggestions: [], nudges: [] });
		expect(ownerSectionTampered(doc, snapshot)).toBe(false);
	});

	it('sends nothing when the projection has not changed', () => {
		const doc = new Y.Doc();
		const snapshot = snapshotAt();
		writeOwnerSection(doc, snapshot);
		let updates = 0;
		doc.on('update', () => updates++);
		expect(writeOwnerSection(doc, structuredClone(snapshot))).toBe(false);
		expect(updates).toBe(0);
	});

	it('removes a part the owner stops sharing from the board', () => {
		const doc = new Y.Doc();
		writeOwnerSection(doc, snapshotAt());
		const narrower = projectBoard(ownerData(TABLES), { ...WIDEST_SCOPE, upcomingDoses: false, goalIds: [] }, TODAY);
		writeOwnerSection(doc, narrower);
		const read = readBoard(doc).snapshot!;
		expect(read.doses).toBeNull();
		expect(read.goals).toBeNull();
		expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain(TABLES.goals[0].title);
	});

	it('shows the parts that validate when one part of a board is broken', () => {
		const doc = new Y.Doc();
		const snapshot = snapshotAt();
		doc.getMap('owner').set('board', JSON.stringify({ ...snapshot, goals: [{ id: 'x', title: 42 }], extra: 'ignored' }));
		const read = readBoard(doc).snapshot!;
		expect(read.goals).toBeNull();
		expect(read.wellbeing).toEqual(snapshot.wellbeing);
		doc.getMap('owner').set('board', JSON.stringify({ ...snapshot, meta: { version: 2 } }));
		expect(readBoard(doc).snapshot).toBeNull();
		for (const junk of ['{', '[]', 'null', '"text"', 7, { a: 1 }]) {
			doc.getMap('owner').set('board', junk);
			expect(readBoard(doc).snapshot).toBeNull();
		}
	});

	it('notices a change it did not make, and restores the snapshot', () => {
		const doc = new Y.Doc();
		const snapshot = snapshotAt();
		writeOwnerSection(doc, snapshot);
		doc.getMap('owner').set('board', JSON.stringify({ ...snapshot, goals: [] }));
		expect(ownerSectionTampered(doc, snapshot)).toBe(true);
		expect(restoreOwnerSection(doc, snapshot)).toBe(true);
		expect(ownerSectionTampered(doc, snapshot)).toBe(false);
		expect(restoreOwnerSection(doc, snapshot)).toBe(false);
	});
});

describe('a rogue peer', () => {
	it('cannot change the owner section or fill the supporter section with junk; nothing throws', () => {
		const owner = new Y.Doc();
		const peer = new Y.Doc();
		const snapshot = snapshotAt();
		writeOwnerSection(owner, snapshot);
		const stop = guardBoard(owner, () => snapshot);
		sync(owner, peer);
		const section = peer.getMap<unknown>('owner');
		const board = JSON.parse(section.get('board') as string) as BoardSnapshot;
		const rewritten = board.goals!.map((goal) => ({
			...goal,
			target: goal.target && { ...goal.target, values: goal.target.values.map(() => 0), met: goal.target.met.map(() => false) }
		}));
		const attacks: (() => void)[] = [
			() => section.delete('board'),
			() => section.set('board', JSON.stringify({ ...board, goals: [] })),
			() => section.set('board', JSON.stringify({ ...board, goals: rewritten })),
			() => section.set('board', 'x'.repeat(1_048_576)),
			() => section.set('board', JSON.stringify({ ...board, meta: { ...board.meta, ownerName: '<script>alert(1)</script>' } })),
			() => section.set('script', '<script>alert(1)</script>'),
			() => section.set('ended', '2026-03-11T10:00:00.000Z'),
			() => section.set('board', new Y.Map())
		];
		for (const attack of attacks) {
			peer.transact(attack);
			expect(() => sync(owner, peer)).not.toThrow();
			expect(ownerSectionTampered(owner, snapshot)).toBe(false);
			expect(readBoard(owner).snapshot).toEqual(snapshot);
			expect(readBoard(peer).snapshot).toEqual(snapshot);
			expect(isEnded(peer)).toBe(false);
		}

		const junk = [
			42,
			'just text',
			null,
			{},
			[entry('in-an-array', 'hi')],
			new Uint8Array([1, 2, 3]),
			new Y.Map(),
			entry('long', 'x'.repeat(1_001)),
			entry('huge', 'x'.repeat(1_048_576)),
			entry('extra', 'hello', { html: '<script>alert(1)</script>' }),
			{ ...entry('author', 'hello'), author: 'J'.repeat(61) },
			{ ...entry('no-author', 'hello'), author: '' },
			{ ...entry('bad-time', 'hello'), at: 'yesterday' },
			{ ...entry('bad id!', 'hello') },
			entry('empty', ''),
			entry('ok-1', '<script>alert(1)</script> is only text here'),
			entry('ok-1', 'a second entry with the same id'),
			entry('ok-2', 'Proud of you', { goalId: 'goal-1' })
		];
		peer.transact(() => {
			peer.getArray('comments').push(junk);
			peer
				.getArray('suggestions')
				.push([entry('no-goal', 'Walk on Sunday'), entry('s-ok', 'Walk on Sunday', { goalId: 'goal-1' })]);
			peer.getArray('nudges').push([entry('n-ok', ''), entry('n-long', 'x'.repeat(1_001))]);
		});
		expect(() => sync(owner, peer)).not.toThrow();
		for (const doc of [owner, peer]) {
			const read = readBoard(doc);
			expect(read.snapshot).toEqual(snapshot);
			expect(read.comments.map((comment) => comment.id)).toEqual(['ok-1', 'ok-2']);
			expect(read.comments[0].text).toBe('<script>alert(1)</script> is only text here');
			expect(read.suggestions.map((suggestion) => suggestion.id)).toEqual(['s-ok']);
			expect(read.nudges.map((nudge) => nudge.id)).toEqual(['n-ok']);
			// The owner's guard deleted the junk, so it no longer travels with the board either.
			expect(doc.getArray('comments').length).toBe(2);
			expect(Y.encodeStateAsUpdate(doc).byteLength).toBeLessThan(40_000);
		}
		stop();
	});

	it('is undone only while the guard watches', () => {
		const owner = new Y.Doc();
		const peer = new Y.Doc();
		const snapshot = snapshotAt();
		writeOwnerSection(owner, snapshot);
		const stop = guardBoard(owner, () => snapshot);
		stop();
		sync(owner, peer);
		peer.getMap('owner').set('board', '{}');
		sync(owner, peer);
		expect(ownerSectionTampered(owner, snapshot)).toBe(true);
	});
});

describe('the supporter section', () => {
	it('takes comments, suggestions for a goal and nudges, with an id, the author and the time', () => {
		const doc = new Y.Doc();
		const at = Date.parse('2026-03-11T10:00:00.000Z');
		const comment = addSupporterEntry(doc, 'comments', { author: ' Jo ', text: ' Well done this week! ' }, at);
		const suggestion = addSupporterEntry(doc, 'suggestions', { author: 'Jo', text: 'Walk after lunch', goalId: 'goal-1' }, at);
		const nudge = addSupporterEntry(doc, 'nudges', { author: 'Jo', text: '' }, at);
		expect(comment).toMatchObject({
			ok: true,
			entry: { author: 'Jo', text: 'Well done this week!', at: '2026-03-11T10:00:00.000Z' }
		});
		expect(comment.ok && comment.entry.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
		const read = readBoard(doc);
		expect(read.comments).toEqual([comment.ok && comment.entry]);
		expect(read.suggestions).toEqual([suggestion.ok && suggestion.entry]);
		expect(read.nudges).toEqual([nudge.ok && nudge.entry]);
		expect(read.comments[0]).not.toHaveProperty('goalId');
	});

	it('refuses what the other side would drop, with a message', () => {
		const doc = new Y.Doc();
		const refusals = [
			addSupporterEntry(doc, 'comments', { author: 'Jo', text: 'x'.repeat(1_001) }),
			addSupporterEntry(doc, 'comments', { author: 'Jo', text: '   ' }),
			addSupporterEntry(doc, 'comments', { author: 'J'.repeat(61), text: 'hi' }),
			addSupporterEntry(doc, 'suggestions', { author: 'Jo', text: 'No goal named' }),
			addSupporterEntry(doc, 'suggestions', { author: 'Jo', text: 'x'.repeat(501), goalId: 'goal-1' }),
			addSupporterEntry(doc, 'comments', { author: 'Jo', text: 'hi', goalId: 'not an id!' })
		];
		for (const refusal of refusals)
			expect(refusal).toMatchObject({ ok: false, message: expect.stringMatching(/^This can’t be sent/) });
		for (const kind of ENTRY_KINDS) expect(doc.getArray(kind).length).toBe(0);
	});

	it(`keeps the newest ${MAX_ENTRIES} entries`, () => {
		const doc = new Y.Doc();
		for (let n = 0; n < MAX_ENTRIES + 25; n++) addSupporterEntry(doc, 'comments', { author: 'Jo', text: `Comment ${n}` });
		const comments = readBoard(doc).comments;
		expect(comments).toHaveLength(MAX_ENTRIES);
		expect(comments[0].text).toBe('Comment 25');
		expect(doc.getArray('comments').length).toBe(MAX_ENTRIES);
	});

	it('is pruned of invalid, repeated and surplus entries, valid ones kept in order', () => {
		const doc = new Y.Doc();
		const comments = doc.getArray('comments');
		comments.push([entry('a', 'one'), 7, entry('a', 'again'), entry('b', 'two'), entry('c', 'x'.repeat(2_000))]);
		expect(pruneSupporterSection(doc)).toBe(3);
		expect(comments.toArray()).toEqual([entry('a', 'one'), entry('b', 'two')]);
		expect(pruneSupporterSection(doc)).toBe(0);
	});
});

describe('ending a share', () => {
	it('deletes the owner’s board and leaves only when it ended, on both sides', () => {
		const owner = new Y.Doc();
		const supporter = new Y.Doc();
		writeOwnerSection(owner, snapshotAt());
		addSupporterEntry(supporter, 'comments', { author: 'Jo', text: 'See you Sunday' });
		sync(owner, supporter);
		expect(isEnded(supporter)).toBe(false);
		markEnded(owner, '2026-03-12T08:00:00.000Z');
		sync(owner, supporter);
		for (const doc of [owner, supporter]) {
			expect(isEnded(doc)).toBe(true);
			expect(readBoard(doc)).toMatchObject({ snapshot: null, ended: '2026-03-12T08:00:00.000Z' });
			expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain(TABLES.goals[0].title);
		}
	});

	it('is not undone by a guard that has no snapshot any more', () => {
		const owner = new Y.Doc();
		let current: BoardSnapshot | null = snapshotAt();
		writeOwnerSection(owner, current);
		guardBoard(owner, () => current);
		current = null;
		markEnded(owner);
		const peer = new Y.Doc();
		sync(owner, peer);
		peer.getMap('owner').set('board', '{}');
		sync(owner, peer);
		expect(isEnded(owner)).toBe(true);
	});
});

describe('two documents that change apart', () => {
	it('converge after exchanging updates, five rounds in a row', () => {
		const owner = new Y.Doc();
		const supporter = new Y.Doc();
		let snapshot = snapshotAt();
		writeOwnerSection(owner, snapshot);
		guardBoard(owner, () => snapshot);
		for (let round = 1; round <= 5; round++) {
			// The owner ticks a step and time moves on; the supporter writes, neither sees the other yet.
			const steps = TABLES.goalSteps.map((step, s) => (s < round ? { ...step, doneAt: step.doneAt ?? step.createdAt } : step));
			snapshot = snapshotAt(round * 60, { ...TABLES, goalSteps: steps });
			writeOwnerSection(owner, snapshot);
			addSupporterEntry(supporter, 'comments', { author: 'Jo', text: `Round ${round}` });
			addSupporterEntry(supporter, 'nudges', { author: 'Jo', text: `Dose ${round}` });
			expect(readBoard(supporter).snapshot).not.toEqual(snapshot);

			sync(owner, supporter);
			expect(readBoard(supporter)).toEqual(readBoard(owner));
			expect(readBoard(owner).snapshot).toEqual(snapshot);
			expect(readBoard(owner).comments.map((comment) => comment.text)).toEqual(
				Array.from({ length: round }, (_, n) => `Round ${n + 1}`)
			);
			expect(Y.encodeStateAsUpdate(owner)).toEqual(Y.encodeStateAsUpdate(supporter));
		}
	});
});
