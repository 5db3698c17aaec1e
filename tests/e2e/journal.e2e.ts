import { expect, test, type Page } from './support/test';
import { expectNoViolations } from './support/axe';
import { tenYearBackup } from '../fixtures/tenYears';
import { DataOnDevice } from './support/data-on-device';
import { dumpDatabase } from './support/db-dump';
import { CRISIS_TITLE, expectNoNetwork, waitForServiceWorker } from './support/app';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

function localDay(offsetDays = 0): string {
	const date = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
}

async function answerAll(page: Page, count: number, label: string) {
	for (let item = 0; item < count; item++) {
		await page
			.getByRole('group', { name: new RegExp(`^${item + 1}\\. `) })
			.getByLabel(label)
			.check();
	}
}

test('a check-in from Today: one tap saves the mood, the rest is optional and editable', async ({ page }) => {
	await page.goto('/');
	const card = page.getByRole('region', { name: 'Check in' });
	await card.getByRole('button', { name: /Good$/ }).first().click();
	await expect(card.getByRole('status')).toContainText('Saved');
	await expect(card.getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');

	await card.getByRole('button', { name: 'Add more or edit' }).click();
	// One mood question at a time: the full check-in's own; and the tap's "Saved" has gone with the moment.
	await expect(card.getByRole('group', { name: 'Mood', exact: true })).toBeVisible();
	await expect(card.getByRole('group', { name: /mood/i })).toHaveCount(1);
	await expect(card.getByRole('status')).toHaveText('');
	await card.getByLabel('Hours slept last night').fill('7.5');
	await card.getByRole('group', { name: 'Energy' }).getByRole('radio', { name: /^4 / }).check();
	await card.getByRole('button', { name: 'walk' }).click();
	await card.getByLabel('Note', { exact: true }).fill('A slow walk by the river helped.');
	await card.getByRole('button', { name: 'Save check-in' }).click();
	await expect(card).toContainText('slept 7.5 h');
	await expect(card).toContainText('energy 4/5');

	await page.reload();
	await expect(page.getByRole('region', { name: 'Check in' }).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const { checkins } = await dumpDatabase(page);
	expect(checkins).toHaveLength(1);
	expect(checkins[0]).toMatchObject({ day: localDay(), mood: 4, sleepHours: 7.5, energy: 4, tags: ['walk'] });
});

test('Today and Questionnaires follow one reminder rule: quiet in the first days, then due until answered, never when “Never”', async ({
	page
}) => {
	await page.goto('/');
	const card = page.getByRole('region', { name: 'Check in' });
	await card.getByRole('button', { name: /Good$/ }).first().click();
	await expect(card.getByRole('status')).toContainText('Saved');
	const reminder = page.getByRole('list', { name: 'Reminders' }).getByRole('listitem').filter({ hasText: 'Time for' });
	await page.reload();
	await expect(card.getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');
	// One check-in is not yet a few days of data: Today stays quiet.
	await expect(reminder).toHaveCount(0);
	await page.goto('/journal/questionnaires');
	await expect(page.getByRole('link', { name: /PHQ-9 — mood/ })).toContainText('Due');

	for (const day of [localDay(-1), localDay(-2)]) {
		await page.goto(`/journal/day?day=${day}`);
		await page.getByRole('button', { name: /Okay$/ }).first().click();
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await expect(page).toHaveURL('/journal');
	}
	await page.goto('/');
	await expect(reminder.getByRole('link', { name: 'PHQ-9 (mood)' })).toHaveAttribute('href', '/journal/phq9');
	await expect(reminder.getByRole('link', { name: 'GAD-7 (anxiety)' })).toHaveAttribute('href', '/journal/gad7');
	// Set aside for the day, it stays away after a reload.
	await reminder.getByRole('button', { name: 'Not today' }).click();
	await expect(reminder).toHaveCount(0);
	await page.reload();
	await expect(card.getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('list', { name: 'Reminders' }).getByText('No backup yet.')).toBeVisible();
	await expect(reminder).toHaveCount(0);

	await page.goto('/settings');
	const every = page.getByLabel('Remind me to fill in the questionnaires');
	await every.selectOption({ label: 'Never' });
	await page.reload();
	await expect(every).toHaveValue('0');

	await page.goto('/journal/questionnaires');
	await expect(page.getByRole('link', { name: /PHQ-9 — mood/ })).not.toContainText('Due');
	await expect(page.getByRole('link', { name: /GAD-7 — anxiety/ })).not.toContainText('Due');
});

test('a missed day can be filled in later, and a future day is refused, saving nothing', async ({ page }) => {
	await page.goto(`/journal/day?day=${localDay(-3)}`);
	await page.getByRole('button', { name: /Low$/ }).first().click();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');
	await expect(page.getByRole('listitem').filter({ hasText: 'Mood: Low' })).toHaveCount(1);

	await page.goto('/journal/day');
	await page.getByLabel('Day', { exact: true }).fill(localDay(2));
	await page.getByRole('button', { name: /Very good$/ }).click();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('alert')).toHaveText('You can’t check in for a day that hasn’t happened yet.');
	const { checkins } = await dumpDatabase(page);
	expect(checkins.map((checkin) => (checkin as { day: string }).day)).toEqual([localDay(-3)]);
});

test('offline, a PHQ-9 item 9 answer opens the crisis screen at once; the questionnaire can be finished after', async ({
	page,
	context
}) => {
	await page.goto('/help');
	await page.getByRole('button', { name: 'Add a safety contact' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Jo');
	await page.getByLabel('Phone').fill('07700 900123');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('link', { name: 'Call Jo' })).toBeVisible();
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await expectNoNetwork(page);

	await page.goto('/journal/phq9');
	await expect(
		page.getByText('Over the last 2 weeks, how often have you been bothered by any of the following problems?')
	).toBeVisible();
	await answerAll(page, 8, 'Several days');
	const dialog = page.getByRole('dialog', { name: CRISIS_TITLE });
	await expect(dialog).toBeHidden();
	await page
		.getByRole('group', { name: /^9\. Thoughts that you would be better off dead/ })
		.getByLabel('Several days')
		.check();
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Thank you for answering that question honestly');
	await expect(dialog).toContainText('Nobody monitors what you write in Tandem.');
	await expect(dialog.getByRole('link', { name: 'Call Jo' })).toHaveAttribute('href', 'tel:07700900123');
	await expect(dialog.getByRole('link', { name: 'Text Jo' })).toHaveAttribute('href', 'sms:07700900123');
	await dialog.getByRole('button', { name: 'Close' }).click();

	// It opened once, as item 9 turned positive: changing other answers, or item 9 to another positive one,
	// does not bring it back (a modal screen would stop the clicks below).
	const item = (n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
	await item(1).getByLabel('Not at all').check();
	await item(9).getByLabel('Nearly every day').check();
	await item(1).getByLabel('Several days').check();
	await item(9).getByLabel('Several days').check();
	await expect(dialog).toBeHidden();
	await expect(item(9).getByLabel('Several days')).toBeChecked();
	await page.getByRole('button', { name: 'See my score' }).click();
	await expect(page.getByRole('heading', { name: 'Your PHQ-9 score: 9' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Mild (5–9): Some signs of depression in the last two weeks.');
	const { assessments } = await dumpDatabase(page);
	expect(assessments).toMatchObject([{ instrument: 'PHQ-9', score: 9, band: 'mild', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] }]);
});

test('GAD-7 is scored as published, with the change since last time', async ({ page }) => {
	await page.goto('/journal/gad7');
	await answerAll(page, 7, 'Not at all');
	await page.getByRole('group', { name: /^1\. / }).getByLabel('Nearly every day').check();
	await page.getByRole('group', { name: /^2\. / }).getByLabel('More than half the days').check();
	await page.getByRole('button', { name: 'See my score' }).click();
	await expect(page.getByRole('heading', { name: 'Your GAD-7 score: 5' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Mild (5–9): Some signs of anxiety in the last two weeks.');

	await page.goto('/journal/gad7');
	await answerAll(page, 7, 'More than half the days');
	await page.getByRole('button', { name: 'See my score' }).click();
	await expect(page.getByRole('heading', { name: 'Your GAD-7 score: 14' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Moderate (10–14)');
	await expect(page.getByRole('status')).toContainText('9 higher than last time (5)');
});

test('a side effect is linked to its medication, suggested from the prescriber’s notes, and can go on the agenda', async ({
	page
}) => {
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertraline');
	await page.getByLabel('What the prescriber said about side effects').fill('Dry mouth: sip water\nNausea — take with food');
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();

	await page.goto('/journal/side-effects');
	await page.getByLabel('Medication').selectOption({ label: 'Sertraline' });
	await page.getByRole('button', { name: 'dry mouth' }).click();
	await page.getByLabel('severe').check();
	await page.getByLabel('Bring up at my next appointment').check();
	await page.getByRole('button', { name: 'Log side effect' }).click();
	await expect(page.getByRole('status')).toContainText('added it to your agenda');
	await expect(page.getByRole('table').getByRole('row', { name: /dry mouth 1 severe/ })).toBeVisible();

	const { sideEffects, agendaItems, medications } = await dumpDatabase(page);
	expect(sideEffects).toMatchObject([
		{ effect: 'dry mouth', severity: 'severe', medicationId: (medications[0] as { id: string }).id, onAgenda: true }
	]);
	expect(agendaItems).toMatchObject([{ source: 'sideEffect', text: expect.stringContaining('dry mouth') }]);
});

test('a logged side effect can be corrected or deleted, and a medication’s details corrected', async ({ page }) => {
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill('Sertaline');
	await page.getByLabel('Amount (mg)').fill('50');
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sertaline' })).toBeVisible();

	// The misspelt name is corrected on the medication's page; a strength that is not a number is refused.
	await page.getByRole('button', { name: 'Correct the details' }).click();
	const details = page.getByRole('form', { name: 'Correct the details' });
	await details.getByLabel('Name').fill('Sertraline');
	await details.getByLabel('Strength').fill('fifty');
	await details.getByRole('button', { name: 'Save details' }).click();
	await expect(details.getByRole('alert')).toHaveText('The strength is a number, 0 or more — or leave it empty.');
	await details.getByLabel('Strength').fill('50');
	await details.getByLabel('What the prescriber said about side effects').fill('Nausea — take with food');
	await details.getByRole('button', { name: 'Save details' }).click();
	await expect(page.getByRole('status')).toHaveText('Details saved.');
	await expect(page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();

	await page.goto('/journal/side-effects');
	await page.getByLabel('Medication').selectOption({ label: 'Sertraline' });
	await page.getByLabel('What did you notice?').fill('nausea');
	await page.getByRole('button', { name: 'Log side effect' }).click();
	await expect(page.getByRole('status')).toHaveText('Logged nausea.');
	await page.getByLabel('What did you notice?').fill('headache');
	await page.getByRole('button', { name: 'Log side effect' }).click();
	await expect(page.getByRole('table').getByRole('row', { name: /nausea 1 mild/ })).toBeVisible();

	await page.getByRole('button', { name: /^Correct nausea/ }).click();
	await expect(page.getByRole('heading', { name: 'Correct a side effect' })).toBeVisible();
	await page.getByLabel('moderate').check();
	await page.getByRole('button', { name: 'Save correction' }).click();
	await expect(page.getByRole('status')).toHaveText('Corrected nausea.');
	await expect(page.getByRole('table').getByRole('row', { name: /nausea 1 moderate/ })).toBeVisible();

	await page.getByRole('button', { name: /^Delete headache/ }).click();
	await page.getByRole('button', { name: 'Delete it' }).click();
	await expect(page.getByRole('table').getByRole('row', { name: /headache/ })).toHaveCount(0);
	const { sideEffects, medications } = await dumpDatabase(page);
	expect(sideEffects).toMatchObject([{ effect: 'nausea', severity: 'moderate' }]);
	expect(medications).toMatchObject([{ name: 'Sertraline', strength: 50, sideEffectNotes: 'Nausea — take with food' }]);
});

test('the next side effect typed while the last one is still saving is kept, and the message names the one saved', async ({
	page
}) => {
	// A browser that asks the person before keeping storage (Firefox does) answers the request slowly;
	// the first save asks. Nothing typed meanwhile may be wiped by the earlier save finishing.
	await page.addInitScript(() => {
		const slowPersist = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 1_500));
		Object.defineProperty(navigator.storage, 'persist', { value: slowPersist });
	});
	await page.goto('/journal/side-effects');
	const what = page.getByLabel('What did you notice?');
	await what.fill('nausea');
	await page.getByRole('button', { name: 'Log side effect' }).click();
	await what.fill('headache');
	await expect(page.getByRole('status')).toHaveText('Logged nausea.');
	await expect(page.getByRole('table').getByRole('row', { name: /nausea 1 mild/ })).toBeVisible();
	await expect(what).toHaveValue('headache');
	await page.getByRole('button', { name: 'Log side effect' }).click();
	await expect(page.getByRole('status')).toHaveText('Logged headache.');
	await expect(what).toHaveValue('');
	const { sideEffects } = await dumpDatabase(page);
	expect((sideEffects as { effect: string }[]).map((entry) => entry.effect).sort()).toEqual(['headache', 'nausea']);
});

test('a check-in saved offline appears in the chart', async ({ page, context }) => {
	await page.goto('/journal/charts');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/');
	await page
		.getByRole('region', { name: 'Check in' })
		.getByRole('button', { name: /Very good$/ })
		.click();
	await expect(page.getByRole('region', { name: 'Check in' }).getByRole('status')).toContainText('Saved');
	await page.goto('/journal/charts');
	await page.getByLabel('7 days').check();
	const mood = page.getByRole('figure', { name: /^Mood/ });
	await expect(mood).toContainText('1 entry, average 5.0');
	await mood.getByText('Show as a table').click();
	await expect(mood.getByRole('table')).toContainText('5');
});

test('charts render ten years, with care changes marked, and patterns count their days', async ({ page }) => {
	test.setTimeout(180_000);
	const data = new DataOnDevice(page);
	await data.open();
	await data.restore({ name: 'ten-years.json', buffer: Buffer.from(JSON.stringify(tenYearBackup())) });

	await page.goto('/journal/charts');
	await page.getByLabel('All time').check();
	const mood = page.getByRole('figure', { name: /^Mood/ });
	await expect(mood).toBeVisible();
	await expect(mood).toContainText(/3,?6\d\d entries|entries/);
	await expect(mood).toContainText('Started Sertraline');
	await expect(page.getByRole('figure', { name: /PHQ-9 scores/ })).toContainText('results');

	await page.goto('/journal/patterns');
	await expect(page.getByRole('region', { name: 'Mood and sleep' })).toContainText(/\d[\d,]* days/);
	await expect(page.getByRole('region', { name: 'Before and after each care change' }).getByRole('row')).not.toHaveCount(0);
});

test('the journal screens have no accessibility violations, light and dark', async ({ page }) => {
	test.setTimeout(300_000);
	await page.goto('/');
	await page.getByRole('region', { name: 'Check in' }).getByRole('button', { name: /Okay$/ }).click();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of [
			'/journal',
			'/journal/day',
			'/journal/side-effects',
			'/journal/questionnaires',
			'/journal/phq9',
			'/journal/gad7',
			'/journal/charts',
			'/journal/patterns',
			'/settings'
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoViolations(page, `${path} (${scheme})`);
		}
	}
});

test('the person’s own tags: added from a check-in, removed in Settings, kept on past days', async ({ page }) => {
	await page.goto('/journal/day');
	await page.getByLabel('New tag').fill('Choir');
	await page.getByRole('button', { name: 'Add tag' }).click();
	await expect(page.getByRole('button', { name: 'choir', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');

	await page.goto('/settings');
	await page.getByRole('button', { name: 'Remove “choir”' }).click();
	await expect(page.getByRole('button', { name: 'Remove “choir”' })).toHaveCount(0);
	await page.goto('/journal');
	await expect(page.getByRole('listitem').filter({ hasText: 'choir' })).toHaveCount(1);
});
