import { expect, test } from './support/test';
import { expectNoNetwork, expectShell, waitForServiceWorker } from './support/app';

test.describe('offline', () => {
	test('after the first visit, the app opens without a network, on any address', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorker(page);

		await context.setOffline(true);
		await expectNoNetwork(page);

		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
		await expectShell(page);

		await page.goto('/journal');
		await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
		await expectShell(page);

		await page.goto('/meds');
		await expect(page.getByRole('heading', { level: 1, name: 'Medications' })).toBeVisible();
		await expectShell(page);

		// An address that matches no page still gets the shell, so "Get help now" is always there.
		await page.goto('/no-such-page');
		await expectShell(page);
		await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
	});

	test('a first visit to a deep link installs the app for every address, not just that folder', async ({ page, context }) => {
		await page.goto('/journal/gad7');
		await waitForServiceWorker(page);
		const scope = await page.evaluate(() =>
			navigator.serviceWorker.getRegistration().then((registration) => registration?.scope)
		);
		expect(new URL(scope!).pathname).toBe('/');

		await context.setOffline(true);
		await expectNoNetwork(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
		await page.goto('/meds/new');
		await expect(page.getByRole('heading', { level: 1, name: 'Add a medication' })).toBeVisible();
	});
});
