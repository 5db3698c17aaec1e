import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { generateTenYears, tenYearBackup } from '../fixtures/tenYears';
import { DataOnDevice } from './support/data-on-device';
import { pdfPages } from './support/pdf';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const squash = (text: string) => text.replace(/\s+/g, '');

const SECTIONS = [
	'Questions for this appointment',
	'Mood, sleep, energy and stress',
	'Questionnaire scores',
	'Medication adherence',
	'Side effects',
	'Care changes',
	'Goal progress',
	'Coping tools and what helped'
];

test.describe('with ten years of data', () => {
	test.beforeEach(async ({ page }) => {
		test.setTimeout(240_000);
		const data = new DataOnDevice(page);
		await data.open();
		await data.restore({ name: 'ten-years.json', buffer: Buffer.from(JSON.stringify(tenYearBackup())) });
	});

	test('the last 3 months print to a PDF with every chosen section, flowing, the running head on each page', async ({ page }) => {
		await page.goto('/report');
		await page.getByRole('radio', { name: 'Last 3 months' }).check();
		await page.getByLabel('Your name on the report (optional)').fill('Alex Example');
		const report = page.getByRole('article', { name: /Tandem visit report/ });
		for (const title of SECTIONS) await expect(report.getByRole('heading', { level: 2, name: title })).toBeVisible();
		await expect(report.getByRole('region', { name: 'Medication adherence' })).toContainText('scheduled doses taken');
		await expect(report.getByRole('region', { name: 'Goal progress', exact: true }).getByRole('row')).not.toHaveCount(0);

		const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
		// pdf.js splits ligatures ("Side e ff ects"), so text is compared without its spaces.
		const all = squash(pages.join(' '));
		for (const title of SECTIONS) expect(all, title).toContain(squash(title));
		expect(all).toContain(squash('Alex Example'));
		expect(all).toContain(squash('Not a medical device'));
		// No navigation or controls on paper.
		expect(all).not.toContain(squash('Print or save as PDF'));
		expect(all).not.toContain(squash('Get help now'));
		// The sections follow one another (one moves to a new page only when it would split): a summary, not a book.
		expect(pages.length).toBeGreaterThanOrEqual(2);
		expect(pages.length).toBeLessThanOrEqual(8);
		// Every page carries the running head with the name and the period, once.
		for (const [index, text] of pages.entries()) {
			expect(
				squash(text).match(/Tandemvisitreport·AlexExample·\d+\w+\d{4}–\d+\w+\d{4}·printed\d+\w+\d{4}/g),
				`page ${index + 1}`
			).toHaveLength(1);
		}

		const letter = await pdfPages(await page.pdf({ format: 'Letter' }));
		expect(letter.length).toBeGreaterThanOrEqual(2);

		// Leaving sections out leaves them off the paper.
		await page.getByRole('checkbox', { name: 'Side effects' }).uncheck();
		await page.getByRole('checkbox', { name: 'Coping tools and what helped' }).uncheck();
		const fewer = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
		expect(fewer).not.toContain(squash('Coping tools and what helped'));
		expect(fewer).toContain(squash('Care changes'));
	});

	test('each CSV export parses back to one row per record, with a header and a BOM', async ({ page }) => {
		const data = generateTenYears();
		await page.goto('/report');
		const csv = page.getByRole('region', { name: 'Export for a spreadsheet' });
		for (const [button, count] of [
			['Check-ins (CSV)', data.checkins.length],
			['Doses (CSV)', data.doseEvents.length],
			['Side effects (CSV)', data.sideEffects.length],
			['Questionnaires (CSV)', data.assessments.length],
			['Care changes (CSV)', data.careChanges.length],
			['Goals (CSV)', data.goals.length],
			['Goal steps (CSV)', data.goalSteps.length]
		] as const) {
			const download = page.waitForEvent('download');
			await csv.getByRole('button', { name: button }).click();
			const file = await download;
			expect(file.suggestedFilename()).toMatch(/^tandem-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/);
			const text = await readFile(await file.path(), 'utf8');
			expect(text.startsWith('\uFEFF'), button).toBe(true);
			const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
			expect(parsed.errors, button).toEqual([]);
			expect(parsed.data.length - 1, button).toBe(count);
			expect(
				parsed.data.every((row) => row.length === parsed.data[0].length),
				button
			).toBe(true);
		}
		await expect(csv.getByRole('status')).toContainText('Goal steps: 150 rows saved');
	});
});

test('a custom period in the future or back to front is refused with a plain message', async ({ page }) => {
	await page.goto('/report');
	await page.getByRole('radio', { name: 'Choose dates' }).check();
	await page.getByLabel('From', { exact: true }).fill('2026-10-01');
	await page.getByLabel('To', { exact: true }).fill('2026-09-01');
	await expect(page.getByRole('alert')).toHaveText('The start date is after the end date.');
	await page.getByLabel('To', { exact: true }).fill('2099-01-01');
	await expect(page.getByRole('alert')).toHaveText('The report can’t cover days that haven’t happened yet.');
});

test('the report screen has no accessibility violations, light and dark', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/report');
		await expect(page.getByRole('article', { name: /Tandem visit report/ })).toBeVisible();
		await expectNoViolations(page, scheme);
	}
});
