/**
 * What sharing must never do: let private text out, let a peer change the owner's data, or open for a
 * wrong secret. Run by `npm run test:p2p` inside a private network namespace.
 */
import { build } from 'esbuild';
import { dumpDatabase } from './support/db-dump';
import { newRelayDocument, readBlobs, relayDocuments, relayPlaintext, relayStoredBytes } from './support/relay';
import { addGoal, invite, join, newPerson, recordWhatLeaves, sentToRelay, storedBoardText, whatLeft } from './support/sharing';
import { expect, test, type Page } from './support/test';

const MARKER = 'CANARY-7f3a9c-private';

async function writePrivateMarker(page: Page): Promise<void> {
	await page.goto('/journal/day');
	await page.getByRole('button', { name: 'Okay', exact: true }).click();
	await page.getByLabel('Note', { exact: true }).fill(`Journal ${MARKER}`);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');

	await page.goto('/therapy/thoughts');
	await page.getByRole('link', { name: 'New thought record' }).click();
	await page.getByRole('textbox', { name: 'Situation' }).fill(`Thought ${MARKER}`);
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('status')).toContainText('Draft saved');

	await page.goto('/therapy/sessions/new');
	await page.getByLabel('Date').fill('2026-11-20');
	await page.getByLabel('Time').fill('14:00');
	await page.getByLabel('Takeaways').fill(`Session ${MARKER}`);
	await page.getByRole('button', { name: 'Save session' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Session:');
}

test('privacy canary: a marker in a journal note, a thought record and a session note never leaves, nor is stored by the supporter', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	await recordWhatLeaves(owner.page);
	await recordWhatLeaves(supporter.page);
	await writePrivateMarker(owner.page);
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10']);
	const known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const document = await newRelayDocument(known);
	await join(supporter.page, link, 'Sam');
	await expect(supporter.page.getByRole('article', { name: 'Sleep better' })).toBeVisible();

	// More owner activity while connected: each change re-projects and sends the board again.
	await owner.page.goto(goalUrl);
	await owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'Screens off at 10' }).check();
	await expect(supporter.page.getByRole('article', { name: 'Sleep better' })).toContainText('1 of 1 steps done');
	await supporter.page.getByLabel('Write some encouragement').fill('Proud of you');
	await supporter.page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Send' }).click();
	await expect.poll(() => relayPlaintext(document, 'owner', link)).toContain('"done":true');
	await expect.poll(() => relayPlaintext(document, 'supporter', link)).toContain('Proud of you');

	// The relay: neither what it stores nor anything either browser sent it holds the marker, the goal or the message.
	const toRelay = [...(await sentToRelay(owner.page)), ...(await sentToRelay(supporter.page))];
	const stored = relayStoredBytes();
	for (const bytes of [stored, ...toRelay]) {
		for (const secretText of [MARKER, 'Sleep better', 'Screens off at 10', 'Proud of you', 'Alex', 'Sam']) {
			expect(bytes.includes(Buffer.from(secretText))).toBe(false);
		}
	}
	// The recorder and the store reading work: the exact ciphertext the relay stores is among what was sent to it.
	const blobs = readBlobs(document);
	for (const writer of ['owner', 'supporter']) {
		const blob = Buffer.from(blobs.get(writer)!);
		expect(blob.byteLength).toBeGreaterThan('Screens off at 10'.length);
		expect(toRelay.some((message) => message.includes(blob))).toBe(true);
	}

	const sent = (await whatLeft(owner.page)).join('\n');
	// The recording works: the board's own text did leave (in the clear inside the encrypted channel).
	expect(sent).toContain('Sleep better');
	expect(sent).not.toContain(MARKER);
	const copy = await storedBoardText(supporter.page);
	expect(copy.databases).toBe(1);
	expect(copy.text).toContain('Sleep better');
	expect(copy.text).not.toContain(MARKER);
	expect(JSON.stringify(await dumpDatabase(supporter.page))).not.toContain(MARKER);
	await owner.context.close();
	await supporter.context.close();
});

test('rogue peer with the secret: deletes goals, rewrites progress, fakes an end, injects 1 MB and HTML — the owner’s data is unchanged and the board restored', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const rogue = await newPerson(browser, { bypassCSP: true });
	await addGoal(owner.page, 'Sleep better', ['Screens off at 10', 'Same wake time']);
	const known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const document = await newRelayDocument(known);
	await join(supporter.page, link, 'Sam');
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	await expect(sleep).toContainText('0 of 2 steps done');
	await owner.page.goto('/sharing');
	const before = await dumpDatabase(owner.page);

	// The rogue runs its own bundle of yjs and y-webrtc in a page of the app's origin (so it may reach the
	// signaling server), with the page's policy bypassed so its script may run there.
	const bundle = await build({
		entryPoints: ['tests/e2e/support/rogue-peer.ts'],
		bundle: true,
		write: false,
		format: 'iife',
		alias: { $lib: './src/lib' }
	});
	await rogue.page.goto('/about');
	await rogue.page.addScriptTag({ content: bundle.outputFiles[0].text });
	const fragment = new URLSearchParams(link.split('#')[1]);
	await rogue.page.evaluate(
		([room, key]) =>
			(window as unknown as { rogue: { join: (...args: string[]) => void } }).rogue.join(room, key, 'ws://127.0.0.1:4444'),
		[fragment.get('room')!, fragment.get('key')!]
	);
	await expect
		.poll(() => rogue.page.evaluate(() => (window as unknown as { rogue: { board: () => string | null } }).rogue.board()))
		.toContain('Sleep better');

	const act = (name: string, argument?: string) =>
		rogue.page.evaluate(
			([method, value]) => (window as unknown as { rogue: Record<string, (value?: string) => void> }).rogue[method](value),
			[name, argument] as const
		);
	const html = '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 1</script>';
	await act('deleteGoals');
	await act('rewriteProgress');
	await act('fakeEnded');
	await act('injectHtml', html);
	await act('injectHuge');
	// And through the relay: its whole doc, edits and junk included, sealed with the secret into both slots.
	await rogue.page.evaluate(
		([room, key]) =>
			(window as unknown as { rogue: { relayJoin: (...args: string[]) => Promise<void> } }).rogue.relayJoin(
				room,
				key,
				'ws://127.0.0.1:4455'
			),
		[fragment.get('room')!, fragment.get('key')!]
	);
	for (const slot of ['supporter', 'owner']) {
		await rogue.page.evaluate(
			(writer) => (window as unknown as { rogue: { relayForge: (writer: string) => Promise<void> } }).rogue.relayForge(writer),
			slot
		);
	}

	// The owner's app puts its board back; the rogue's own copy shows it too.
	await expect
		.poll(() => rogue.page.evaluate(() => (window as unknown as { rogue: { board: () => string | null } }).rogue.board()))
		.toMatch(/"title":"Sleep better"/);
	// The supporter still sees the real board, not the fake end, the deletion or the rewrite.
	await supporter.page.waitForTimeout(2_500);
	await expect(sleep).toContainText('0 of 2 steps done');
	await expect(supporter.page.getByText('(hacked)')).toHaveCount(0);
	await expect(supporter.page.getByText('stopped sharing')).toHaveCount(0);

	// Injected markup is text on both sides, never markup.
	await expect(supporter.page.getByRole('region', { name: 'Messages' })).toContainText(html);
	const card = owner.page.getByRole('region', { name: 'Sam' });
	await expect(card).toContainText(html);
	await expect(card.getByRole('img')).toHaveCount(0);
	// A suggestion for a goal that isn't on the board is never offered.
	await expect(card.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
	// The owner's app put the real board back on the relay too, numbered above the rogue's.
	await expect.poll(() => relayPlaintext(document, 'owner', link)).toContain('"title":"Sleep better"');
	expect(await relayPlaintext(document, 'owner', link)).not.toContain('(hacked)');
	for (const page of [owner.page, supporter.page]) {
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	}

	// Nothing the rogue did reached the owner's database (only "last connected" moves on the share).
	const after = await dumpDatabase(owner.page);
	const withoutPresence = (dump: Record<string, unknown[]>) => ({
		...dump,
		shares: dump.shares.map((share) => ({ ...(share as object), lastConnectedAt: null, updatedAt: null }))
	});
	expect(withoutPresence(after)).toEqual(withoutPresence(before));
	expect([...owner.cspViolations, ...supporter.cspViolations]).toEqual([]);
	for (const person of [owner, supporter, rogue]) await person.context.close();
});

test('wrong secret: a third browser with a changed key gets no data and a clear message', async ({ browser }) => {
	const owner = await newPerson(browser);
	const stranger = await newPerson(browser);
	await addGoal(owner.page, 'Sleep better', []);
	const link = await invite(owner.page, 'Sam');
	const [base, fragment] = link.split('#');
	const params = new URLSearchParams(fragment);
	const key = params.get('key')!;
	// Same room, another secret of the same form.
	params.set('key', `${key.slice(0, -2)}${key.endsWith('AA') ? 'Ag' : 'AA'}`);
	await stranger.page.goto(`${base}#${params.toString()}`);
	await stranger.page.getByLabel('Your name, as they will see it').fill('Stranger');
	await stranger.page.getByRole('button', { name: 'Join board' }).click();
	await expect(stranger.page.getByRole('alert')).toContainText('This link doesn’t work', { timeout: 30_000 });
	await expect(stranger.page.getByText('Sleep better')).toHaveCount(0);
	const dump = await dumpDatabase(stranger.page);
	expect(dump.boards ?? []).toEqual([]);
	expect((await storedBoardText(stranger.page)).databases).toBe(0);

	// A malformed link is refused before anything connects.
	await stranger.page.goto('/');
	await stranger.page.goto(`${base}#v=1&room=short&key=short`);
	await expect(stranger.page.getByRole('alert')).toContainText('This link doesn’t work.');
	await expect(stranger.page.getByRole('button', { name: 'Join board' })).toHaveCount(0);
	await owner.context.close();
	await stranger.context.close();
});
