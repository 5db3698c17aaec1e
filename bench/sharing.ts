/**
 * Issue 7's figures. The board's encoded size is computed here, in Node, from the ten-year data through
 * the app's own projection; joining and live updates are timed between two browsers through y-webrtc's
 * signaling server, which this starts (inside the private network namespace `npm run bench` runs in).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import * as Y from 'yjs';
import type { BackupFile } from '../src/lib/domain/backup';
import { DEFAULT_ROUTINE } from '../src/lib/domain/settings';
import { boardBytes, writeOwnerSection } from '../src/lib/share/board';
import { projectBoard, WIDEST_SCOPE } from '../src/lib/share/projection';
import { median, type Figure, type Measurement } from './figures';
import { startSignaling } from './services';
import { LONG, restore, serviceWorkerReady } from './shell';

const JOINS = 5;
const CHANGES = 11;

/** The encoded board a supporter receives on first sync, for the ten-year data's 30 goals. */
function boardSize(backupPath: string, weeks: number): number {
	const { tables } = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupFile;
	const lastDay = tables.checkins.reduce((last, checkin) => (checkin.day > last ? checkin.day : last), '');
	const snapshot = projectBoard(
		{
			ownerName: 'Alex',
			goals: tables.goals,
			goalSteps: tables.goalSteps,
			checkins: tables.checkins,
			assessments: tables.assessments,
			copingUses: tables.copingUses,
			medication: {
				medications: tables.medications,
				schedules: tables.schedules,
				events: tables.doseEvents,
				routine: tables.settings[0]?.routine ?? DEFAULT_ROUTINE,
				timeZone: 'Europe/London',
				onTimeMinutes: 60,
				now: Date.parse(`${lastDay}T12:00:00Z`)
			}
		},
		WIDEST_SCOPE,
		lastDay,
		{ weeks }
	);
	const doc = new Y.Doc();
	writeOwnerSection(doc, snapshot);
	return boardBytes(doc);
}

/** An invite with every goal and every summary (the invite form ticks none until the person does). */
export async function createInvite(page: Page): Promise<string> {
	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill('Sam');
	await page.getByLabel('Your name, as they will see it').fill('Alex');
	for (const summary of [
		/How often I took my medication/,
		/My mood, sleep and energy/,
		/My doses in the next two days/,
		/My latest PHQ-9/
	])
		await page.getByRole('checkbox', { name: summary }).check();
	await page.getByRole('button', { name: 'Create invite link' }).click();
	return page.getByRole('textbox', { name: 'Invite link for Sam' }).inputValue();
}

/**
 * From the supporter opening the link until the owner's board is on screen: the page loads, the name is
 * typed, Join is pressed, and the board's first goal appears. Timed with wall clocks on both ends of
 * Playwright's calls, so it includes their small overhead.
 */
async function timeJoin(context: BrowserContext, link: string): Promise<{ total: number; afterJoin: number }> {
	const page = await context.newPage();
	const started = performance.now();
	await page.goto(link);
	await page.getByLabel('Your name, as they will see it').fill('Sam');
	const pressed = performance.now();
	await page.getByRole('button', { name: 'Join board' }).click();
	await page.getByRole('article').first().waitFor({ timeout: LONG });
	const shown = performance.now();
	return { total: shown - started, afterJoin: shown - pressed };
}

/**
 * The owner ticks a step (a click dispatched inside the owner's page, timestamped there) and the
 * supporter's page timestamps the moment its DOM shows the new count. Both pages run on this machine's
 * one clock (timeOrigin + now), so the difference is the latency: Dexie write, re-projection, Yjs
 * update over WebRTC, and the supporter's render.
 */
async function timeChange(owner: Page, supporter: Page, goalTitle: string, done: number, total: number): Promise<number> {
	const expected = `${done} of ${total} steps done`;
	// Written as text: tsx would wrap named functions in a helper the page doesn't have.
	const watch = `new Promise((resolve) => {
		const observer = new MutationObserver(() => check());
		function check() {
			const article = [...document.querySelectorAll('article')].find((node) => node.querySelector('h3')?.textContent === ${JSON.stringify(goalTitle)});
			if (article?.textContent?.includes(${JSON.stringify(expected)})) {
				observer.disconnect();
				resolve(performance.timeOrigin + performance.now());
			}
		}
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		check();
	})`;
	const seen = supporter.evaluate<number>(watch);
	const click = owner.evaluate<number>(`(() => {
		const box = document.querySelector('[aria-labelledby="steps-title"] input[type="checkbox"]:not(:checked)');
		if (!box) throw new Error('no open step to tick');
		const at = performance.timeOrigin + performance.now();
		box.click();
		return at;
	})()`);
	const [clicked, shown] = await Promise.all([click, seen]);
	return shown - clicked;
}

export const sharingFigures: Measurement = async (ctx) => {
	const year = boardSize(ctx.tenYearBackupPath, 52);
	const quarter = boardSize(ctx.tenYearBackupPath, 12);
	const figures: Figure[] = [
		{
			name: 'board-bytes-30-goals-52-weeks',
			value: year / 1024,
			unit: 'KB',
			digits: 1,
			bar: { max: 48, text: '48 KB' },
			notes: [
				`${year} bytes: Y.encodeStateAsUpdate of the board for the ten-year data's 30 goals with a year of weekly summaries, every part in scope`,
				`the default 12 weeks: ${quarter} bytes (${(quarter / 1024).toFixed(1)} KB)`
			]
		}
	];

	const stopSignaling = await startSignaling(ctx.root);
	// No relay runs in this group: these are the live, peer-to-peer figures.
	const contexts: BrowserContext[] = [];
	try {
		const ownerContext = await ctx.newContext();
		contexts.push(ownerContext);
		const owner = await ownerContext.newPage();
		await owner.goto('/settings');
		await serviceWorkerReady(owner);
		await restore(owner, ctx.tenYearBackupPath);
		const link = await createInvite(owner);

		// One supporter at a time, as a person would: each earlier one is closed before the next joins.
		const joins: number[] = [];
		const afterJoin: number[] = [];
		let supporterContext: BrowserContext | undefined;
		for (let run = 0; run < JOINS; run++) {
			await supporterContext?.close();
			supporterContext = await ctx.newContext();
			contexts.push(supporterContext);
			const timed = await timeJoin(supporterContext, link);
			joins.push(timed.total);
			afterJoin.push(timed.afterJoin);
		}
		const supporter = supporterContext!.pages()[0];
		figures.push({
			name: 'join-to-board-shown',
			value: median(joins),
			unit: 'ms',
			digits: 0,
			bar: { max: 1500, text: '1.5 s' },
			notes: [
				`median of ${JOINS} supporters, one after another, each a fresh browser with nothing cached: ${joins.map((ms) => ms.toFixed(0)).join(', ')} ms`,
				'from opening the invite link, through typing a name and pressing Join, until the first goal of the ten-year board is on screen',
				`of which from pressing Join (key derivation, signaling, WebRTC, first sync, validation, saving, the board screen): ${afterJoin.map((ms) => ms.toFixed(0)).join(', ')} ms`
			]
		});

		// A goal with open steps to tick, then the owner stays on its page while the last supporter watches.
		await owner.goto('/goals');
		const goalLink = owner.getByRole('region', { name: 'Working on' }).getByRole('link').first();
		const title = (await goalLink.textContent())?.trim() ?? '';
		await goalLink.click();
		const steps = owner.getByRole('region', { name: 'Steps' });
		await steps.waitFor({ timeout: LONG });
		for (let step = 0; step < CHANGES; step++) {
			await steps.getByLabel('A new step').fill(`Bench step ${step + 1}`);
			await steps.getByRole('button', { name: 'Add step' }).click();
			await steps.getByRole('checkbox', { name: `Bench step ${step + 1}` }).waitFor();
		}
		const total = await steps.getByRole('checkbox').count();
		let done = await steps.getByRole('checkbox', { checked: true }).count();
		const watcher = supporter;
		await watcher.getByRole('article', { name: title }).getByText(`${done} of ${total} steps done`).waitFor({ timeout: LONG });
		const changes: number[] = [];
		for (let run = 0; run < CHANGES; run++) {
			done++;
			changes.push(await timeChange(owner, watcher, title, done, total));
		}
		figures.push({
			name: 'owner-change-seen-by-supporter',
			value: median(changes),
			unit: 'ms',
			digits: 0,
			bar: { max: 150, text: '150 ms median' },
			notes: [
				`median of ${CHANGES} step ticks on “${title}”: ${changes.map((ms) => ms.toFixed(0)).join(', ')} ms`,
				'from the click in the owner’s page to the supporter’s DOM showing the new count (same machine clock): Dexie write, re-projection of the 30 goals (the journal’s index is reused), Yjs over WebRTC, render'
			]
		});
	} finally {
		for (const context of contexts) await context.close().catch(() => {});
		stopSignaling();
	}
	return figures;
};
