import { expect, test, type Page } from './support/test';
import { expectShell, openCrisis, ROUTES } from './support/app';
import { expectNoViolations } from './support/axe';

/** Waits until the page's own content is on screen, so axe checks what a person sees. */
async function openPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expectShell(page);
	await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`accessibility, ${colorScheme} colours`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme });
		});

		for (const path of ROUTES) {
			test(`axe finds no WCAG 2.1 A/AA violations on ${path}`, async ({ page }) => {
				await openPage(page, path);
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
				await expectNoViolations(page, `${path} (${colorScheme})`);
			});
		}

		for (const path of ['/', '/help'] as const) {
			test(`axe finds no violations with the crisis screen open over ${path}`, async ({ page }) => {
				await openPage(page, path);
				const dialog = await openCrisis(page);
				// The safety-contact form is part of the screen a person in crisis may use: check it too.
				await dialog.getByRole('button', { name: 'Add a safety contact' }).click();
				await expect(dialog.getByRole('form', { name: 'Add a safety contact' })).toBeVisible();
				await expectNoViolations(page, `crisis screen over ${path} (${colorScheme})`);
			});
		}
	});
}
