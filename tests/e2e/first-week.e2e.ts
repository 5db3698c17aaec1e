/**
 * A person's first week, polished (issue 16, part A), at phone size (390 × 844) in light and dark, and
 * on a desktop for the pictures. "Typical" data is the last four weeks of the ten-year data
 * (tests/fixtures/typical.ts), seen on its last day; the goal map also opens with a newer person's
 * three goals. The tests leave screenshots in test-results/screenshots/ for a person to look at.
 */
import { expect, test, type Page } from './support/test';
import { CRISIS_TITLE, openCrisis, ROUTES } from './support/app';
import { expectNoViolations } from './support/axe';
import {
	DESKTOP,
	expectInFirstScreenful,
	expectNoSidewaysScroll,
	openWithData,
	PHONE,
	screenshot,
	SMALL_PHONE
} from './support/firstWeek';
import { pdfPages } from './support/pdf';
import { firstWeeksBackup, typicalMonthBackup } from '../fixtures/typical';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const SCHEMES = ['light', 'dark'] as const;

async function openPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
}

async function showReport(page: Page, name = ''): Promise<void> {
	await openPage(page, '/report');
	await page.getByRole('radio', { name: 'Last 4 weeks' }).check();
	if (name) await page.getByLabel('Your name on the report (optional)').fill(name);
	await expect(page.getByRole('article', { name: /Tandem visit report/ })).toContainText('4 October 2026 – 31 October 2026');
	await expect(page.getByRole('region', { name: 'Goal progress', exact: true }).getByRole('row')).not.toHaveCount(0);
}

/** Every goal-map node's box lies inside the map's viewport, and every word on it is 12 px or more. */
async function expectWholeMapReadable(page: Page): Promise<void> {
	const map = page.getByRole('group', { name: /^Your goal map: \d+ goals?/ });
	await expect(map).toBeVisible();
	const facts = await map.evaluate((svg) => {
		const frame = svg.getBoundingClientRect();
		const outside = [...svg.querySelectorAll('[data-node] .box')]
			.map((box) => ({ id: box.parentElement!.getAttribute('data-node'), rect: box.getBoundingClientRect() }))
			.filter(
				({ rect }) =>
					rect.left < frame.left - 0.5 ||
					rect.top < frame.top - 0.5 ||
					rect.right > frame.right + 0.5 ||
					rect.bottom > frame.bottom + 0.5
			)
			.map(({ id }) => id);
		const sizes = [...svg.querySelectorAll('text')].map(
			(text) => (text as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize)
		);
		return { nodes: svg.querySelectorAll('[data-node]').length, outside, smallest: Math.min(...sizes), bottom: frame.bottom };
	});
	expect(facts.nodes).toBeGreaterThan(0);
	expect(facts.outside, 'nodes outside the map on open').toEqual([]);
	expect(facts.smallest).toBeGreaterThanOrEqual(11.99);
	// The map itself is on the first screen, above a bottom navigation bar.
	expect(facts.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
}

for (const colorScheme of SCHEMES) {
	test.describe(`at phone size, ${colorScheme}`, () => {
		test.use({ viewport: PHONE, colorScheme });

		test('no page scrolls sideways, new or with a month of data, the report and a goal included', async ({ page }) => {
			test.setTimeout(300_000);
			for (const path of ROUTES) {
				await openPage(page, path);
				await expectNoSidewaysScroll(page, `${path}, new`);
			}
			await openWithData(page, typicalMonthBackup());
			for (const path of [...ROUTES, '/goals/goal-27', '/meds/med-0', '/meds/adherence', '/journal/charts']) {
				await openPage(page, path);
				await expectNoSidewaysScroll(page, `${path}, with data`);
			}
			await showReport(page, 'Alex Example');
			await expectNoSidewaysScroll(page, '/report, 4 weeks');
			// Its tables scroll inside their own boxes instead.
			await expect(page.getByRole('region', { name: 'Goal progress, table' }).getByRole('table')).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' })).toBeInViewport({
				ratio: 1
			});
		});

		test('Get help now puts a call button in the first screenful, for the person’s own people first', async ({ page }) => {
			await page.goto('/');
			// The country comes from the browser's language (en-GB) until the person picks another.
			let dialog = await openCrisis(page);
			await expect(dialog.getByLabel('Your country')).toHaveValue('GB');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 116 123' }), 'Samaritans, GB');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 999' }), 'emergency, GB');
			// With no contacts yet, nothing promises buttons that are not there.
			await expect(dialog).not.toContainText('just below');
			await dialog.getByRole('button', { name: 'Add a safety contact' }).click();
			await dialog.getByRole('textbox', { name: 'Name' }).fill('Jo');
			await dialog.getByRole('textbox', { name: 'Phone' }).fill('07700 900123');
			await dialog.getByRole('button', { name: 'Save' }).click();
			await dialog.getByLabel('Your country').selectOption({ label: 'United States' });
			await dialog.getByRole('button', { name: 'Close' }).click();

			dialog = await openCrisis(page);
			const links = dialog.getByRole('link', { name: /^(Call|Text) / });
			await expect(links.first()).toHaveAccessibleName('Call Jo');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call Jo' }), 'own contact');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 988' }), '988, US');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 911' }), 'emergency, US');
			await screenshot(page, 'crisis', { fullPage: false });
			await expectNoViolations(page, `crisis screen, ${colorScheme}`);
			await dialog.getByRole('button', { name: 'Close' }).click();

			await page.goto('/help');
			await expectInFirstScreenful(page, page.getByRole('main').getByRole('link', { name: 'Call 988' }), '/help');
			// On the smallest phones too.
			await page.setViewportSize(SMALL_PHONE);
			dialog = await openCrisis(page);
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call Jo' }), 'own contact, 320 px');
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 988' }), '988, 320 px');
		});

		test('the item-9 screen opens with a call button in the first screenful', async ({ page }) => {
			await page.goto('/journal/phq9');
			for (let item = 1; item <= 8; item++) {
				await page
					.getByRole('group', { name: new RegExp(`^${item}\\. `) })
					.getByLabel('Not at all')
					.check();
			}
			await page.getByRole('group', { name: /^9\. / }).getByLabel('Several days').check();
			const dialog = page.getByRole('dialog', { name: CRISIS_TITLE });
			await expect(dialog).toBeVisible();
			await expectInFirstScreenful(page, dialog.getByRole('link', { name: 'Call 116 123' }), 'item 9, GB');
			await expect(dialog).toContainText('Thank you for answering that question honestly');
			await screenshot(page, 'item9', { fullPage: false });
			await dialog.getByRole('button', { name: 'Close' }).click();

			await page.getByRole('button', { name: 'See my score' }).click();
			const result = page.getByRole('status');
			await expect(page.getByRole('heading', { name: 'Your PHQ-9 score: 1 out of 27' })).toBeVisible();
			await expect(result).toContainText('Minimal (0–4): Few or no signs of depression in the last two weeks.');
			await expect(result.getByRole('link', { name: 'See your history' })).toBeVisible();
			await expect(result.getByRole('button', { name: 'Get help now' })).toBeVisible();
			await result.getByRole('button', { name: 'Add to my agenda' }).click();
			await expect(result.getByRole('button', { name: 'On your agenda' })).toBeDisabled();
			await screenshot(page, 'phq9-result', { fullPage: false });
		});

		test('Today: doses first, a late dose says so, reminders wait and take one line', async ({ page }) => {
			test.setTimeout(180_000);
			await openWithData(page, typicalMonthBackup());
			const doses = page.getByRole('region', { name: 'Today’s medication' });
			const checkin = page.getByRole('region', { name: 'Check in' });
			await expect(doses).toBeVisible();
			await expect(checkin).toBeVisible();
			const [dosesTop, checkinTop] = await Promise.all([doses.boundingBox(), checkin.boundingBox()]);
			expect(dosesTop!.y).toBeLessThan(checkinTop!.y);

			// Lithium at breakfast (07:30) is not marked at 11:00: late, in words and in its own style.
			const lithium = doses.getByRole('listitem', { name: /^Lithium carbonate / }).first();
			await expect(lithium).toContainText('Late');
			await expect(lithium).toContainText('was due 7:30');
			await lithium.getByRole('button', { name: /^Taken Lithium/ }).click();
			await expect(lithium).toContainText('Taken, 3 h 30 min late');

			// A month of check-ins: the backup and questionnaire reminders are due, one line each.
			const reminders = page.getByRole('list', { name: 'Reminders' }).getByRole('listitem');
			await expect(reminders).toHaveCount(2);
			for (const line of await reminders.all()) expect((await line.boundingBox())!.height).toBeLessThanOrEqual(80);
			await screenshot(page, 'today');
			await expectNoViolations(page, `Today with data, ${colorScheme}`);

			await openPage(page, '/journal/charts');
			await screenshot(page, 'charts');
			await expectNoViolations(page, `charts, ${colorScheme}`);
			await openPage(page, '/goals/goal-27');
			await expect(page.getByRole('region', { name: 'Progress' })).toContainText(/\d of 7 days/);
			await screenshot(page, 'goal');
		});

		test('the goal map opens with every node on screen and readable', async ({ page }) => {
			await openWithData(page, firstWeeksBackup(), '/goals/map');
			await expectWholeMapReadable(page);
			await screenshot(page, 'goal-map', { fullPage: false });
			await expectNoViolations(page, `goal map, ${colorScheme}`);
			await openWithData(page, typicalMonthBackup(), '/goals/map');
			await expectWholeMapReadable(page);
		});
	});
}

test('a new person’s setup: a plain form adds a safety contact, and reminders wait for a few days', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	const welcome = page.getByRole('region', { name: 'Welcome to Tandem' });
	await welcome.getByRole('button', { name: 'Add a safety contact' }).click();
	const form = welcome.getByRole('form', { name: 'Add a safety contact' });
	await form.getByLabel('Name').fill('Jo');
	await form.getByLabel('Phone').fill('07700 900123');
	await form.getByRole('button', { name: 'Save' }).click();
	// A form, not the crisis screen; done, the step says so.
	await expect(page.getByRole('dialog', { name: CRISIS_TITLE })).toBeHidden();
	await expect(welcome.getByRole('link', { name: 'Safety contacts added — review them' })).toBeVisible();

	const card = page.getByRole('region', { name: 'Check in' });
	await page.clock.install();
	await card.getByRole('button', { name: 'Okay', exact: true }).click();
	await expect(card.getByRole('status')).toContainText('Saved');
	// A few seconds on, "Saved" is old news.
	await page.clock.runFor(10_000);
	await expect(card.getByRole('status')).toHaveText('');
	await expect(page.getByRole('list', { name: 'Reminders' })).toHaveCount(0);
	await screenshot(page, 'today-new');
});

test('the breathing guide’s Stop button starts above the navigation on a 320 × 568 phone', async ({ page }) => {
	await page.setViewportSize(SMALL_PHONE);
	await page.goto('/therapy/breathing');
	await page.getByRole('button', { name: 'Start breathing' }).click();
	const stop = page.getByRole('button', { name: 'Stop' });
	await expect(stop).toBeVisible();
	const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
	const box = await stop.boundingBox();
	expect(box!.y).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height).toBeLessThanOrEqual(nav!.y);
});

test('the printed four-week report is one to three A4 pages, its running head once on each', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize(DESKTOP);
	await openWithData(page, typicalMonthBackup());
	await showReport(page, 'Alex Example');
	const report = page.getByRole('article', { name: /Tandem visit report/ });
	await expect(report).toContainText('PHQ-9: 1 result; the latest is 5 (mild).');
	await expect(report.getByRole('region', { name: 'Goal progress', exact: true })).not.toContainText(/of [1-6] days/);
	await screenshot(page, 'report');

	const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
	const squash = (text: string) => text.replace(/\s+/g, '');
	console.log(`printed 4-week report: ${pages.length} A4 pages`);
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(3);
	for (const [index, text] of pages.entries()) {
		expect(squash(text).match(/Tandemvisitreport·AlexExample·/g), `page ${index + 1}`).toHaveLength(1);
	}
	expect(squash(pages.join(' '))).toContain(squash('Coping tools and what helped'));

	await page.setViewportSize(PHONE);
	await showReport(page);
	await screenshot(page, 'report');
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		await expectNoViolations(page, `report, ${colorScheme}`);
	}
});

test('the pictures on a desktop, light and dark', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize(DESKTOP);
	await openWithData(page, firstWeeksBackup(), '/goals/map');
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		await openPage(page, '/goals/map');
		await expectWholeMapReadable(page);
		await screenshot(page, 'goal-map', { fullPage: false });
		await openPage(page, '/');
		await screenshot(page, 'today');
		await openPage(page, '/journal/charts');
		await screenshot(page, 'charts');
		await openCrisis(page);
		await screenshot(page, 'crisis', { fullPage: false });
		await page.keyboard.press('Escape');
	}
});
