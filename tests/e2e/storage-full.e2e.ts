/**
 * A nearly full phone: the origin's quota is limited through the DevTools protocol before Tandem's
 * first page opens its database (Chromium fixes the quota then), and the space is then filled by
 * another database of the same site, so Tandem's next write hits the limit. Freeing space on the device
 * raises the origin's quota, as it does on a phone.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { dumpDatabase } from './support/db-dump';
import { DataOnDevice } from './support/data-on-device';
import { tenYearBackup } from '../fixtures/tenYears';
import { addGoal } from './support/sharing';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const QUOTA_BYTES = 12 * 1024 * 1024;

/** A fresh context whose origin may store QUOTA_BYTES, confirmed by the browser itself. */
async function limitQuota(page: Page, baseURL: string): Promise<CDPSession> {
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(baseURL).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });
	await page.goto('/');
	const { quota } = await cdp.send('Storage.getUsageAndQuota', { origin });
	expect(quota).toBe(QUOTA_BYTES);
	return cdp;
}

/** Fills what is left of the quota with another database, down to a few hundred bytes. */
async function fillTheDevice(page: Page): Promise<void> {
	const stored = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('filler');
			request.onupgradeneeded = () => request.result.createObjectStore('blobs', { autoIncrement: true });
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const put = (size: number) =>
			new Promise<boolean>((resolve) => {
				// Random bytes: the store compresses repeated ones to almost nothing.
				const bytes = new Uint8Array(size);
				for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
				const transaction = db.transaction('blobs', 'readwrite');
				transaction.objectStore('blobs').add(bytes);
				transaction.oncomplete = () => resolve(true);
				transaction.onabort = () => resolve(false);
			});
		let total = 0;
		for (let size = 1024 * 1024; size >= 256; size = Math.floor(size / 2)) {
			while (await put(size)) total += size;
		}
		db.close();
		return total;
	});
	expect(stored).toBeGreaterThan(1024 * 1024);
}

/**
 * Frees space on the device. A browser gives an origin a share of the free disk, so a person deleting
 * photos raises Tandem's quota: that is what this does. (Deleting the filler database instead does not
 * work as a test: Chromium gives a deleted database's space back to the origin only a minute or more
 * later.)
 */
async function freeTheDevice(cdp: CDPSession, baseURL: string): Promise<void> {
	const origin = new URL(baseURL).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * QUOTA_BYTES });
	const { quota, usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
	expect(quota - usage).toBeGreaterThan(QUOTA_BYTES / 2);
}

const OUT_OF_SPACE = /this device is out of space for Tandem\. Nothing from this save was kept\./;

test('a check-in saved on a full device says so and keeps the note; once space is freed the same save works', async ({
	page,
	baseURL
}) => {
	const cdp = await limitQuota(page, baseURL!);
	await page.goto('/journal/day');
	await page.getByRole('button', { name: /Okay$/ }).first().click();
	const note = 'Walked to the shop and back. Slept badly but the morning was calmer than yesterday. '.repeat(12);
	await page.getByLabel('Note', { exact: true }).fill(note);
	await fillTheDevice(page);

	await page.getByRole('button', { name: 'Save check-in' }).click();
	const problem = page.getByRole('alert').filter({ hasText: 'Tandem couldn’t save this check-in' });
	await expect(problem).toContainText(OUT_OF_SPACE);
	await expect(problem).toContainText('make a backup');
	// Still on the form, with everything typed.
	await expect(page).toHaveURL(/\/journal\/day/);
	await expect(page.getByLabel('Note', { exact: true })).toHaveValue(note);
	expect((await dumpDatabase(page)).checkins).toEqual([]);

	await freeTheDevice(cdp, baseURL!);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');
	await expect(problem).toHaveCount(0);
	const { checkins } = await dumpDatabase(page);
	expect(checkins).toHaveLength(1);
	expect(checkins[0]).toMatchObject({ mood: 3, note: note.trim() });
});

test('a dose marked on a full device says it was not kept, and stays unmarked', async ({ page, baseURL }) => {
	await page.clock.install({ time: new Date('2026-05-10T11:00:00Z') });
	await limitQuota(page, baseURL!);
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	await page.goto('/');
	const row = page.getByRole('region', { name: 'Today’s medication' }).getByRole('listitem', { name: /^Sertraline / });
	await expect(row.getByRole('button', { name: 'Taken Sertraline 50 mg' })).toBeVisible();
	await fillTheDevice(page);

	await row.getByRole('button', { name: 'Taken Sertraline 50 mg' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Tandem couldn’t record this dose as taken' })).toContainText(
		OUT_OF_SPACE
	);
	await expect(row.getByRole('button', { name: 'Taken Sertraline 50 mg' })).toBeVisible();
	await expect(row.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
	expect((await dumpDatabase(page)).doseEvents).toEqual([]);
});

test('a step ticked or reworded on a full device says it was not kept: the box stays unticked, the new words stay in the field', async ({
	page,
	baseURL
}) => {
	await limitQuota(page, baseURL!);
	const goalUrl = await addGoal(page, 'Sleep better', ['Screens off at 10']);
	await page.goto(goalUrl);
	const steps = page.getByRole('region', { name: 'Steps' });
	const step = steps.getByRole('checkbox', { name: 'Screens off at 10' });
	await fillTheDevice(page);

	await step.click();
	await expect(page.getByRole('alert').filter({ hasText: 'Tandem couldn’t tick this step' })).toContainText(OUT_OF_SPACE);
	await expect(step).not.toBeChecked();
	expect((await dumpDatabase(page)).goalSteps).toEqual([expect.objectContaining({ doneAt: null })]);

	await steps.getByRole('button', { name: 'Reword “Screens off at 10”' }).click();
	const field = steps.getByLabel('Reword step 1');
	await field.fill('Screens off at half past nine');
	await steps.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Tandem couldn’t save this step' })).toContainText(OUT_OF_SPACE);
	await expect(field).toHaveValue('Screens off at half past nine');
	expect((await dumpDatabase(page)).goalSteps).toEqual([expect.objectContaining({ text: 'Screens off at 10' })]);
});

test('a restore too large for the space left is refused, in plain words, with the old data intact', async ({ page, baseURL }) => {
	test.setTimeout(180_000);
	await limitQuota(page, baseURL!);
	await page.goto('/journal/day');
	await page.getByRole('button', { name: /Good$/ }).first().click();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');
	const before = await dumpDatabase(page);

	const data = new DataOnDevice(page);
	await data.open();
	await data.choose({ name: 'ten-years.json', buffer: Buffer.from(JSON.stringify(tenYearBackup())) });
	await data.confirmation.getByRole('button', { name: 'Replace everything with this backup' }).click();
	const refusal = page.getByRole('alert').filter({ hasText: 'There isn’t enough space on this device for this backup' });
	await expect(refusal).toBeVisible({ timeout: 120_000 });
	await expect(refusal).toContainText('nothing was changed: your data is as it was');
	await expect(refusal).not.toContainText('QuotaExceededError');
	expect(await dumpDatabase(page)).toEqual(before);
});
