import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';
import { readFile } from 'node:fs/promises';
import { expectDoseToday, fillLinearPlan, todaysDose } from './support/meds';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test('a titrating medication shows the right dose each day for three weeks, then a cross-taper switch shows both', async ({
	page
}) => {
	test.setTimeout(120_000);
	const start = Date.parse('2026-03-02T09:00:00Z');
	// Days are moved with setSystemTime: a page reload after fastForward can leave IndexedDB callbacks waiting on fake timers.
	const goToDay = (day: number) => page.clock.setSystemTime(new Date(start + day * 86_400_000));
	await page.clock.install({ time: new Date(start) });
	await page.goto('/meds/new');
	await fillLinearPlan(page, { name: 'Sertraline', strength: '25', start: '25', step: '25', every: '7', target: '100' });
	await page.getByRole('button', { name: 'Save medication' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	await expect(page.getByText('Now at step 1 of 4 — 25 mg from 2 March 2026')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Titration steps' }).getByRole('row')).toHaveCount(5);
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Decided by Dr Okafor');

	await page.goto('/');
	await expectDoseToday(page, 'Sertraline', '25 mg', 'step 1 of 4');
	await todaysDose(page, 'Sertraline').getByRole('button', { name: 'Taken Sertraline 25 mg' }).click();
	// The row's own "Taken" button matches that text at once; Undo appears only once the mark is saved.
	await expect(todaysDose(page, 'Sertraline').getByRole('button', { name: /^Undo/ })).toBeVisible();

	const expected = [
		['50 mg', 'step 2 of 4'],
		['75 mg', 'step 3 of 4'],
		['100 mg', 'step 4 of 4']
	];
	for (const [index, [amount, step]] of expected.entries()) {
		await goToDay(7 * (index + 1));
		await page.reload();
		await expectDoseToday(page, 'Sertraline', amount, step);
		// Last night's dose was never marked: Tandem asks rather than dropping it.
		await expect(page.getByRole('region', { name: 'Did you take these yesterday?' })).toBeVisible();
		await todaysDose(page, 'Sertraline')
			.getByRole('button', { name: `Taken Sertraline ${amount}` })
			.click();
		// The row's own "Taken" button matches that text at once; Undo appears only once the mark is saved.
		await expect(todaysDose(page, 'Sertraline').getByRole('button', { name: /^Undo/ })).toBeVisible();
	}

	await page.goto('/meds/adherence');
	await page.getByLabel('Last 4 weeks').check();
	await expect(page.getByTestId('overall-adherence')).toHaveText(/^4 of 22 doses taken \(18%\)$/);

	await page.goto('/meds');
	await page.getByRole('link', { name: 'Sertraline' }).click();
	await page.getByRole('link', { name: 'Switch to another medication' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Fluoxetine');
	await page.getByLabel('Moment').first().selectOption({ label: 'Breakfast' });
	await page.getByLabel('Amount (mg)').first().fill('20');
	await page.getByLabel('Cross-taper: keep taking Sertraline at a lower dose for a while').check();
	await page.getByLabel('Last day of Sertraline').fill('2026-03-29');
	await page.getByLabel('Amount (mg)').last().fill('50');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await page.getByRole('button', { name: 'Switch medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Fluoxetine' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Switched from Sertraline to Fluoxetine');

	await page.goto('/');
	await expectDoseToday(page, 'Fluoxetine', '20 mg', null);
	await expectDoseToday(page, 'Sertraline', '50 mg', null);

	// After the cross-taper, only the new medication is left.
	await goToDay(28);
	await page.reload();
	await expectDoseToday(page, 'Fluoxetine', '20 mg', null);
	await expect(todaysDose(page, 'Sertraline')).toHaveCount(0);
});

test('a plan that makes no sense is refused, saying which field and why', async ({ page }) => {
	await page.goto('/meds/new');
	await fillLinearPlan(page, { name: 'Sertraline', start: '100', step: '25', every: '7', target: '50' });
	await page.getByRole('button', { name: 'Save medication' }).click();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('Please check one thing');
	await expect(problems).toContainText(/target \(50 mg\) must be above the starting dose \(100 mg\)/);
	await expect(page.getByLabel(/Until reaching/)).toHaveAccessibleDescription(/target \(50 mg\) must be above/);
	await expect(page).toHaveURL('/meds/new');

	await page.getByLabel(/Change each time/).fill('0');
	await page.getByLabel(/Until reaching/).fill('150');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('alert')).toContainText(/step can’t be zero/);
	await page.goto('/meds');
	await expect(page.getByRole('heading', { name: 'No medications yet' })).toBeVisible();
});

test('a plan on dates the person lists saves with only the steps’ amounts, and shows step 1 of 2', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Moment').selectOption({ label: 'Breakfast' });
	await page.getByLabel('Yes, on dates I list').check();
	// With dated steps there is no single amount to type: each step has its own.
	await expect(page.getByLabel('Amount (mg)')).toHaveCount(0);
	const step1 = page.getByRole('group', { name: 'Step 1' });
	await expect(step1.getByLabel('From')).toHaveValue('2026-03-02');
	await step1.getByLabel('Dose 1 (mg)').fill('25');
	await page.getByRole('button', { name: 'Add a step' }).click();
	const step2 = page.getByRole('group', { name: 'Step 2' });
	await step2.getByLabel('From').fill('2026-03-16');
	await step2.getByLabel('Dose 1 (mg)').fill('50');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await page.getByRole('button', { name: 'Save medication' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	await expect(page.getByText('Now at step 1 of 2 — 25 mg from 2 March 2026')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Titration steps' }).getByRole('row')).toHaveCount(3);
});

test('a dated plan whose first step begins after the start day is refused at that step’s date', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Yes, on dates I list').check();
	const step1 = page.getByRole('group', { name: 'Step 1' });
	await step1.getByLabel('From').fill('2026-03-09');
	await step1.getByLabel('Dose 1 (mg)').fill('25');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('alert')).toContainText('Please check one thing');
	await expect(step1.getByLabel('From')).toHaveAccessibleDescription(/Step 1 begins on 9 March 2026, after the start day/);
	await expect(page).toHaveURL('/meds/new');
});

test('as-needed doses are recorded with a warning, never blocked, when a limit would be crossed', async ({ page }) => {
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Propranolol');
	await page.getByLabel('As needed').check();
	await page.getByLabel(/Amount per dose/).fill('10');
	await page.getByLabel('Most doses in 24 hours').fill('2');
	await page.getByLabel('Hours to wait between doses').fill('4');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Propranolol' })).toBeVisible();

	await page.getByRole('button', { name: 'Take Propranolol now' }).click();
	await expect(page.getByRole('status')).toContainText('Recorded Propranolol 10 mg');
	await page.getByRole('button', { name: 'Take Propranolol now' }).click();
	await expect(page.getByRole('alert')).toContainText(/wait at least 4 hours/);
	await page.getByRole('button', { name: 'Record Propranolol anyway' }).click();
	await expect(page.getByText(/In the last 24 hours: .+, .+/)).toBeVisible();
});

test('reminders ask for permission only when turned on, and the calendar file downloads', async ({ page, context }) => {
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Lithium');
	await page.getByLabel('Amount (mg)').fill('300');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lithium' })).toBeVisible();

	await page.goto('/meds');
	expect(await page.evaluate(() => Notification.permission)).toBe('default');
	await context.grantPermissions(['notifications']);
	await page.getByRole('button', { name: 'Turn on reminders' }).click();
	await expect(page.getByText('Reminders are on.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Reminders are on.')).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download all doses (.ics)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('tandem-medication.ics');
	const text = await readFile((await file.path())!, 'utf8');
	expect(text).toContain('BEGIN:VCALENDAR');
	expect(text).toMatch(/SUMMARY:Lithium 300 mg/);
	expect(text).toMatch(/DTSTART;TZID=/);
	expect(text).toContain('BEGIN:VALARM');
});

test('the care team: add a prescriber with call and text links, pick them for a medication', async ({ page }) => {
	await page.goto('/care-team');
	await page.getByRole('button', { name: 'Add someone to your care team' }).click();
	await page.getByLabel('Name').fill('Dr Amara Okafor');
	await page.getByLabel('Role').selectOption({ label: 'Psychiatrist' });
	await page.getByLabel('Phone').fill('+44 20 7946 0000');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('link', { name: 'Call Dr Amara Okafor' })).toHaveAttribute('href', 'tel:+442079460000');
	await expect(page.getByRole('link', { name: 'Text Dr Amara Okafor' })).toHaveAttribute('href', 'sms:+442079460000');

	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Quetiapine');
	await page.getByLabel('Prescriber', { exact: true }).selectOption({ label: 'Dr Amara Okafor' });
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByText('Prescribed by Dr Amara Okafor')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Call' })).toHaveAttribute('href', 'tel:+442079460000');
});

test('the medication screens have no accessibility violations, light and dark', async ({ page }) => {
	// Fourteen full axe runs: slow on two cores when other suites run beside it.
	test.setTimeout(180_000);
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	const detail = new URL(page.url()).pathname;
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['/meds', '/meds/new', detail, `${detail}/switch`, '/meds/adherence', '/care-team', '/']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoViolations(page, `${path} (${scheme})`);
		}
	}
});

test('changing the dose from a date keeps past days on the old plan and records the change', async ({ page }) => {
	// Midday: between midnight and the night's turn, Today still shows the evening's doses, not a plan starting today.
	await page.clock.install({ time: new Date('2026-03-02T12:00:00Z') });
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Lamotrigine');
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lamotrigine' })).toBeVisible();

	await page.getByRole('link', { name: 'Change the dose or times' }).click();
	await expect(page.getByLabel('Amount (mg)')).toHaveValue('50');
	await page.getByLabel('Amount (mg)').fill('100');
	await page.getByLabel('Decided by').fill('Dr Okafor');
	await page.getByRole('button', { name: 'Save the new plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lamotrigine' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'History' })).toContainText('50 mg → 100 mg');
	await page.goto('/');
	await expectDoseToday(page, 'Lamotrigine', '100 mg', null);
});
