/**
 * Today left open over midnight, as a phone resumes Tandem in the morning: every screen moves to the
 * new day by itself, and no write lands on a day other than the one on screen. Time is moved with
 * Playwright's clock, never by reloading in between.
 */
import { expect, test, type Page } from './support/test';
import { dumpDatabase } from './support/db-dump';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

/** 23:50 on Sunday 10 May 2026 in London (BST). */
const LATE_EVENING = new Date('2026-05-10T22:50:00Z');

async function addMedication(page: Page, name: string, moment: string, amount: string) {
	await page.goto('/meds/new');
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Moment').selectOption({ label: moment });
	await page.getByLabel('Amount (mg)').fill(amount);
	await page.getByRole('button', { name: 'Save medication' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

function doseRow(page: Page, region: string, name: string) {
	return page.getByRole('region', { name: region }).getByRole('listitem', { name: new RegExp(`^${name} `) });
}

test('a mood tapped before and after midnight, without a reload, lands on each own day', async ({ page }) => {
	await page.clock.install({ time: LATE_EVENING });
	await page.goto('/');
	await expect(page.getByText('10 May 2026', { exact: true })).toBeVisible();
	const card = page.getByRole('region', { name: 'Check in' });
	await card.getByRole('button', { name: 'Good', exact: true }).click();
	await expect(card.getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');

	// Twenty minutes pass with the screen open: it is now 00:10 on Monday.
	await page.clock.runFor('20:00');
	await expect(page.getByText('11 May 2026', { exact: true })).toBeVisible();
	// The new day has no check-in yet: yesterday's mood is not shown as today's.
	await expect(card.getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'false');
	await card.getByRole('button', { name: 'Low', exact: true }).click();
	await expect(card.getByRole('button', { name: 'Low', exact: true })).toHaveAttribute('aria-pressed', 'true');

	await page.reload();
	await expect(card.getByRole('button', { name: 'Low', exact: true })).toHaveAttribute('aria-pressed', 'true');
	const { checkins } = await dumpDatabase(page);
	const byDay = Object.fromEntries((checkins as { day: string; mood: number }[]).map((checkin) => [checkin.day, checkin.mood]));
	expect(byDay).toEqual({ '2026-05-10': 4, '2026-05-11': 2 });
});

test('doses follow the routine’s day: the evening stays on screen after midnight, the morning brings the new day', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-05-10T20:00:00Z') });
	await addMedication(page, 'Sertraline', 'Breakfast', '50');
	await addMedication(page, 'Quetiapine', 'Bedtime', '25');

	await page.clock.setSystemTime(LATE_EVENING);
	await page.goto('/');

	// 00:10: the evening's doses are still the ones on screen; the bedtime dose tapped now is the evening's (issue case 5).
	await page.clock.runFor('20:00');
	await expect(page.getByText('Still the doses of 10 May 2026, until 2:45')).toBeVisible();
	await doseRow(page, 'Today’s medication', 'Quetiapine').getByRole('button', { name: 'Taken Quetiapine 25 mg' }).click();
	await expect(doseRow(page, 'Today’s medication', 'Quetiapine').getByRole('button', { name: /^Undo/ })).toBeVisible();
	await expect(doseRow(page, 'Today’s medication', 'Quetiapine')).toContainText('Taken');

	// Morning: the routine's day has turned; today's breakfast dose is marked on today.
	await page.clock.runFor('08:00:00');
	await expect(page.getByText(/Still the doses of/)).toHaveCount(0);
	await doseRow(page, 'Today’s medication', 'Sertraline').getByRole('button', { name: 'Taken Sertraline 50 mg' }).click();
	await expect(doseRow(page, 'Today’s medication', 'Sertraline').getByRole('button', { name: /^Undo/ })).toBeVisible();
	await expect(doseRow(page, 'Today’s medication', 'Quetiapine')).toContainText('Later');

	await page.reload();
	const { doseEvents } = await dumpDatabase(page);
	const marks = (doseEvents as { dueDay: string; amount: number }[]).map((event) => [event.dueDay, event.amount]).sort();
	expect(marks).toEqual([
		['2026-05-10', 25],
		['2026-05-11', 50]
	]);
});

test('a bedtime at 00:30 is the day’s last dose: taken at 23:50, it is not due again at 00:35', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-05-10T20:00:00Z') });
	await page.goto('/settings');
	await page.getByLabel('Bedtime').fill('00:30');
	await page.getByRole('button', { name: 'Save routine' }).click();
	await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
	await addMedication(page, 'Quetiapine', 'Bedtime', '25');
	await addMedication(page, 'Sertraline', 'Dinner', '50');

	await page.clock.setSystemTime(LATE_EVENING);
	await page.goto('/');
	const today = page.getByRole('region', { name: 'Today’s medication' });
	// Listed after dinner, at the end of the day.
	await expect(today.getByRole('listitem').last()).toHaveAccessibleName(/^Quetiapine /);
	await doseRow(page, 'Today’s medication', 'Quetiapine').getByRole('button', { name: 'Taken Quetiapine 25 mg' }).click();
	await expect(doseRow(page, 'Today’s medication', 'Quetiapine').getByRole('button', { name: /^Undo/ })).toBeVisible();

	await page.clock.runFor('45:00');
	await expect(page.getByText('Still the doses of 10 May 2026, until 3:45')).toBeVisible();
	await expect(doseRow(page, 'Today’s medication', 'Quetiapine')).toContainText('Taken');
	// No Quetiapine row anywhere on Today asks for it now.
	await expect(page.getByRole('listitem', { name: /^Quetiapine / }).filter({ hasText: 'Due now' })).toHaveCount(0);
	const { doseEvents } = await dumpDatabase(page);
	expect((doseEvents as { dueDay: string }[]).map((event) => event.dueDay)).toEqual(['2026-05-10']);
});
