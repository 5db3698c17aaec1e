import { expect, test } from './support/test';
import { shell } from './support/app';

const MAIN_SECTIONS = [
	{ name: 'Today', path: '/', heading: 'Today' },
	{ name: 'Journal', path: '/journal', heading: 'Journal' },
	{ name: 'Meds', path: '/meds', heading: 'Medications' },
	{ name: 'Goals', path: '/goals', heading: 'Goals' },
	{ name: 'Therapy', path: '/therapy', heading: 'Therapy' },
	{ name: 'More', path: '/more', heading: 'More' }
];

const MORE_PAGES = [
	{ name: /^Settings\b/, path: '/settings', heading: 'Settings' },
	{ name: /^Report\b/, path: '/report', heading: 'Visit report' },
	{ name: /^Sharing\b/, path: '/sharing', heading: 'Sharing' },
	{ name: /^About Tandem\b/, path: '/about', heading: 'About Tandem' }
];

test.describe('navigation', () => {
	test('the main navigation reaches every section and marks the current one', async ({ page }) => {
		await page.goto('/');
		const nav = shell(page).mainNav;
		// In this order, and named for a screen reader by their words alone (the icons are hidden).
		const links = nav.getByRole('link');
		await expect(links).toHaveCount(MAIN_SECTIONS.length);
		for (const [index, section] of MAIN_SECTIONS.entries()) await expect(links.nth(index)).toHaveAccessibleName(section.name);

		for (const section of MAIN_SECTIONS) {
			await nav.getByRole('link', { name: section.name, exact: true }).click();
			await expect(page).toHaveURL(section.path);
			await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
			await expect(nav.getByRole('link', { name: section.name, exact: true })).toHaveAttribute('aria-current', 'page');
			await expect(nav.locator('a[aria-current]')).toHaveCount(1);
		}
	});

	test('More lists Settings, Report, Sharing and About, and More stays current inside them', async ({ page }) => {
		await page.goto('/more');
		const more = page.getByRole('navigation', { name: 'More' });
		const mainNav = shell(page).mainNav;

		for (const target of MORE_PAGES) {
			await more.getByRole('link', { name: target.name }).click();
			await expect(page).toHaveURL(target.path);
			await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
			await expect(mainNav.getByRole('link', { name: 'More', exact: true })).toHaveAttribute('aria-current', 'page');
			await expect(mainNav.locator('a[aria-current]')).toHaveCount(1);
			await page.goBack();
			await expect(page).toHaveURL('/more');
		}
	});

	test('a keyboard user reaches "Get help now" with Tab, opens it with Enter and leaves with Escape', async ({ page }) => {
		await page.goto('/journal');
		const { getHelp, crisisDialog } = shell(page);
		await expect(getHelp).toBeVisible();

		// It comes right after the skip link and the home link, before any page content.
		for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Tab');
		await expect(getHelp).toBeFocused();

		await page.keyboard.press('Enter');
		await expect(crisisDialog).toBeVisible();
		// Focus moves into the dialog, to its first control.
		await expect(crisisDialog.getByRole('button', { name: 'Close' })).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(crisisDialog).toBeHidden();
		await expect(getHelp).toBeFocused();
	});

	test('the skip link moves keyboard focus to the page content', async ({ page }) => {
		await page.goto('/meds');
		await expect(page.getByRole('heading', { level: 1, name: 'Medications' })).toBeVisible();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});
});

test.describe('settings', () => {
	test('a changed routine is saved and kept after a reload', async ({ page }) => {
		await page.goto('/settings');
		const routine = page.getByRole('region', { name: 'Your routine' });
		const breakfast = routine.getByLabel('Breakfast');
		await expect(breakfast).toHaveValue('07:30');

		await breakfast.fill('08:15');
		await routine.getByRole('button', { name: 'Save routine' }).click();
		await expect(routine.getByRole('status')).toContainText('Routine saved');

		await page.reload();
		await expect(page.getByRole('region', { name: 'Your routine' }).getByLabel('Breakfast')).toHaveValue('08:15');
	});

	test('a routine in an impossible order is explained and not saved', async ({ page }) => {
		await page.goto('/settings');
		const routine = page.getByRole('region', { name: 'Your routine' });
		await expect(routine.getByLabel('Lunch')).toHaveValue('12:30');

		await routine.getByLabel('Lunch').fill('07:00');
		await routine.getByRole('button', { name: 'Save routine' }).click();
		await expect(routine.getByRole('alert')).toHaveText('Lunch should come after breakfast.');

		await page.reload();
		await expect(page.getByRole('region', { name: 'Your routine' }).getByLabel('Lunch')).toHaveValue('12:30');
	});

	test('choosing the dark theme applies it at once and keeps it after a reload', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/settings');
		const html = page.locator('html');
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const lightBackground = await background();
		await expect(html).not.toHaveAttribute('data-theme');

		await page.getByLabel('Theme').selectOption({ label: 'Dark' });
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect.poll(background).not.toBe(lightBackground);

		await page.reload();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByLabel('Theme')).toHaveValue('dark');
		await expect.poll(background).not.toBe(lightBackground);
	});
});
