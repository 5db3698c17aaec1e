import { expect, test } from './support/test';
import { BACKUP_VERSION } from '$lib/domain/backup';
import { BAD_BACKUPS } from '../fixtures/badBackups';
import { byId, monthBackup, tenYearBackup } from '../fixtures/tenYears';
import { dumpDatabase } from './support/db-dump';
import { DataOnDevice } from './support/data-on-device';

const asFile = (name: string, value: unknown) => ({ name, buffer: Buffer.from(JSON.stringify(value)) });

test('a ten-year backup survives export, delete everything, and restore exactly', async ({ page }) => {
	// Two ten-year restores (about 25 s each with this Chromium's IndexedDB, more on a busy machine), an export and a delete.
	test.setTimeout(360_000);
	const data = new DataOnDevice(page);
	await data.open();
	const fixture = tenYearBackup();
	await data.choose(asFile('ten-years.json', fixture));
	await data.confirmation.getByRole('button', { name: 'Replace everything with this backup' }).click();
	// Ten years take seconds to write: a progress bar says how far it has got, and goes when it is done.
	await expect(page.getByRole('progressbar', { name: /^Restoring: \d+% written/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Restored/ })).toBeVisible({ timeout: 120_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);

	const first = await data.backUp();
	expect(first.name).toMatch(/^tandem-backup-\d{4}-\d{2}-\d{2}\.json$/);
	// Schema 2 (one schedule a day, due times kept) writes backup format 2.
	expect(first.json).toMatchObject({ format: 'tandem-backup', version: BACKUP_VERSION, schemaVersion: 3 });
	expect(first.json.appVersion).toMatch(/^\d+\.\d+\.\d+/);
	expect(Date.parse(first.json.exportedAt as string)).not.toBeNaN();
	expect(first.json.tables).toEqual(byId(fixture.tables));

	await data.deleteEverything();
	const emptied = await dumpDatabase(page);
	// Only fresh default settings come back, as on a first visit; every record of the person is gone.
	const { settings: fresh, ...records } = emptied;
	expect(Object.values(records).flat()).toHaveLength(0);
	expect(fresh).toHaveLength(1);
	expect(fresh[0]).toMatchObject({ lastBackupAt: null, routineSetAt: null, customCrisisLines: [] });

	await data.restore(asFile(first.name, first.json));
	const second = await data.backUp();
	expect(second.json.tables).toEqual(first.json.tables);
});

test('the restore confirmation says what the file holds before anything changes', async ({ page }) => {
	const data = new DataOnDevice(page);
	await data.open();
	const before = await dumpDatabase(page);
	await data.choose(asFile('month.json', monthBackup()));
	await expect(data.confirmation).toContainText('Check-ins');
	await expect(data.confirmation.getByRole('row', { name: /Check-ins 30/ })).toBeVisible();
	await data.confirmation.getByRole('button', { name: 'Cancel' }).click();
	await expect(data.confirmation).toBeHidden();
	expect(await dumpDatabase(page)).toEqual(before);
});

test(`${BAD_BACKUPS.length} broken backup files are each refused with their own message, changing nothing`, async ({ page }) => {
	test.setTimeout(180_000);
	const data = new DataOnDevice(page);
	await data.open();
	await data.restore(asFile('good.json', monthBackup(3)));
	const before = await dumpDatabase(page);
	expect(before.checkins).toHaveLength(30);

	for (const bad of BAD_BACKUPS) {
		const contents = bad.contents();
		await data.choose({ name: `${bad.name}.json`, buffer: Buffer.from(contents) });
		await expect(page.getByRole('alert'), bad.name).toHaveText(bad.message);
		await expect(data.confirmation, bad.name).toBeHidden();
	}
	expect(await dumpDatabase(page)).toEqual(before);
});

test('closing the page in the middle of a restore leaves the old data intact', async ({ page, context }) => {
	test.setTimeout(180_000);
	const data = new DataOnDevice(page);
	await data.open();
	await data.restore(asFile('old.json', monthBackup(4)));
	const before = await dumpDatabase(page);

	await data.choose(asFile('ten-years.json', tenYearBackup()));
	await data.confirmation.getByRole('button', { name: 'Replace everything with this backup' }).click();
	await expect(page.getByRole('button', { name: 'Restoring…' })).toBeVisible();
	await page.close();

	const again = await context.newPage();
	await again.goto('/settings');
	expect(await dumpDatabase(again)).toEqual(before);
});
