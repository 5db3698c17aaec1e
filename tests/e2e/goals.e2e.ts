import { expect, test, type Page } from './support/test';
import { tenYearBackup } from '../fixtures/tenYears';
import { DataOnDevice } from './support/data-on-device';
import { expectNoViolations } from './support/axe';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

function localDay(offsetDays = 0): string {
	const date = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
}

async function checkIn(page: Page, day: string, hours: string): Promise<void> {
	await page.goto(`/journal/day?day=${day}`);
	await page.getByRole('button', { name: /Okay$/ }).first().click();
	await page.getByLabel('Hours slept last night').fill(hours);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');
}

test('a goal with a sleep target: progress and “met this week” follow the check-ins', async ({ page }) => {
	await page.goto('/goals');
	await page.getByRole('link', { name: 'New goal' }).click();
	await page.getByLabel('Title', { exact: true }).fill('Sleep 7 hours');
	await page.getByLabel('Why it matters').fill('Mornings are easier when I have slept.');
	await page.getByLabel('Area').selectOption({ label: 'Sleep' });
	await page.getByLabel('Measure this goal').check();
	await page.getByLabel('Measure', { exact: true }).selectOption({ label: 'Sleep (hours)' });
	await page.getByLabel('Value', { exact: true }).fill('7');
	await page.getByLabel('Days out of 7').fill('9');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByText('Choose from 1 to 7 days a week.').first()).toBeVisible();
	await page.getByLabel('Days out of 7').fill('2');
	await expect(page.getByText('Target: Sleep ≥ 7 h on 2 of 7 nights')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Box breathing' }).check();
	await page.getByRole('button', { name: 'Save goal' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Sleep 7 hours' })).toBeVisible();
	const progress = page.getByRole('region', { name: 'Progress' });
	await expect(progress).toContainText('No data this week yet');
	const goalUrl = page.url();

	const steps = page.getByRole('region', { name: 'Steps' });
	for (const step of ['Screens off at 10', 'Wind-down hour', 'Same wake time']) {
		await steps.getByLabel('A new step').fill(step);
		await steps.getByRole('button', { name: 'Add step' }).click();
		await expect(steps.getByRole('checkbox', { name: step })).toBeVisible();
	}
	await steps.getByRole('button', { name: 'Move “Same wake time” up' }).click();
	await expect(steps.getByRole('checkbox')).toHaveCount(3);
	await expect(steps.getByRole('listitem').nth(1)).toContainText('Same wake time');
	await steps.getByRole('checkbox', { name: 'Screens off at 10' }).check();
	await expect(steps).toContainText('1 of 3 done');

	await checkIn(page, localDay(), '8');
	await page.goto(goalUrl);
	await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Not met this week · 1 of 7 nights');

	await checkIn(page, localDay(-1), '7.5');
	await page.goto(goalUrl);
	await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Met this week · 2 of 7 nights');
	await expect(page.getByRole('region', { name: 'Progress' })).toContainText('1 week met');

	await page.goto('/');
	const week = page.getByRole('region', { name: 'Your goals this week' });
	await expect(week.getByRole('link', { name: 'Sleep 7 hours' })).toBeVisible();
	await expect(week).toContainText('Met this week · 2 of 7 nights');

	await page.goto('/goals');
	await expect(page.getByRole('region', { name: 'Working on' })).toContainText('1 of 3 steps done');
	await expect(page.getByRole('region', { name: 'Working on' })).toContainText('Met this week · 2 of 7 nights');
});

test('a goal can go on the agenda, be marked achieved, and be deleted with its steps', async ({ page }) => {
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill('Walk three times a week');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk three times a week' })).toBeVisible();
	await page.getByRole('button', { name: 'Bring up at my next session' }).click();
	await expect(page.getByRole('status')).toHaveText('Added to the agenda for your next session.');
	await page.getByRole('button', { name: 'Mark achieved' }).click();
	await expect(page.getByRole('status')).toHaveText('Marked achieved — well done.');

	await page.goto('/therapy');
	await expect(page.getByRole('region', { name: 'Agenda for next time' })).toContainText(
		'Goal: Walk three times a week · From a goal'
	);
	await page.goto('/goals');
	await expect(page.getByRole('region', { name: 'Working on' })).not.toContainText('Walk three times a week');
	await page.getByText(/Achieved and let go \(1\)/).click();
	await page.getByRole('link', { name: 'Walk three times a week' }).click();
	await page.getByRole('button', { name: 'Delete goal' }).click();
	await page.getByRole('button', { name: 'Delete it' }).click();
	await expect(page).toHaveURL('/goals');
	await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});

test('the goal screens have no accessibility violations, light and dark', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill('Fewer panic attacks');
	await page.getByLabel('Measure this goal').check();
	await page.getByLabel('Measure', { exact: true }).selectOption({ label: 'Panic attacks (count)' });
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Fewer panic attacks' })).toBeVisible();
	const goalUrl = page.url();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of [goalUrl, '/goals', '/goals/new']) {
			await page.goto(path);
			await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoViolations(page, `${path}, ${scheme}`);
		}
	}
});

test('the goal map draws thirty goals from ten years of data, opens a node, and lists the same map', async ({ page }) => {
	test.setTimeout(240_000);
	const data = new DataOnDevice(page);
	await data.open();
	await data.restore({ name: 'ten-years.json', buffer: Buffer.from(JSON.stringify(tenYearBackup())) });

	await page.goto('/goals/map');
	const map = page.getByRole('region', { name: 'Your goal map' });
	await expect(map.getByRole('group', { name: /^Your goal map: 6 goals/ })).toBeVisible();
	await page.getByLabel('Include achieved goals and goals you let go').check();
	const picture = map.getByRole('group', { name: /^Your goal map: 30 goals/ });
	await expect(picture).toBeVisible();
	await expect(picture.getByRole('link', { name: /^Goal: / })).toHaveCount(30);
	// What supports the goals: a medication shared by fifteen goals is one node.
	await expect(picture.getByRole('link', { name: /^Medicine: Sertraline, supports 15 goals/ })).toHaveCount(1);

	await map.getByRole('button', { name: 'Zoom in' }).click();
	await map.getByRole('button', { name: 'Fit' }).click();
	// Thirty goals with five steps each cannot all fit a screen readably: the map opens as an overview.
	await expect(map.getByRole('button', { name: 'Steps' })).toHaveAttribute('aria-pressed', 'false');
	await expect(picture.getByRole('link', { name: /^Step of / })).toHaveCount(0);
	await map.getByRole('button', { name: 'Steps' }).click();
	await expect(picture.getByRole('link', { name: /^Step of / })).toHaveCount(150);
	await map.getByRole('button', { name: 'List' }).click();
	await expect(map.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');

	const goal = picture.getByRole('link', { name: /^Goal: Goal 25: / });
	await goal.click();
	await expect(page).toHaveURL(/\/goals\/goal-24$/);
	await expect(page.getByRole('heading', { level: 1, name: /^Goal 25: / })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Target: Latest PHQ-9 score < 10');

	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/goals/map');
		await expect(page.getByRole('group', { name: /^Your goal map: 6 goals/ })).toBeVisible();
		await expectNoViolations(page, `goal map, ${scheme}`);
	}
});
