/**
 * A person's first week, polished (issue 16, part B: "looks finished"): the navigation as a bottom bar
 * on a phone (390 × 844) and a side navigation on a desktop (1366 × 768), the served page's title and
 * icon, and the shorter forms — a titration typed as "start at 50 mg, then 100 mg after 2 weeks",
 * a session with someone new, a goal with its first steps — in light and dark.
 */
import { expect, test, type Page } from './support/test';
import { expectNoViolations } from './support/axe';
import { DESKTOP, expectNoSidewaysScroll, PHONE, screenshot } from './support/firstWeek';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const SCHEMES = ['light', 'dark'] as const;

async function expectClean(page: Page, label: string): Promise<void> {
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		await expectNoViolations(page, `${label}, ${colorScheme}`);
	}
}

test('on a wide screen the navigation runs down the left side, with no bar at the bottom', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute('aria-current', 'page');
	const box = (await nav.boundingBox())!;
	expect(box.x).toBe(0);
	expect(box.width).toBeLessThan(300);
	expect(box.height).toBeGreaterThanOrEqual(DESKTOP.height - 1);
	// Every link stands one above the other, its icon beside the word.
	const links = nav.getByRole('listitem');
	await expect(links).toHaveCount(6);
	const tops = await links.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
	expect(new Set(tops).size).toBe(6);
	await expect(nav.locator('svg[aria-hidden="true"]')).toHaveCount(6);
	// The content sits beside the navigation and uses the width.
	const main = (await page.getByRole('main').boundingBox())!;
	expect(main.x).toBeGreaterThanOrEqual(box.x + box.width);
	expect(main.width).toBeGreaterThan(800);
	await expectNoSidewaysScroll(page, 'Today, desktop');
	await expectClean(page, 'Today, desktop');

	await page.setViewportSize(PHONE);
	const bar = (await nav.boundingBox())!;
	expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0);
	expect(bar.width).toBe(PHONE.width);
});

test('the served page names Tandem, describes it, speaks without JavaScript, and has an icon', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('<title>Tandem</title>');
	expect(html).toMatch(/<meta\s+name="description"\s+content="[^"]{20,}"/);
	expect(html).toMatch(/<noscript>[^<]*JavaScript[^<]*<\/noscript>/);
	const icon = await request.get('/favicon.ico');
	expect(icon.status()).toBe(200);
	expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test('a titration typed once — start at 50 mg, then 100 mg after 2 weeks — and the list says when it is taken', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
	await page.goto('/meds/new');
	// "Tied to" shows its whole choice at phone width.
	const tiedTo = page.getByLabel('Tied to');
	const fits = await tiedTo.evaluate((select: HTMLSelectElement) => {
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = getComputedStyle(select).font;
		return context.measureText(select.selectedOptions[0].text).width <= select.clientWidth - 32;
	});
	expect(fits).toBe(true);
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Yes: start at one dose, then change after some weeks').check();
	await page.getByLabel('Start at (mg)').fill('50');
	await page.getByLabel('Then (mg)').fill('100');
	await page.getByLabel('After (weeks)').fill('2');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await expectNoSidewaysScroll(page, 'new medication');
	await expectClean(page, 'new medication, start then after');
	await page.getByRole('button', { name: 'Save medication' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	await expect(page.getByText('Now at step 1 of 2 — 50 mg from 2 March 2026')).toBeVisible();
	const steps = page.getByRole('table', { name: 'Titration steps' });
	await expect(steps).toContainText('16 March 2026');
	await expect(steps).toContainText('100 mg');
	await expect(page.getByRole('region', { name: 'The plan' })).toContainText('With breakfast, 7:30');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meds' }).click();
	// The Meds list's own row: until the list has replaced the medicine's page, that page's history names it too.
	const taking = page.getByRole('region', { name: 'Taking now' });
	await expect(taking.getByRole('listitem').filter({ hasText: 'Sertraline' })).toContainText('With breakfast, 7:30');
});

test('a session with someone not yet in the care team adds them', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/therapy/sessions/new');
	await page.getByLabel('Date').fill('2026-11-20');
	await page.getByLabel('With', { exact: true }).selectOption({ label: 'Someone new…' });
	await page.getByLabel('Their name').fill('Dr Rivera');
	await expectClean(page, 'new session, someone new');
	await page.getByRole('button', { name: 'Save session' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Session:');
	await expect(page.getByRole('main')).toContainText('Dr Rivera');
	await page.goto('/care-team');
	await expect(page.getByRole('main')).toContainText('Dr Rivera');
});

test('a goal’s first steps are typed with it, and each step’s controls keep to one row on a phone', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill('Walk three times a week');
	await page.getByLabel('Step 1', { exact: true }).fill('Find my walking shoes');
	await page.getByRole('button', { name: 'Add another step' }).click();
	await page.getByLabel('Step 2', { exact: true }).fill('Walk round the park after lunch');
	await expectClean(page, 'new goal with steps');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk three times a week' })).toBeVisible();
	for (const step of ['Find my walking shoes', 'Walk round the park after lunch']) {
		await expect(page.getByRole('checkbox', { name: new RegExp(step) })).toBeVisible();
		const tops = await page
			.getByRole('button', { name: new RegExp(`“${step}”`) })
			.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
		expect(tops).toHaveLength(4);
		expect(new Set(tops).size, `${step}: its controls on one row`).toBe(1);
	}
	await expectNoSidewaysScroll(page, 'goal with steps');
	await screenshot(page, 'goal-steps');
});
