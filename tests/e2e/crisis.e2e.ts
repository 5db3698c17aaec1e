import { expect, test } from './support/test';
import { expectNoNetwork, openCrisis, ROUTES, shell, waitForServiceWorker } from './support/app';

// The first country is guessed from the browser's language; pin it so the test knows where it starts.
test.use({ locale: 'en-US' });

test('the crisis screen opens from every page while offline, with local lines and a promise of privacy', async ({
	page,
	context
}) => {
	// Every route, each with three openings of the dialog: minutes on a busy machine.
	test.setTimeout(240_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await expectNoNetwork(page);

	for (const [index, path] of ROUTES.entries()) {
		await test.step(path, async () => {
			await page.goto(path);
			const dialog = await openCrisis(page);
			await expect(dialog.getByText('Nobody monitors what you write in Tandem.')).toBeVisible();

			if (index === 0) {
				await expect(dialog.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
				await expect(dialog.getByRole('link', { name: 'Call 116 123' })).toHaveCount(0);
				await dialog.getByLabel('Your country').selectOption({ label: 'United Kingdom' });
			}
			// The country chosen on the first page is remembered everywhere after.
			await expect(dialog.getByLabel('Your country')).toHaveValue('GB');
			await expect(dialog.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
			await expect(dialog.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');

			await dialog.getByRole('button', { name: 'Close' }).click();
			await expect(dialog).toBeHidden();

			await openCrisis(page);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			// Closed with Escape, it opens again with the button: the app's state followed the dialog.
			await openCrisis(page);
			await dialog.getByRole('button', { name: 'Close' }).click();
			await expect(dialog).toBeHidden();
		});
	}
});

test('a safety contact added in the crisis screen is one tap away, and stays after a reload', async ({ page }) => {
	await page.goto('/');
	let dialog = await openCrisis(page);
	await expect(dialog.getByRole('link', { name: /^Call Sam/ })).toHaveCount(0);

	await dialog.getByRole('button', { name: 'Add a safety contact' }).click();
	const form = dialog.getByRole('form', { name: 'Add a safety contact' });
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByRole('alert')).toContainText('name');

	await form.getByLabel('Name').fill('Sam Rivera');
	await form.getByLabel('Phone').fill('+44 7700 900123');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toBeHidden();
	await expect(dialog.getByRole('link', { name: 'Call Sam Rivera' })).toHaveAttribute('href', 'tel:+447700900123');
	await expect(dialog.getByRole('link', { name: 'Text Sam Rivera' })).toHaveAttribute('href', 'sms:+447700900123');

	await page.reload();
	dialog = await openCrisis(page);
	await expect(dialog.getByRole('link', { name: 'Call Sam Rivera' })).toHaveAttribute('href', 'tel:+447700900123');
	await dialog.getByRole('button', { name: 'Close' }).click();

	// The same people are on the Get help now page, and Today knows the step is done.
	await page.goto('/help');
	await expect(page.getByRole('main').getByRole('link', { name: 'Call Sam Rivera' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Safety contacts added — review them' })).toHaveAttribute('href', '/help');
	await expect(shell(page).crisisDialog).toBeHidden();
});

test('on the Get help now page, the crisis screen opened on top is fully labelled', async ({ page }) => {
	await page.goto('/help');
	await expect(
		page.getByRole('main').getByRole('heading', { level: 1, name: 'You don’t have to face this alone' })
	).toBeVisible();
	const dialog = await openCrisis(page);
	// Two copies of the screen are on the page at once: each control must still be named by its own label.
	await expect(dialog.getByRole('combobox', { name: 'Your country' })).toBeVisible();
	await dialog.getByRole('button', { name: 'Add a safety contact' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeVisible();
	await expect(dialog.getByRole('textbox', { name: 'Phone' })).toBeVisible();
	await dialog.getByText('Add a line for where you live').click();
	await expect(dialog.getByRole('textbox', { name: 'Name of the line' })).toBeVisible();
});
