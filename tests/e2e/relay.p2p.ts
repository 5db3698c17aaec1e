/**
 * Sharing apart in time, through the relay (`npm run test:p2p`, inside the private network namespace,
 * with the relay and the signaling server running there): two browsers that are never open at the same
 * time, honest "as of" times, stopping while the supporter is offline, a relay that misbehaves or is down.
 */
import { addGoal, invite, join, newPerson, storedBoardText, type Person } from './support/sharing';
import { newRelayDocument, readBlobs, relayDocuments, relayIdle, relayPlaintext, writeBlobs } from './support/relay';
import { expect, test, type Page } from './support/test';

const boardStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*(As of|Live|Opening|Waiting)/ });

/** Closes a person's Tandem (their page leaves the app) and waits until the relay has stored everything. */
async function close(person: Person): Promise<void> {
	await person.page.goto('about:blank');
	await relayIdle();
}

/** Waits until `writer`'s blob on the relay, opened with the invite's secret, holds `text`. */
async function relayHolds(document: string, writer: 'owner' | 'supporter', link: string, text: string): Promise<void> {
	await expect.poll(() => relayPlaintext(document, writer, link), { timeout: 15_000 }).toContain(text);
}

/** "10:14" in the tests' time zone, for every minute from `from` to `to`. */
function minutesBetween(from: number, to: number): string[] {
	const format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
	const minutes = new Set<string>();
	for (let at = from - 60_000; at <= to + 60_000; at += 30_000) minutes.add(format.format(at));
	return [...minutes];
}

test('never online together: the supporter joins, sees each ticked step “as of” the owner’s time, the owner sees each message; five alternations converge', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10']);
	const known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const document = await newRelayDocument(known);
	await relayHolds(document, 'owner', link, 'Screens off at 10');
	await close(owner);

	// The owner's Tandem is closed: the board comes from the relay.
	await join(supporter.page, link, 'Sam');
	const boardUrl = supporter.page.url();
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	await expect(sleep).toContainText('0 of 1 steps done');
	await expect(boardStatus(supporter.page)).toContainText(/As of \w+day \d\d:\d\d/);
	await expect(supporter.page.getByText(/^\s*Live/)).toHaveCount(0);
	await close(supporter);

	for (let cycle = 1; cycle <= 5; cycle++) {
		// The owner adds and ticks a step, then closes Tandem.
		await owner.page.goto(goalUrl);
		const steps = owner.page.getByRole('region', { name: 'Steps' });
		await steps.getByLabel('A new step').fill(`Step ${cycle}`);
		await steps.getByRole('button', { name: 'Add step' }).click();
		const tickedFrom = Date.now();
		await steps.getByRole('checkbox', { name: `Step ${cycle}` }).check();
		await relayHolds(document, 'owner', link, `{"text":"Step ${cycle}","done":true}`);
		const tickedBy = Date.now();
		await close(owner);

		// The supporter opens later and sees it, as of the owner's own time.
		await supporter.page.goto(boardUrl);
		await expect(sleep.getByRole('list', { name: 'Steps for Sleep better' })).toContainText(`Step ${cycle}`);
		await expect(sleep).toContainText(`${cycle} of ${cycle + 1} steps done`);
		const status = (await boardStatus(supporter.page).textContent()) ?? '';
		expect(minutesBetween(tickedFrom, tickedBy).some((minute) => status.includes(minute))).toBe(true);
		expect(status).toMatch(/As of \w+day \d\d:\d\d \((just now|1 minute ago)\)/);

		// The supporter writes, then closes.
		await supporter.page.getByLabel('Write some encouragement').fill(`Cheer ${cycle}`);
		await supporter.page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Send' }).click();
		await relayHolds(document, 'supporter', link, `Cheer ${cycle}`);
		await close(supporter);

		// The owner opens later and sees it.
		await owner.page.goto('/sharing');
		await expect(owner.page.getByRole('region', { name: 'Sam' })).toContainText(`Cheer ${cycle}`);
	}
	// Everything from every cycle is on both sides, once.
	for (let cycle = 1; cycle <= 5; cycle++) {
		await expect(owner.page.getByRole('region', { name: 'Sam' }).getByText(`Cheer ${cycle}`, { exact: true })).toHaveCount(1);
	}
	await close(owner);
	await supporter.page.goto(boardUrl);
	await expect(sleep).toContainText('5 of 6 steps done');
	await expect(supporter.page.getByRole('region', { name: 'Messages' }).getByText(/^Cheer \d$/)).toHaveCount(5);
	expect([...owner.cspViolations, ...supporter.cspViolations]).toEqual([]);
	await owner.context.close();
	await supporter.context.close();
});

test('honest freshness: a board written three days ago says so, “live” shows only while the owner’s Tandem is open and goes within seconds of it closing', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const threeDaysAgo = Date.now() - 3 * 86_400_000;
	// The owner's Tandem runs three days in the past: every time it writes is its own clock's.
	await owner.page.clock.setFixedTime(threeDaysAgo);
	await addGoal(owner.page, 'Walk every day', ['Walk to the shop']);
	const known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const document = await newRelayDocument(known);
	await relayHolds(document, 'owner', link, 'Walk to the shop');
	await close(owner);

	await join(supporter.page, link, 'Sam');
	const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/London' }).format(threeDaysAgo);
	const status = boardStatus(supporter.page);
	await expect(status).toContainText(`As of ${weekday}`);
	await expect(status).toContainText('(3 days ago)');
	await expect(status).not.toContainText('just now');
	const boardUrl = supporter.page.url();

	// Both open: live. The owner closes: within seconds it is "as of" again.
	await owner.page.clock.setFixedTime(Date.now());
	await owner.page.goto('/sharing');
	await expect(status).toContainText('Live', { timeout: 30_000 });
	await owner.page.goto('about:blank');
	await expect(status).not.toContainText('Live', { timeout: 8_000 });
	await expect(status).toContainText('As of');

	// The list of boards says the same.
	await supporter.page.goto('/boards');
	await expect(supporter.page.getByRole('link', { name: 'Alex' })).toContainText(/As of \w+day/);
	await supporter.page.goto(boardUrl);
	await owner.context.close();
	await supporter.context.close();
});

test('stopped while the supporter was offline: their next open says so and deletes the copy', async ({ browser }) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	await addGoal(owner.page, 'Sleep better', ['Screens off at 10']);
	const known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const document = await newRelayDocument(known);
	await join(supporter.page, link, 'Sam');
	const boardUrl = supporter.page.url();
	await supporter.page.getByLabel('Write some encouragement').fill('See you Monday');
	await supporter.page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Send' }).click();
	await relayHolds(document, 'supporter', link, 'See you Monday');
	expect((await storedBoardText(supporter.page)).databases).toBe(1);
	// The supporter closes Tandem (the owner's stays open).
	await supporter.page.goto('about:blank');

	await owner.page.goto('/sharing');
	const card = owner.page.getByRole('region', { name: 'Sam' });
	await card.getByRole('button', { name: 'Stop sharing' }).click();
	await card.getByRole('button', { name: 'Stop sharing' }).last().click();
	await expect(owner.page.getByText('You aren’t sharing with anyone.')).toBeVisible();
	await expect(owner.page.getByRole('status').filter({ hasText: 'Stopped sharing with Sam' })).toContainText(
		'Their copy of your board is deleted the next time their Tandem opens'
	);
	// The relay keeps only the sealed "ended" state: the supporter's part is gone from it.
	await expect.poll(() => readBlobs(document).has('supporter')).toBe(false);
	const ended = await relayPlaintext(document, 'owner', link);
	expect(ended).toContain('ended');
	for (const gone of ['Screens off at 10', 'Sleep better', 'See you Monday']) expect(ended).not.toContain(gone);
	await close(owner);

	await supporter.page.goto(boardUrl);
	await expect(supporter.page.getByText('Alex stopped sharing')).toBeVisible({ timeout: 15_000 });
	await expect(supporter.page.getByText('Screens off at 10')).toHaveCount(0);
	await expect.poll(async () => (await storedBoardText(supporter.page)).databases).toBe(0);
	await owner.context.close();
	await supporter.context.close();
});

test('a relay that replays an old blob, flips bits or serves another board’s blob is refused: the board unchanged, a clear message', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10', 'Same wake time']);
	let known = relayDocuments();
	const link = await invite(owner.page, 'Sam');
	const sams = await newRelayDocument(known);
	known = relayDocuments();
	const kimsLink = await invite(owner.page, 'Kim');
	const kims = await newRelayDocument(known);
	await relayHolds(kims, 'owner', kimsLink, 'Same wake time');
	await relayHolds(sams, 'owner', link, 'Same wake time');
	await close(owner);

	await join(supporter.page, link, 'Sam');
	const boardUrl = supporter.page.url();
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	await expect(sleep).toContainText('0 of 2 steps done');
	await close(supporter);
	const old = readBlobs(sams);

	await owner.page.goto(goalUrl);
	await owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'Screens off at 10' }).check();
	await relayHolds(sams, 'owner', link, '{"text":"Screens off at 10","done":true}');
	await close(owner);
	await supporter.page.goto(boardUrl);
	await expect(sleep).toContainText('1 of 2 steps done');
	await close(supporter);
	const genuine = readBlobs(sams);

	const tampered: [string, Map<string, Uint8Array>, RegExp][] = [
		['an older blob served again', new Map([...genuine, ['owner', old.get('owner')!]]), /older copy of this board/],
		[
			'a flipped bit',
			new Map([...genuine, ['owner', Uint8Array.from(genuine.get('owner')!, (byte, at) => (at === 40 ? byte ^ 4 : byte))]]),
			/isn’t genuine/
		],
		['another board’s blob', new Map([...genuine, ['owner', readBlobs(kims).get('owner')!]]), /isn’t genuine/]
	];
	for (const [what, blobs, message] of tampered) {
		writeBlobs(sams, blobs);
		await supporter.page.goto(boardUrl);
		await expect(supporter.page.getByRole('alert'), what).toContainText(message);
		await expect(supporter.page.getByRole('alert'), what).toContainText('the board below is unchanged');
		await expect(sleep, what).toContainText('1 of 2 steps done');
		await close(supporter);
	}
	writeBlobs(sams, genuine);
	await supporter.page.goto(boardUrl);
	await expect(sleep).toContainText('1 of 2 steps done');
	await expect(supporter.page.getByRole('alert')).toHaveCount(0);
	await owner.context.close();
	await supporter.context.close();
});

test('a relay that is down: live sharing still works, and the board says updates wait for both', async ({ browser }) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	for (const person of [owner, supporter]) await person.context.routeWebSocket(/:4455/, (socket) => socket.close());
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10']);
	const link = await invite(owner.page, 'Sam');
	await join(supporter.page, link, 'Sam');
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	await expect(boardStatus(supporter.page)).toContainText('Live');
	await owner.page.goto(goalUrl);
	await owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'Screens off at 10' }).check();
	await expect(sleep).toContainText('1 of 1 steps done');
	await owner.page.goto('/sharing');
	await expect(owner.page.getByRole('region', { name: 'Sam' })).toContainText('The relay can’t be reached right now');
	await owner.page.goto('about:blank');
	await expect(boardStatus(supporter.page)).toContainText('As of', { timeout: 15_000 });
	await expect(
		supporter.page.getByText('The relay can’t be reached right now, so updates wait until you are both online.')
	).toBeVisible();

	// Stopping now, with the supporter's Tandem closed too, tells nobody: the owner is told so, and what to do.
	await supporter.page.goto('about:blank');
	await owner.page.goto('/sharing');
	const card = owner.page.getByRole('region', { name: 'Sam' });
	await card.getByRole('button', { name: 'Stop sharing' }).click();
	await expect(card).toContainText('the relay tells it, if the relay can be reached now');
	await card.getByRole('button', { name: 'Stop sharing' }).last().click();
	const stopped = owner.page.getByRole('status').filter({ hasText: 'Stopped sharing with Sam' });
	await expect(stopped).toContainText('The relay couldn’t be reached and their Tandem wasn’t connected, so it hasn’t been told', {
		timeout: 15_000
	});
	await expect(stopped).toContainText('You may want to tell Sam yourself.');
	await owner.context.close();
	await supporter.context.close();
});
