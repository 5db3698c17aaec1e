/**
 * A shared board over time: changes made apart merge when both are back, an owner can renew the link or
 * stop sharing, and the supporter's copy goes when sharing stops. `npm run test:p2p`.
 */
import { addGoal, invite, join, newPerson, storedBoardText } from './support/sharing';
import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';

test('offline merge: both sides change things while apart, five times; each time both converge', async ({ browser }) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['First step']);
	const link = await invite(owner.page, 'Sam');
	await join(supporter.page, link, 'Sam');
	const boardUrl = supporter.page.url();

	for (let cycle = 1; cycle <= 5; cycle++) {
		// Apart: the owner's app is closed while the supporter writes; then the supporter's, while the owner changes a goal.
		await owner.page.goto('about:blank');
		await supporter.page.goto(boardUrl);
		await expect(supporter.page.getByText(/^\s*As of \w+day/)).toBeVisible();
		await supporter.page.getByLabel('Write some encouragement').fill(`Cheer ${cycle}`);
		await supporter.page.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Send' }).click();
		await expect(supporter.page.getByRole('region', { name: 'Messages' })).toContainText(`Cheer ${cycle}`);
		await supporter.page.goto('about:blank');

		await owner.page.goto(goalUrl);
		const steps = owner.page.getByRole('region', { name: 'Steps' });
		await steps.getByLabel('A new step').fill(`Step ${cycle}`);
		await steps.getByRole('button', { name: 'Add step' }).click();
		await expect(steps.getByRole('checkbox', { name: `Step ${cycle}` })).toBeVisible();

		// Together again: each side has the other's change.
		await supporter.page.goto(boardUrl);
		await expect(supporter.page.getByRole('list', { name: 'Steps for Sleep better' })).toContainText(`Step ${cycle}`);
		await expect(supporter.page.getByRole('article', { name: 'Sleep better' })).toContainText(`0 of ${cycle + 1} steps done`);
		await owner.page.goto('/sharing');
		await expect(owner.page.getByRole('region', { name: 'Sam' })).toContainText(`Cheer ${cycle}`);
	}
	// Everything from every cycle is there, once.
	for (let cycle = 1; cycle <= 5; cycle++) {
		await expect(owner.page.getByRole('region', { name: 'Sam' }).getByText(`Cheer ${cycle}`, { exact: true })).toHaveCount(1);
	}
	await owner.context.close();
	await supporter.context.close();
});

test('renew and stop: the old link stops working, the board moves to the new one, and stopping deletes the supporter’s copy', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const latecomer = await newPerson(browser);
	await addGoal(owner.page, 'Walk every day', ['Walk to the shop']);
	const oldLink = await invite(owner.page, 'Sam');
	await join(supporter.page, oldLink, 'Sam');
	await expect(supporter.page.getByRole('article', { name: 'Walk every day' })).toBeVisible();

	// Accessibility of the supporter's board and the owner's Sharing screen, while live.
	for (const scheme of ['light', 'dark'] as const) {
		await supporter.page.emulateMedia({ colorScheme: scheme });
		await expectNoViolations(supporter.page, `board, ${scheme}`);
	}

	await owner.page.goto('/sharing');
	const card = owner.page.getByRole('region', { name: 'Sam' });
	await expect(card).toContainText('Connected now');
	for (const scheme of ['light', 'dark'] as const) {
		await owner.page.emulateMedia({ colorScheme: scheme });
		await expectNoViolations(owner.page, `sharing, ${scheme}`);
	}
	await card.getByRole('button', { name: 'Renew link' }).click();
	await card.getByRole('button', { name: 'Make a new link' }).click();
	await expect(card).toContainText('The old one no longer works');
	const newLink = await card.getByRole('textbox', { name: 'Invite link for Sam' }).inputValue();
	expect(newLink).not.toEqual(oldLink);

	// The supporter on the old room is told, and its copy goes.
	await expect(supporter.page.getByText('Alex stopped sharing')).toBeVisible({ timeout: 15_000 });
	await expect.poll(async () => (await storedBoardText(supporter.page)).databases).toBe(0);

	// The old link no longer opens anything.
	await latecomer.page.goto(oldLink);
	await latecomer.page.getByLabel('Your name, as they will see it').fill('Late');
	await latecomer.page.getByRole('button', { name: 'Join board' }).click();
	await expect(latecomer.page.getByRole('alert')).toContainText('This link doesn’t work', { timeout: 30_000 });

	// The new link works; then stopping sharing ends it for good.
	await join(supporter.page, newLink, 'Sam');
	await expect(supporter.page.getByRole('article', { name: 'Walk every day' })).toBeVisible();
	await expect(card).toContainText('Connected now');
	await card.getByRole('button', { name: 'Stop sharing' }).click();
	await card.getByRole('button', { name: 'Stop sharing' }).last().click();
	await expect(owner.page.getByRole('region', { name: 'Sam' })).toHaveCount(0);
	await expect(owner.page.getByText('You aren’t sharing with anyone.')).toBeVisible();
	await expect(supporter.page.getByText('Alex stopped sharing')).toBeVisible({ timeout: 15_000 });
	await expect(supporter.page.getByText('Walk every day')).toHaveCount(0);
	await expect.poll(async () => (await storedBoardText(supporter.page)).databases).toBe(0);
	expect((await storedBoardText(owner.page)).databases).toBe(0);
	for (const person of [owner, supporter, latecomer]) await person.context.close();
});
