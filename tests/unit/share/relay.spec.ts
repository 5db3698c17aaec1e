/**
 * The relay end to end in Node: the real Hocuspocus server with its file store (relay/server.js), the
 * app's relay client and bridge, two Y.Docs that are never connected to each other.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createRelay } from '../../../relay/server.js';
import { addSupporterEntry, guardBoard, readBoard, writeOwnerSection } from '../../../src/lib/share/board';
import { connectRelay, type RelayLink } from '../../../src/lib/share/relay';
import { bridgeRelay, type RelayProblem } from '../../../src/lib/share/relayBridge';
import { deriveRelayKeys } from '../../../src/lib/share/relayCrypto';
import type { BoardSnapshot } from '../../../src/lib/share/projection';

const ROOM = 'AAECAwQFBgcICQoLDA0ODw';
const SECRET = 'ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

let relay: Awaited<ReturnType<typeof createRelay>>;
let folder: string;

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'tandem-relay-'));
	relay = await createRelay({ port: 0, folder });
});
afterAll(async () => {
	await relay.stop();
	rmSync(folder, { recursive: true, force: true });
});

function snapshot(title: string, projectedAt: string): BoardSnapshot {
	return {
		meta: { version: 1, ownerName: 'Alex', projectedAt },
		goals: [{ id: 'goal-1', title, area: 'sleep', status: 'active', steps: [{ text: 'Screens off', done: true }], target: null }],
		adherence: null,
		wellbeing: null,
		doses: null,
		bands: null,
		answers: null
	};
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
	for (let tries = 0; tries < 100; tries++) {
		if (await check()) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`timed out waiting for ${what}`);
}

interface Opened {
	doc: Y.Doc;
	link: RelayLink;
	problems: (RelayProblem | null)[];
	close(): void;
}

async function open(writer: 'owner' | 'supporter', doc = new Y.Doc(), seen = 0): Promise<Opened> {
	const keys = await deriveRelayKeys(ROOM, SECRET);
	const link = connectRelay(relay.url, keys.documentName, keys.token);
	const problems: (RelayProblem | null)[] = [];
	const bridge = bridgeRelay({
		doc,
		writer,
		keys,
		link,
		seen,
		onSeen: () => {},
		onProblem: (problem) => problems.push(problem),
		writesAfter: (transaction) => writer === 'owner' || transaction.origin === 'supporter',
		writing: true
	});
	await bridge.ready;
	return {
		doc,
		link,
		problems,
		close: () => {
			bridge.stop();
			link.close();
		}
	};
}

const storedFiles = () => readdirSync(folder).filter((name) => name.endsWith('.ydoc'));
const storedBytes = () => Buffer.concat(storedFiles().map((name) => readFileSync(join(folder, name))));

describe('the relay between two sides that are never online together', () => {
	it('carries the owner’s board to the supporter and the supporter’s message back, storing only ciphertext', async () => {
		const owner = await open('owner');
		expect(owner.link.status()).toBe('connected');
		writeOwnerSection(owner.doc, snapshot('Sleep better', '2026-03-09T10:14:00.000Z'));
		await until(() => storedBytes().length > 0, 'the owner’s blob to be stored');
		owner.close();

		const supporter = await open('supporter');
		expect(readBoard(supporter.doc).snapshot?.goals?.[0].title).toBe('Sleep better');
		expect(readBoard(supporter.doc).snapshot?.meta.projectedAt).toBe('2026-03-09T10:14:00.000Z');
		addSupporterEntry(supporter.doc, 'comments', { author: 'Sam', text: 'Well done this week' });
		await until(() => storedBytes().length > 0 && supporter.link.read('supporter') !== undefined, 'the supporter’s blob');
		await new Promise((resolve) => setTimeout(resolve, 400));
		supporter.close();

		const ownerDoc = new Y.Doc();
		writeOwnerSection(ownerDoc, snapshot('Sleep better', '2026-03-09T10:14:00.000Z'));
		const stopGuard = guardBoard(ownerDoc, () => snapshot('Sleep better', '2026-03-09T10:14:00.000Z'));
		const again = await open('owner', ownerDoc);
		expect(readBoard(ownerDoc).comments.map((entry) => entry.text)).toEqual(['Well done this week']);
		writeOwnerSection(ownerDoc, snapshot('Sleep better', '2026-03-12T08:00:00.000Z'));
		await again.link.flushed();
		await new Promise((resolve) => setTimeout(resolve, 400));
		again.close();
		stopGuard();

		// A supporter opening on a new device (an empty copy) still gets the whole board, not only what changed.
		const newDevice = await open('supporter');
		expect(readBoard(newDevice.doc).snapshot?.meta.projectedAt).toBe('2026-03-12T08:00:00.000Z');
		expect(readBoard(newDevice.doc).comments.map((entry) => entry.text)).toEqual(['Well done this week']);
		newDevice.close();

		await until(() => storedFiles().length === 1, 'one stored document');
		const stored = storedBytes();
		for (const secretText of ['Sleep better', 'Well done this week', 'Alex', 'Sam', '2026-03-09', ROOM, SECRET]) {
			expect(stored.includes(Buffer.from(secretText))).toBe(false);
		}
		// The recording is not empty: the two blobs are there, each at least as large as what it hides.
		expect(stored.byteLength).toBeGreaterThan(2 * 'Sleep better'.length);
		expect(readdirSync(folder).some((name) => name.endsWith('.token'))).toBe(true);
		const tokenFile = readdirSync(folder).find((name) => name.endsWith('.token'))!;
		expect(readFileSync(join(folder, tokenFile), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
	});

	it('refuses an owner blob older than one already accepted (a replay): nothing is applied, the problem is said', async () => {
		const doc = new Y.Doc();
		const reader = await open('supporter', doc, Number.MAX_SAFE_INTEGER - 1);
		expect(reader.problems).toContain('replayed');
		expect(readBoard(doc).snapshot).toBeNull();
		reader.close();
	});

	it('refuses a connection that brings another token for the same document', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const stranger = connectRelay(relay.url, keys.documentName, 'A'.repeat(43));
		expect(await stranger.firstSync).toBe(false);
		expect(stranger.status()).toBe('refused');
		stranger.close();
	});

	it('keeps only the two blobs: anything else a client writes into the document is not stored', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const rogue = connectRelay(relay.url, keys.documentName, keys.token);
		expect(await rogue.firstSync).toBe(true);
		rogue.write('owner', new Uint8Array(60 * 1024));
		await new Promise((resolve) => setTimeout(resolve, 600));
		rogue.close();
		await new Promise((resolve) => setTimeout(resolve, 600));
		// The oversized "blob" was dropped when stored; the supporter's genuine one is still there.
		const reader = await open('supporter', new Y.Doc());
		expect(reader.link.read('owner')).toBeUndefined();
		expect(reader.link.read('supporter')).toBeInstanceOf(Uint8Array);
		reader.close();
	});
});

describe('a relay that is down', () => {
	it('is a status, not an error: the first sync says false, the link says unreachable, and nothing is thrown unhandled', async () => {
		const unhandled: unknown[] = [];
		const onUnhandled = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', onUnhandled);
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const link = connectRelay('ws://127.0.0.1:9', keys.documentName, keys.token);
		expect(await link.firstSync).toBe(false);
		expect(link.status()).toBe('unreachable');
		await new Promise((resolve) => setTimeout(resolve, 200));
		link.close();
		process.off('unhandledRejection', onUnhandled);
		expect(unhandled).toEqual([]);
	});
});
