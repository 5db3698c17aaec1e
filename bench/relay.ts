/**
 * Issue 15's figures: sharing apart in time, through the relay, on the ten-year data's board (30 goals,
 * every summary). The relay (Hocuspocus with its file store) and signaling run here, inside the private
 * network namespace; the owner and the supporter are never open at the same time.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { readBoard } from '../src/lib/share/board';
import { connectRelay } from '../src/lib/share/relay';
import { deriveRelayKeys, openBlob, type RelayKeys } from '../src/lib/share/relayCrypto';
import { median, type Figure, type Measurement } from './figures';
import { answers, startRelay, startSignaling } from './services';
import { createInvite } from './sharing';
import { LONG, restore, serviceWorkerReady } from './shell';

const OPENS = 5;
const CHANGES = 11;

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const keysOf = (link: string) => {
	const fragment = new URLSearchParams(link.split('#')[1]);
	return deriveRelayKeys(fragment.get('room')!, fragment.get('key')!);
};

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
	const deadline = Date.now() + LONG;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** No one connected and everything stored: the owner's app is really closed. */
async function relayIdle(): Promise<void> {
	await waitFor(async () => {
		if (!(await answers('http://127.0.0.1:4455/health'))) return false;
		const health = (await (await fetch('http://127.0.0.1:4455/health')).json()) as { documents: number; connections: number };
		return health.documents + health.connections === 0;
	}, 'the relay to be idle');
}

async function closeApp(page: Page): Promise<void> {
	await page.goto('about:blank');
	await relayIdle();
}

/** Ticks the first open step in the owner's page; returns the click's instant (this machine's clock). */
function tick(owner: Page): Promise<number> {
	return owner.evaluate<number>(`(() => {
		const box = document.querySelector('[aria-labelledby="steps-title"] input[type="checkbox"]:not(:checked)');
		if (!box) throw new Error('no open step to tick');
		const at = performance.timeOrigin + performance.now();
		box.click();
		return at;
	})()`);
}

/**
 * A watcher on the relay (a Node client with the invite's keys): `until(title, done)` resolves with the
 * instant the relay delivered the first genuine owner blob whose board shows `done` steps done on that goal.
 */
function watchOwnerBlob(keys: RelayKeys) {
	const link = connectRelay('ws://127.0.0.1:4455', keys.documentName, keys.token);
	const waiting = new Set<(blob: Uint8Array, at: number) => Promise<void>>();
	link.onBlob('owner', (blob) => {
		const seen = performance.timeOrigin + performance.now();
		if (blob) for (const check of waiting) void check(blob, seen);
	});
	return {
		ready: link.firstSync,
		until(title: string, done: number): Promise<number> {
			return new Promise<number>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`the tick on “${title}” never reached the relay`)), LONG);
				const check = async (blob: Uint8Array, at: number) => {
					const opened = await openBlob(keys, 'owner', blob);
					if (!opened.ok) return;
					// The owner writes its whole doc: the board reads from the blob alone.
					const doc = new Y.Doc();
					Y.applyUpdate(doc, opened.message.update);
					const goal = readBoard(doc).snapshot?.goals?.find((candidate) => candidate.title === title);
					if (goal?.steps.filter((step) => step.done).length !== done) return;
					waiting.delete(check);
					clearTimeout(timer);
					resolve(at);
				};
				waiting.add(check);
			});
		},
		close: () => link.close()
	};
}

export const relayFigures: Measurement = async (ctx) => {
	const folder = mkdtempSync(join(tmpdir(), 'tandem-bench-relay-'));
	const stopSignaling = await startSignaling(ctx.root);
	const stopRelay = await startRelay(ctx.root, folder);
	const contexts: BrowserContext[] = [];
	const figures: Figure[] = [];
	try {
		const ownerContext = await ctx.newContext();
		contexts.push(ownerContext);
		const owner = await ownerContext.newPage();
		await owner.goto('/settings');
		await serviceWorkerReady(owner);
		await restore(owner, ctx.tenYearBackupPath);
		const link = await createInvite(owner);
		const keys = await keysOf(link);

		// A goal with open steps, the owner on its page; a watcher on the relay sees each tick arrive.
		await owner.goto('/goals');
		const goalLink = owner.getByRole('region', { name: 'Working on' }).getByRole('link').first();
		const title = (await goalLink.textContent())?.trim() ?? '';
		await goalLink.click();
		const steps = owner.getByRole('region', { name: 'Steps' });
		await steps.waitFor({ timeout: LONG });
		for (let step = 0; step < CHANGES + OPENS; step++) {
			await steps.getByLabel('A new step').fill(`Relay step ${step + 1}`);
			await steps.getByRole('button', { name: 'Add step' }).click();
			await steps.getByRole('checkbox', { name: `Relay step ${step + 1}` }).waitFor();
		}
		const total = await steps.getByRole('checkbox').count();
		let done = await steps.getByRole('checkbox', { checked: true }).count();
		const watcher = watchOwnerBlob(keys);
		await watcher.ready;
		const reach: number[] = [];
		for (let run = 0; run < CHANGES; run++) {
			done++;
			const arrival = watcher.until(title, done);
			const clicked = await tick(owner);
			reach.push((await arrival) - clicked);
		}
		watcher.close();
		figures.push({
			name: 'owner-change-reaches-relay',
			value: median(reach),
			unit: 'ms',
			digits: 0,
			bar: { max: 500, text: '500 ms' },
			notes: [
				`median of ${CHANGES} step ticks on “${title}”: ${reach.map((ms) => ms.toFixed(0)).join(', ')} ms`,
				'from the click in the owner’s page to a client of the relay receiving the sealed owner blob that holds the tick (same machine clock): Dexie write, re-projection of the 30 goals, Yjs, sealing (AES-GCM), Hocuspocus and back out'
			]
		});
		await closeApp(owner);

		// The supporter joins while the owner's Tandem is closed: the board comes from the relay alone.
		const supporterContext = await ctx.newContext();
		contexts.push(supporterContext);
		const supporter = await supporterContext.newPage();
		const joinStarted = performance.now();
		await supporter.goto(link);
		await supporter.getByLabel('Your name, as they will see it').fill('Sam');
		await supporter.getByRole('button', { name: 'Join board' }).click();
		await supporter.getByRole('article').first().waitFor({ timeout: LONG });
		const joined = performance.now() - joinStarted;
		const boardUrl = supporter.url();
		for (const text of ['Keep going', 'Proud of this week', 'See you Thursday']) {
			await supporter.getByLabel('Write some encouragement').fill(text);
			await supporter.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Send' }).click();
		}
		await closeApp(supporter);

		// Apart, again and again: the owner ticks and closes; the supporter opens the board later.
		const opens: number[] = [];
		for (let run = 0; run < OPENS; run++) {
			await owner.goto('/goals');
			await owner.getByRole('region', { name: 'Working on' }).getByRole('link', { name: title }).click();
			await steps.waitFor({ timeout: LONG });
			const watcher = watchOwnerBlob(keys);
			await watcher.ready;
			done++;
			const arrival = watcher.until(title, done);
			await tick(owner);
			await arrival;
			watcher.close();
			await closeApp(owner);

			const started = performance.now();
			await supporter.goto(boardUrl);
			await supporter
				.getByRole('article', { name: title })
				.getByText(`${done} of ${total} steps done`)
				.waitFor({ timeout: LONG });
			opens.push(performance.now() - started);
			await closeApp(supporter);
		}
		figures.push({
			name: 'supporter-opens-board-owner-offline',
			value: median(opens),
			unit: 'ms',
			digits: 0,
			bar: { max: 1500, text: '1.5 s' },
			notes: [
				`median of ${OPENS}: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`,
				'the owner ticked a step and closed Tandem; later the supporter opens the board: from navigation until the ticked step’s count is on screen (page load, this device’s copy, the relay’s sealed blob fetched, opened, checked and merged)',
				`joining through the relay with the owner offline (opening the link, typing a name, Join, the first goal shown): ${joined.toFixed(0)} ms`
			]
		});

		const stored = readdirSync(folder)
			.filter((name) => name.endsWith('.ydoc'))
			.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
		figures.push({
			name: 'relay-bytes-ten-year-board',
			value: stored / 1024,
			unit: 'KB',
			digits: 1,
			bar: { max: 64, text: '64 KB' },
			notes: [
				`${stored} bytes on the relay's disk for the ten-year board (30 goals, every summary, the default 12 weeks), after ${CHANGES + OPENS} ticks and 3 messages: the owner's and the supporter's sealed blobs, compacted`
			]
		});
	} finally {
		for (const context of contexts) await context.close().catch(() => {});
		stopRelay();
		stopSignaling();
		rmSync(folder, { recursive: true, force: true });
	}
	return figures;
};
