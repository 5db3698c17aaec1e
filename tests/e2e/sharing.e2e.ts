/**
 * Sharing on one device (the two-browser tests are *.p2p.ts, run in a private network namespace): no
 * network and no sharing code until the person shares; the invite form, the join screen and the
 * settings refuse bad input kindly; the screens pass axe in light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from './support/app';
import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';

/** The built file behind a script URL, as text. */
const builtScript = (url: string) => readFileSync(join('build', new URL(url).pathname), 'utf8');

/** The relay's client names itself in its key-derivation labels and Hocuspocus in its warnings. */
const isRelayCode = (url: string) => /tandem relay board key|HocuspocusProvider/.test(builtScript(url));

test('until the person shares, nothing connects anywhere and neither the sharing nor the relay code is loaded, not even on the Sharing screens; an invite connects only to the signaling server and the relay', async ({
	page,
	baseURL
}) => {
	const requests: string[] = [];
	const sockets: string[] = [];
	const scripts: string[] = [];
	const errors: string[] = [];
	page.context().on('weberror', (error) => errors.push(String(error.error())));
	page.on('request', (request) => requests.push(request.url()));
	page.on('websocket', (socket) => sockets.push(socket.url()));
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.url());
	});

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	// y-webrtc names itself in its log module: no first-page script carries it.
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((url) => builtScript(url).includes('y-webrtc'))).toEqual([]);
	expect(scripts.filter(isRelayCode)).toEqual([]);

	for (const route of ROUTES) {
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	}
	expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
	expect(sockets).toEqual([]);
	// Not even the Sharing, invite and join screens load Yjs, y-webrtc or the relay while nothing is shared or held.
	expect(scripts.filter((url) => builtScript(url).includes('y-webrtc'))).toEqual([]);
	expect(scripts.filter(isRelayCode)).toEqual([]);

	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill('Sam');
	await page.getByLabel('Your name, as they will see it').fill('Alex');
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('heading', { name: 'Invite ready' })).toBeVisible();
	// Now, and only now, the app looks for the supporter, and only at the build's signaling server and relay.
	await expect.poll(() => new Set(sockets).size).toBe(2);
	expect(new Set(sockets)).toEqual(new Set(['ws://127.0.0.1:4444/', 'ws://127.0.0.1:4455/']));
	expect(scripts.some(isRelayCode)).toBe(true);
	// No relay answers in this suite: that is a status on the Sharing screen, never an error in the page.
	await page.goto('/sharing');
	await expect(page.getByRole('region', { name: 'Sam' })).toContainText('The relay can’t be reached right now');
	expect(errors).toEqual([]);
	expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
	// And from the next start on, sharing loads with the app (a share exists).
	scripts.length = 0;
	await page.goto('/');
	await expect.poll(() => scripts.some((url) => builtScript(url).includes('y-webrtc'))).toBe(true);
});

test('the invite form asks for who and what, shows the link as text and QR code, and lists the person with their scope', async ({
	page
}) => {
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill('Sleep better');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill('Private goal');
	await page.getByRole('button', { name: 'Save goal' }).click();

	await page.goto('/sharing');
	await expect(page.getByText('You aren’t sharing with anyone.')).toBeVisible();
	await page.getByRole('link', { name: 'Invite someone' }).click();
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Who is this invite for? Choose someone or type their name.');
	await page.getByLabel('Their name').fill('Dr Lee');
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Add your name as they will see it on the board.');
	await page.getByLabel('Your name, as they will see it').fill('Alex');
	await page.getByRole('radio', { name: 'A clinician (therapist, doctor, nurse)' }).check();
	await page.getByRole('radio', { name: 'Only the goals I choose' }).check();
	// The person chooses what to share: no summary is ticked to begin with.
	for (const summary of [
		/How often I took my medication/,
		/My mood, sleep and energy/,
		/My doses in the next two days/,
		/My latest PHQ-9/
	]) {
		await expect(page.getByRole('checkbox', { name: summary })).not.toBeChecked();
	}
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose at least one thing to show: a goal, or one of the summaries.');
	await page.getByRole('checkbox', { name: 'Sleep better' }).check();
	await expect(page.getByText(/Never shared, not even as an option: your journal/)).toBeVisible();
	await expectNoViolations(page, 'invite form');
	await page.getByRole('button', { name: 'Create invite link' }).click();

	await expect(page.getByRole('heading', { name: 'Invite ready' })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Invite link for Dr Lee' }).inputValue();
	expect(link).toMatch(
		/\/join#v=1&room=[\w-]{22}&key=[\w-]{22,}&sig=ws%3A%2F%2F127\.0\.0\.1%3A4444&relay=ws%3A%2F%2F127\.0\.0\.1%3A4455$/
	);
	await expect(page.getByRole('img', { name: 'QR code of the invite link for Dr Lee' })).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoViolations(page, `invite ready, ${scheme}`);
	}

	await page.getByRole('link', { name: 'Done' }).click();
	const card = page.getByRole('region', { name: 'Dr Lee' });
	await expect(card).toContainText('Clinician · sees 1 chosen goal');
	await expect(card).not.toContainText('weekly adherence');
	await expect(card).toContainText('Hasn’t opened the invite yet');
	await card.getByRole('button', { name: 'Show invite link' }).click();
	await expect(card.getByRole('textbox', { name: 'Invite link for Dr Lee' })).toHaveValue(link);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoViolations(page, `sharing list, ${scheme}`);
	}

	// What they see can change later.
	await card.getByRole('button', { name: 'Change what they see' }).click();
	const scope = card.getByRole('form', { name: 'What Dr Lee sees' });
	await scope.getByRole('radio', { name: /All my goals/ }).check();
	await scope.getByRole('checkbox', { name: /How often I took my medication/ }).check();
	await scope.getByRole('button', { name: 'Save what they see' }).click();
	await expect(card).toContainText('Clinician · sees all goals, weekly adherence');
	await page.reload();
	await expect(page.getByRole('region', { name: 'Dr Lee' })).toContainText('sees all goals, weekly adherence');

	// Stopping works offline too (no supporter connected): the person disappears from the list.
	await card.getByRole('button', { name: 'Stop sharing' }).click();
	await card.getByRole('button', { name: 'Stop sharing' }).last().click();
	await expect(page.getByText('You aren’t sharing with anyone.')).toBeVisible();
});

test('a malformed or missing invite gets one kind sentence and no way to join', async ({ page }) => {
	for (const hash of [
		'',
		'#v=1&room=abc&key=abc',
		'#v=2&room=AAAAAAAAAAAAAAAAAAAAAA&key=BBBBBBBBBBBBBBBBBBBBBB&sig=ws%3A%2F%2Fx',
		'#<script>'
	]) {
		await page.goto('/');
		await page.goto(`/join${hash}`);
		await expect(page.getByRole('alert')).toContainText('This link doesn’t work.');
		await expect(page.getByRole('button', { name: 'Join board' })).toHaveCount(0);
	}
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoViolations(page, `join, ${scheme}`);
	}
});

test('Settings → Sharing accepts the person’s own servers and refuses what cannot work', async ({ page }) => {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Sharing' });
	// The servers sit under a folded "Advanced", so most people never meet them.
	await expect(section.getByLabel(/Introduction servers/)).toBeHidden();
	await section.getByText('Advanced').click();
	await section.getByLabel(/Introduction servers/).fill('https://signal.example.org');
	await section.getByRole('button', { name: 'Save sharing servers' }).click();
	await expect(section.getByRole('alert')).toHaveText(
		'Check the signaling servers: a signaling address must start with ws:// or wss://.'
	);
	// A server this build's security policy doesn't allow would be blocked by the browser: refused here, with the way out.
	await section.getByLabel(/Introduction servers/).fill('wss://signal.example.org');
	await section.getByRole('button', { name: 'Save sharing servers' }).click();
	await expect(section.getByRole('alert')).toContainText(
		'This copy of Tandem may only reach the signaling servers it was built with (ws://127.0.0.1:4444, ws://localhost:4444), so it can’t use wss://signal.example.org.'
	);
	await section.getByLabel(/Introduction servers/).fill('ws://localhost:4444');
	await section.getByLabel(/STUN and TURN servers/).fill('turn:turn.example.org:3478');
	await section.getByRole('button', { name: 'Save sharing servers' }).click();
	await expect(section.getByRole('alert')).toHaveText('Check the ICE servers: a TURN server needs a user name and a password.');
	await section.getByLabel(/STUN and TURN servers/).fill('turn:turn.example.org:3478 tandem s3cret');
	await section.getByRole('button', { name: 'Save sharing servers' }).click();
	await expect(section.getByRole('status')).toContainText('Saved.');
	await page.reload();
	await page.getByRole('region', { name: 'Sharing' }).getByText('Advanced').click();
	await expect(page.getByRole('region', { name: 'Sharing' }).getByLabel(/Introduction servers/)).toHaveValue(
		'ws://localhost:4444'
	);
	await expect(page.getByRole('region', { name: 'Sharing' }).getByLabel(/STUN and TURN servers/)).toHaveValue(
		'turn:turn.example.org:3478 tandem s3cret'
	);
	// New invites carry the person's server.
	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill('Sam');
	await page.getByLabel('Your name, as they will see it').fill('Alex');
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('textbox', { name: 'Invite link for Sam' })).toHaveValue(
		/&sig=ws%3A%2F%2Flocalhost%3A4444&relay=ws%3A%2F%2F127\.0\.0\.1%3A4455$/
	);

	// The relay is the person's choice too: with none, new invites name none (and sharing says updates need both online).
	await page.goto('/settings');
	const sharing = page.getByRole('region', { name: 'Sharing' });
	await sharing.getByText('Advanced').click();
	await expect(sharing.getByLabel(/Relay, for when you are not online/)).toHaveValue('ws://127.0.0.1:4455');
	await sharing.getByLabel(/Relay, for when you are not online/).selectOption({ label: 'None: updates need both of you online' });
	await sharing.getByRole('button', { name: 'Save sharing servers' }).click();
	await expect(sharing.getByRole('status')).toContainText('Saved.');
	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill('Kim');
	await page.getByLabel('Your name, as they will see it').fill('Alex');
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByText('Live updates need both of you online')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Invite link for Kim' })).not.toHaveValue(/relay=/);
});
