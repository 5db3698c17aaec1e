import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { byId, tenYearBackup } from '../fixtures/tenYears';
import { dumpDatabase } from './support/db-dump';
import { DataOnDevice } from './support/data-on-device';
import { expect, test, type Page } from './support/test';
import { expectNoViolations } from './support/axe';

const PASSCODE = '482916';

async function turnOnLock(page: Page, idle = '5'): Promise<void> {
	await page.goto('/settings');
	const lock = page.getByRole('region', { name: 'App lock' });
	await lock.getByLabel('New passcode').fill(PASSCODE);
	await lock.getByLabel('The same again').fill('48291');
	await lock.getByLabel('Lock again after').selectOption(idle);
	await lock.getByRole('button', { name: 'Turn on app lock' }).click();
	await expect(lock.getByRole('alert')).toHaveText('The two entries are not the same.');
	await lock.getByLabel('The same again').fill(PASSCODE);
	await lock.getByRole('button', { name: 'Turn on app lock' }).click();
	await expect(lock.getByRole('alert')).toHaveText('Please tick that you understand what a forgotten lock means.');
	await lock.getByLabel(/I understand/).check();
	await lock.getByRole('button', { name: 'Turn on app lock' }).click();
	await expect(lock.getByRole('status')).toContainText('App lock is on.');
}

async function unlock(page: Page, secret = PASSCODE): Promise<void> {
	await page.getByLabel('Passcode', { exact: true }).fill(secret);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

const locked = (page: Page) => page.getByRole('heading', { level: 1, name: 'Tandem is locked' });

test('the app lock blocks every screen until the passcode is given, and stores only a slow hash', async ({ page }) => {
	await turnOnLock(page);
	const stored = await page.evaluate(() => localStorage.getItem('tandem-lock') ?? '');
	expect(stored).not.toContain(PASSCODE);
	expect(JSON.parse(stored)).toMatchObject({ kind: 'passcode', iterations: 600_000, idleMinutes: 5 });

	for (const path of ['/', '/journal', '/meds', '/goals', '/therapy/thoughts', '/report', '/settings']) {
		await page.goto(path);
		await expect(locked(page)).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	}
	// Crisis lines stay one tap away while locked.
	await page.getByRole('button', { name: 'Get help now' }).click();
	await expect(page.getByRole('heading', { name: 'Crisis lines' })).toBeVisible();

	await unlock(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

	// Turning it off needs the current passcode.
	const lock = page.getByRole('region', { name: 'App lock' });
	await lock.getByRole('button', { name: 'Turn off app lock' }).click();
	await lock.getByLabel('Current passcode').fill('000000');
	await lock.getByRole('button', { name: 'Turn off', exact: true }).click();
	await expect(lock.getByRole('alert')).toHaveText('That’s not the current one, so the lock stays on.');
	await lock.getByLabel('Current passcode').fill(PASSCODE);
	await lock.getByRole('button', { name: 'Turn off', exact: true }).click();
	await expect(lock.getByRole('status')).toHaveText('App lock is off.');
	await page.goto('/journal');
	await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
});

test('wrong passcodes wait longer each time, and idle minutes lock Tandem again', async ({ page }) => {
	await page.clock.install();
	await turnOnLock(page, '1');
	await page.reload();
	await expect(locked(page)).toBeVisible();

	await unlock(page, '111111');
	await expect(page.getByRole('status')).toHaveText('That’s not it. Please try again.');
	await unlock(page, '222222');
	await expect(page.getByRole('status')).toHaveText('That’s not it. Please try again.');
	await unlock(page, '333333');
	await expect(page.getByRole('status')).toHaveText(/Too many tries\. You can try again in [45] seconds\./);
	await expect(page.getByLabel('Passcode', { exact: true })).toBeDisabled();
	await page.clock.fastForward(6_000);
	await unlock(page, '444444');
	await expect(page.getByRole('status')).toHaveText(/Too many tries\. You can try again in (9|10) seconds\./);
	await page.clock.fastForward(11_000);
	await unlock(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	// A minute with no touch or key locks Tandem again.
	await page.clock.fastForward('01:10');
	await expect(locked(page)).toBeVisible();
	await unlock(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('Delete everything removes the app lock: Settings shows none, and idle minutes no longer lock Tandem', async ({ page }) => {
	await page.clock.install();
	await turnOnLock(page, '1');
	await page.evaluate(() => localStorage.setItem('tandem-acknowledged-nudges', JSON.stringify(['nudge-1'])));

	await new DataOnDevice(page).deleteEverything();

	const lock = page.getByRole('region', { name: 'App lock' });
	await expect(lock.getByRole('button', { name: 'Turn on app lock' })).toBeVisible();
	await expect(lock.getByRole('button', { name: 'Turn off app lock' })).toHaveCount(0);
	await expect(lock).not.toContainText('On —');
	expect(
		await page.evaluate(() =>
			['tandem-lock', 'tandem-lock-tries', 'tandem-acknowledged-nudges'].map((key) => localStorage.getItem(key))
		)
	).toEqual([null, null, null]);

	// Twice the idle minutes with no touch: the deleted passcode must not lock Tandem.
	await page.clock.fastForward('02:10');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(locked(page)).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(locked(page)).toHaveCount(0);
});

test('an encrypted backup of ten years opens only with its passphrase; a wrong one or a changed byte changes nothing', async ({
	page
}) => {
	test.setTimeout(240_000);
	const data = new DataOnDevice(page);
	await data.open();
	const fixture = tenYearBackup();
	await data.restore({ name: 'ten-years.json', buffer: Buffer.from(JSON.stringify(fixture)) });

	await page.getByRole('button', { name: 'Back up with a passphrase' }).click();
	await page.getByLabel('Passphrase', { exact: true }).fill('short');
	await page.getByLabel('The same passphrase again').fill('short');
	await page.getByRole('button', { name: 'Save encrypted backup' }).click();
	await expect(page.getByRole('alert')).toHaveText('Please use at least 10 characters — a few unrelated words work well.');
	await page.getByLabel('Passphrase', { exact: true }).fill('river lantern maple');
	await page.getByLabel('The same passphrase again').fill('river lantern maple');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save encrypted backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^tandem-backup-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
	const sealed = await readFile((await file.path())!, 'utf8');
	const envelope = JSON.parse(sealed);
	expect(envelope).toMatchObject({
		format: 'tandem-backup-encrypted',
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }
	});
	// No record text is readable in the file.
	expect(sealed).not.toContain('Sertraline');
	expect(sealed).not.toContain('checkins');

	await data.deleteEverything();
	const empty = await dumpDatabase(page);

	const restoreSealed = async (text: string, passphrase: string) => {
		await page
			.getByLabel('Backup file to restore')
			.setInputFiles({ name: 'sealed.encrypted.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await page.getByLabel('Passphrase of the backup').fill(passphrase);
		await page.getByRole('button', { name: 'Open backup' }).click();
	};
	const refusal = 'This passphrase doesn’t open this backup — or the file was changed after it was made. Nothing was restored.';
	await restoreSealed(sealed, 'river lantern maples');
	await expect(page.getByRole('alert')).toHaveText(refusal);
	expect(await dumpDatabase(page)).toEqual(empty);

	const bytes = Buffer.from(envelope.data, 'base64');
	bytes[1_000] ^= 0x01;
	await page.getByRole('button', { name: 'Cancel' }).click();
	await restoreSealed(JSON.stringify({ ...envelope, data: bytes.toString('base64') }), 'river lantern maple');
	await expect(page.getByRole('alert')).toHaveText(refusal);
	expect(await dumpDatabase(page)).toEqual(empty);

	await page.getByRole('button', { name: 'Cancel' }).click();
	await restoreSealed(sealed, 'river lantern maple');
	await expect(data.confirmation).toContainText('records');
	await data.confirmation.getByRole('button', { name: 'Replace everything with this backup' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored/ })).toBeVisible({ timeout: 60_000 });
	const restored = await data.backUp();
	expect(restored.json.tables).toEqual({ ...byId(fixture.tables), settings: restored.json.tables.settings });
});

test('every built page carries the content security policy', async () => {
	const root = join(process.cwd(), process.env.TANDEM_OUT_DIR ?? 'build');
	const pages: string[] = [];
	const walk = async (dir: string) => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) await walk(join(dir, entry.name));
			else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
		}
	};
	await walk(root);
	expect(pages.length).toBeGreaterThan(20);
	for (const file of pages) {
		const html = await readFile(file, 'utf8');
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(policy, file).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;| 'sha256)/);
		expect(policy, file).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(policy, file).toContain("object-src 'none'");
		expect(policy, file).toContain("base-uri 'none'");
		expect(policy, file).toMatch(/connect-src 'self'( ws:\/\/[^ ;]+)*;/);
		expect(policy, file).toContain("default-src 'self'");
	}
});

test('the privacy screen counts what is stored and has no accessibility violations, light and dark', async ({ page }) => {
	await page.goto('/journal/day');
	await page.getByRole('button', { name: 'Okay', exact: true }).click();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/privacy');
		const stored = page.getByRole('region', { name: 'What is stored on this device' });
		await expect(stored.getByRole('row', { name: 'Check-ins 1' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'When you share a goal board' })).toContainText('never what is sent');
		await expectNoViolations(page, scheme);
	}
});

test('fingerprint or face unlocks Tandem where the device has a platform authenticator', async ({ page, context }) => {
	// Chromium's virtual authenticator stands in for a phone's fingerprint reader, with the user verified.
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true }
	});
	await turnOnLock(page);
	const lock = page.getByRole('region', { name: 'App lock' });
	await lock.getByRole('button', { name: 'Also unlock with fingerprint or face' }).click();
	await expect(lock.getByRole('status')).toHaveText('Fingerprint or face unlock added for this device.');
	await expect(lock).toContainText('with a passcode, or fingerprint or face');

	await page.reload();
	await expect(locked(page)).toBeVisible();
	await page.getByRole('button', { name: 'Use fingerprint or face' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
