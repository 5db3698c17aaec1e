import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { fillLinearPlan } from './support/meds';
import { importFiles, occurrencesBetween } from '../fixtures/icalApply';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const START = Date.parse('2026-03-02T09:00:00Z');

/** "Download all doses" on the Meds screen, read as the browser saved it. */
async function downloadAllDoses(page: Page): Promise<string> {
	await page.goto('/meds');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download all doses (.ics)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('tandem-medication.ics');
	return readFile((await file.path())!, 'utf8');
}

/** The doses a calendar holds after importing the files in order, from 2 March to 30 April: 60 days. */
function heldDoses(...files: string[]): string[] {
	const wall = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/London',
		dateStyle: 'short',
		timeStyle: 'short',
		hourCycle: 'h23'
	});
	return occurrencesBetween(importFiles(...files), Date.parse('2026-03-02T00:00:00Z'), Date.parse('2026-05-01T00:00:00Z')).map(
		(dose) => `${wall.format(new Date(dose.at))} ${dose.summary}${dose.alarm ? '' : ' (silent)'}`
	);
}

const daily = (from: number, to: number, summary: string) =>
	Array.from({ length: to - from + 1 }, (_, i) => `2026-03-${String(from + i).padStart(2, '0')}, 07:30 ${summary}`);

test('a titration stopped part-way: the calendar downloaded again leaves no dose after the last day', async ({ page }) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: new Date(START) });
	await page.goto('/meds/new');
	await fillLinearPlan(page, { name: 'Sertraline', strength: '25', start: '25', step: '25', every: '7', target: '100' });
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	const before = await downloadAllDoses(page);
	// The first file alone rings on through every step, 100 mg with no end.
	expect(heldDoses(before).at(-1)).toMatch(/Sertraline 100 mg$/);

	await page.getByRole('link', { name: 'Sertraline' }).click();
	await page.getByRole('button', { name: 'Stop Sertraline…' }).click();
	await page.getByLabel('Last day of taking it').fill('2026-03-12');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await page.getByRole('button', { name: 'Stop Sertraline', exact: true }).click();
	await expect(page.getByText(/stopped 12 March 2026/)).toBeVisible();
	const after = await downloadAllDoses(page);

	const expected = [...daily(2, 8, 'Sertraline 25 mg'), ...daily(9, 12, 'Sertraline 50 mg')];
	expect(heldDoses(before, after)).toEqual(expected);
	// A calendar that only ever gets the second file holds the same.
	expect(heldDoses(after)).toEqual(expected);
});

test('“Download all doses” holds a cross-taper’s old medicine for as long as Today shows it', async ({ page }) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: new Date(START) });
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Amount (mg)').fill('100');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	await page.getByRole('link', { name: 'Switch to another medication' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Fluoxetine');
	await page.getByLabel('Moment').first().selectOption({ label: 'Breakfast' });
	await page.getByLabel('Amount (mg)').first().fill('20');
	await page.getByLabel('Cross-taper: keep taking Sertraline at a lower dose for a while').check();
	await page.getByLabel('Last day of Sertraline').fill('2026-03-08');
	await page.getByLabel('Amount (mg)').last().fill('50');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await page.getByRole('button', { name: 'Switch medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Fluoxetine' })).toBeVisible();

	const doses = heldDoses(await downloadAllDoses(page));
	expect(doses.filter((dose) => dose.includes('Sertraline'))).toEqual(daily(2, 8, 'Sertraline 50 mg'));
	expect(doses.filter((dose) => dose.includes('Fluoxetine'))).toHaveLength(60);
	await expect(page.getByRole('region', { name: 'Add to your calendar' })).toContainText(
		'it replaces the events of the earlier file and cancels the ones no longer in the plan'
	);
});
