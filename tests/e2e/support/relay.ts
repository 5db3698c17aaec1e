/**
 * The relay as the p2p suite sees it from outside: its store (one file per board, in the folder
 * playwright.p2p.config.ts gives it) and its /health answer. The tests play a relay that misbehaves by
 * rewriting that store while no one is connected, exactly as its operator could.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as Y from 'yjs';
import { expect } from './test';

export const RELAY_URL = 'ws://127.0.0.1:4455';
const folder = () => process.env.TANDEM_RELAY_DATA!;

/** The documents the relay has stored, oldest first. */
export function relayDocuments(): string[] {
	return readdirSync(folder())
		.filter((name) => name.endsWith('.ydoc'))
		.map((name) => name.slice(0, -'.ydoc'.length))
		.sort((a, b) => statSync(join(folder(), `${a}.ydoc`)).mtimeMs - statSync(join(folder(), `${b}.ydoc`)).mtimeMs);
}

/** Every byte the relay stores, all documents together. */
export function relayStoredBytes(): Buffer {
	return Buffer.concat(relayDocuments().map((name) => readFileSync(join(folder(), `${name}.ydoc`))));
}

/** Waits for a document the relay did not hold before (`known`), and returns its name. */
export async function newRelayDocument(known: string[]): Promise<string> {
	let found: string | undefined;
	await expect.poll(() => (found = relayDocuments().find((name) => !known.includes(name))), { timeout: 20_000 }).toBeTruthy();
	return found!;
}

/** Waits until no one is connected and every document is stored and out of memory, so the store may be changed. */
export async function relayIdle(): Promise<void> {
	await expect
		.poll(
			async () => {
				const health = (await (await fetch('http://127.0.0.1:4455/health')).json()) as { documents: number; connections: number };
				return health.documents + health.connections;
			},
			{ timeout: 20_000 }
		)
		.toBe(0);
}

/** The blobs of one stored document, by writer. */
export function readBlobs(name: string): Map<string, Uint8Array> {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, readFileSync(join(folder(), `${name}.ydoc`)));
	const blobs = doc.getMap<Uint8Array>('blobs');
	return new Map([...blobs.entries()]);
}

/** Replaces what the relay stores for a document (the relay must be idle). */
export function writeBlobs(name: string, blobs: Map<string, Uint8Array>): void {
	const doc = new Y.Doc();
	const map = doc.getMap<Uint8Array>('blobs');
	for (const [writer, blob] of blobs) map.set(writer, blob);
	writeFileSync(join(folder(), `${name}.ydoc`), Y.encodeStateAsUpdate(doc));
}

type RelayCrypto = typeof import('../../../src/lib/share/relayCrypto');
let crypto: Promise<RelayCrypto> | null = null;

/** The app's own relayCrypto.ts, bundled for Node (it imports through `$lib`, which only the app's build resolves). */
function relayCrypto(): Promise<RelayCrypto> {
	crypto ??= build({
		entryPoints: ['src/lib/share/relayCrypto.ts'],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		alias: { $lib: './src/lib' }
	}).then(
		(result) =>
			import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`) as Promise<RelayCrypto>
	);
	return crypto;
}

/**
 * What a writer's blob on the relay holds, opened with the invite's secret as the other side would open
 * it (its Yjs update as text, which is where a board's words are): for tests that must know a change is
 * on the relay before closing a browser. Empty when there is no blob or it does not open.
 */
export async function relayPlaintext(document: string, writer: 'owner' | 'supporter', link: string): Promise<string> {
	const { deriveRelayKeys, openBlob } = await relayCrypto();
	const fragment = new URLSearchParams(link.split('#')[1]);
	const keys = await deriveRelayKeys(fragment.get('room')!, fragment.get('key')!);
	const blob = relayDocuments().includes(document) ? readBlobs(document).get(writer) : undefined;
	if (!blob) return '';
	const opened = await openBlob(keys, writer, blob);
	return opened.ok ? new TextDecoder().decode(opened.message.update) : '';
}
