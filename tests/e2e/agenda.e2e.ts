import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';

test('a journal note marked “bring this up” reaches the therapy agenda and is ticked off when discussed', async ({ page }) => {
	await page.goto('/journal/day');
	await page.getByRole('button', { name: 'Okay', exact: true }).click();
	await page.getByLabel('Note', { exact: true }).fill('Ask whether the afternoon slump is the new dose');
	await page.getByLabel('Bring this note up at my next appointment').check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');

	await page.goto('/therapy');
	const agenda = page.getByRole('region', { name: 'Agenda for next time' });
	const item = agenda.getByRole('checkbox', { name: /Ask whether the afternoon slump is the new dose · From a journal note/ });
	await expect(item).not.toBeChecked();

	await agenda.getByLabel('Something to bring up').fill('Sleep since the dose went up');
	await agenda.getByRole('button', { name: 'Add to agenda' }).click();
	await expect(agenda.getByRole('checkbox', { name: /Sleep since the dose went up · Added here/ })).toBeVisible();

	// Ticking moves the item to "Discussed", so it is clicked rather than checked-and-verified in place.
	await item.click();
	await expect(agenda.getByRole('checkbox', { name: /afternoon slump.*From a journal note/ })).toHaveCount(0);
	await agenda.getByText(/^Discussed \(1\)$/).click();
	await expect(agenda.getByRole('checkbox', { name: /afternoon slump/ })).toBeChecked();
	await page.reload();
	await expect(page.getByRole('region', { name: 'Agenda for next time' }).getByText(/^Discussed \(1\)$/)).toBeVisible();
});

test('the therapy screen has no accessibility violations, light and dark', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/therapy');
		await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible();
		await expectNoViolations(page, scheme);
	}
});
