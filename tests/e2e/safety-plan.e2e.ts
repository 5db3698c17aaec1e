import { expect, test, type Locator, type Page } from './support/test';
import { openCrisis } from './support/app';
import { expectNoViolations } from './support/axe';

/** The person's plan on the crisis screen, and the crisis lines it must come before. */
function crisisParts(dialog: Locator) {
	return {
		plan: dialog.getByRole('region', { name: 'My safety plan' }),
		lines: dialog.getByRole('region', { name: 'Crisis lines' })
	};
}

async function addSafetyContact(page: Page, name: string, phone: string): Promise<void> {
	await page.goto('/help');
	const main = page.getByRole('main');
	await main.getByRole('button', { name: 'Add a safety contact' }).click();
	const form = main.getByRole('form', { name: 'Add a safety contact' });
	await form.getByLabel('Name', { exact: true }).fill(name);
	await form.getByLabel('Phone').fill(phone);
	await form.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(form).toBeHidden();
	await expect(main.getByRole('link', { name: `Call ${name}` })).toBeVisible();
}

/** Adds one entry to a step of the editor and types into it. */
async function addEntry(main: Locator, noun: string, text: string): Promise<void> {
	await main.getByRole('button', { name: `Add a ${noun}`, exact: true }).click();
	const label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} 1`;
	const entry = main.getByRole('textbox', { name: label, exact: true });
	await expect(entry).toBeFocused();
	await entry.fill(text);
}

async function expectPlanOnCrisisScreen(page: Page): Promise<void> {
	const dialog = await openCrisis(page);
	const { plan, lines } = crisisParts(dialog);
	await expect(plan).toBeVisible();
	await expect(lines).toBeVisible();
	await expect(plan.getByRole('heading', { name: '1. My warning signs' })).toBeVisible();
	await expect(plan).toContainText('Not sleeping for two nights');
	await expect(plan.getByRole('heading', { name: '2. Things I can do on my own' })).toBeVisible();
	await expect(plan).toContainText('A slow walk by the river');
	await expect(plan.getByRole('heading', { name: '4. People I can ask for help' })).toBeVisible();
	await expect(plan.getByRole('link', { name: 'Call Sam Rivera' })).toHaveAttribute('href', 'tel:+447700900123');
	await expect(plan.getByRole('link', { name: 'Text Sam Rivera' })).toHaveAttribute('href', 'sms:+447700900123');
	await expect(plan.getByRole('heading', { name: '7. My reasons for living' })).toBeVisible();
	await expect(plan).toContainText('My niece’s first birthday');
	// Empty steps are left out rather than shown as blank headings.
	await expect(plan.getByRole('heading', { name: '3. People and places that take my mind off things' })).toHaveCount(0);
	await expect(plan.getByRole('link', { name: 'Edit my safety plan' })).toHaveAttribute('href', '/therapy/safety-plan');

	// The plan comes first: it precedes the crisis lines in the document, and so for a screen reader too.
	const linesHandle = await lines.elementHandle();
	const planFirst = await plan.evaluate(
		(planElement, linesElement) =>
			linesElement !== null && Boolean(planElement.compareDocumentPosition(linesElement) & Node.DOCUMENT_POSITION_FOLLOWING),
		linesHandle
	);
	expect(planFirst).toBe(true);

	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
}

test('a safety plan written in the editor shows first on the crisis screen, and stays after a reload', async ({ page }) => {
	// Without a plan, the crisis screen shows no empty plan.
	await page.goto('/');
	const dialog = await openCrisis(page);
	await expect(crisisParts(dialog).plan).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Close' }).click();

	await addSafetyContact(page, 'Sam Rivera', '+44 7700 900123');

	await page.goto('/therapy/safety-plan');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
	await expect(main.getByText('Best written together with your therapist.')).toBeVisible();

	await addEntry(main, 'warning sign', 'Not sleeping for two nights');
	await addEntry(main, 'coping strategy', 'A slow walk by the river');
	await addEntry(main, 'reason for living', 'My niece’s first birthday');
	// An entry left empty is dropped on save, not stored as a blank line.
	await main.getByRole('button', { name: 'Add a person or place', exact: true }).click();
	await main.getByRole('group', { name: '4. People I can ask for help' }).getByRole('checkbox', { name: 'Sam Rivera' }).check();

	await main.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(main.getByRole('status')).toContainText('Your safety plan is saved');
	await expect(main.getByRole('textbox', { name: 'Person or place 1', exact: true })).toHaveCount(0);

	await expectPlanOnCrisisScreen(page);

	await page.reload();
	await expectPlanOnCrisisScreen(page);

	// The editor opens with what was saved.
	await page.goto('/therapy/safety-plan');
	await expect(main.getByRole('textbox', { name: 'Warning sign 1', exact: true })).toHaveValue('Not sleeping for two nights');
	await expect(main.getByRole('checkbox', { name: 'Sam Rivera' })).toBeChecked();
});

test('axe finds no WCAG 2.1 A/AA violations on the safety plan editor', async ({ page }) => {
	await page.goto('/therapy/safety-plan');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
	// Check the editor with entries and their remove buttons on screen, not only the empty form.
	await addEntry(main, 'warning sign', 'Pacing at night');
	await expect(main.getByRole('button', { name: 'Remove warning sign 1', exact: true })).toBeVisible();

	await expectNoViolations(page, 'the safety plan on the crisis screen');
});
