/**
 * The two people's screens around a shared board (`npm run test:p2p`): a supporter who keeps no journal
 * lands on their boards, a wide screen uses its width, and what supporters send reaches the owner on
 * Today and on the goal it is about, with a count on the Sharing entry.
 */
import { addGoal, invite, join, newPerson } from './support/sharing';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/test';

test('a therapist’s Tandem: lands on “Boards shared with you”, the board uses a wide screen, and messages reach the owner where they look', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const sleepUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10']);
	await addGoal(owner.page, 'Walk every day', ['Walk to the shop']);
	const link = await invite(owner.page, 'Dr Lee');
	await join(supporter.page, link, 'Dr Lee');

	// On a phone every word on the board's charts is 12 px or more, and the page never scrolls sideways.
	await supporter.page.setViewportSize({ width: 390, height: 844 });
	const chartWords = supporter.page.locator('main figure svg text');
	await expect(chartWords.first()).toBeVisible();
	await expect
		.poll(async () => {
			const sizes = await chartWords.evaluateAll((texts) =>
				texts.map((text) => (text as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize))
			);
			return Math.min(...sizes);
		})
		.toBeGreaterThanOrEqual(11.99);
	expect(await supporter.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

	// On a wide screen the goals sit in columns, the weekly summaries beside them.
	await supporter.page.setViewportSize({ width: 1366, height: 900 });
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	const walk = supporter.page.getByRole('article', { name: 'Walk every day' });
	const weeks = supporter.page.getByRole('region', { name: 'Week by week' });
	const [sleepBox, walkBox, weeksBox] = await Promise.all([sleep.boundingBox(), walk.boundingBox(), weeks.boundingBox()]);
	expect(Math.abs(sleepBox!.y - walkBox!.y)).toBeLessThan(2);
	expect(Math.min(sleepBox!.x, walkBox!.x) + sleepBox!.width).toBeLessThanOrEqual(Math.max(sleepBox!.x, walkBox!.x));
	expect(weeksBox!.x).toBeGreaterThan(Math.max(sleepBox!.x, walkBox!.x));
	expect(sleepBox!.width + walkBox!.width + weeksBox!.width).toBeGreaterThan(1000);
	await expectNoViolations(supporter.page, 'wide board');

	// The supporter writes on a goal and suggests a step.
	await supporter.page.getByLabel('Encouragement on “Sleep better”').fill('Lovely week of sleep');
	await sleep.getByRole('button', { name: 'Send' }).click();
	await supporter.page.getByLabel('Suggest a step for “Sleep better”').fill('Dim the lights at 9');
	await sleep.getByRole('button', { name: 'Suggest' }).click();
	await expect(sleep).toContainText('“Dim the lights at 9” (waiting)');

	// The owner sees a count on the Sharing entry, and both on Today and on the goal.
	await owner.page.goto('/');
	const nav = owner.page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: /More.*2 new from your supporters/ })).toBeVisible();
	const today = owner.page.getByRole('region', { name: 'From your supporters' });
	await expect(today).toContainText('Dr Lee on “Sleep better”: Lovely week of sleep');
	await expect(today).toContainText('Dr Lee suggests a step for Sleep better: “Dim the lights at 9”');
	await expectNoViolations(owner.page, 'Today with messages');
	await owner.page.goto(sleepUrl);
	const onGoal = owner.page.getByRole('region', { name: 'From your supporters' });
	await expect(onGoal).toContainText('Lovely week of sleep');
	await onGoal.getByRole('button', { name: 'Accept “Dim the lights at 9”' }).click();
	await expect(
		owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'Dim the lights at 9' })
	).toBeVisible();
	await onGoal.getByRole('button', { name: /^Thanks, Dr Lee/ }).click();
	await expect(nav.getByRole('link', { name: /new from your supporters/ })).toHaveCount(0);
	await expect(sleep).toContainText('“Dim the lights at 9” (accepted)');

	// Opening Tandem, the supporter (who keeps no journal of their own) lands on their boards, not an empty Today.
	await supporter.page.goto('/');
	await expect(supporter.page).toHaveURL('/boards');
	await expect(supporter.page.getByRole('heading', { level: 1, name: 'Boards shared with you' })).toBeVisible();
	const card = supporter.page.getByRole('link', { name: 'Alex' });
	await expect(card).toContainText('Live now');
	await expect(card).toContainText('0 of 3 steps done');
	await expect(card).toContainText('Changed since you last looked');
	await expectNoViolations(supporter.page, 'boards shared with you');
	// Today is still one tap away.
	await supporter.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await expect(supporter.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await owner.context.close();
	await supporter.context.close();
});
