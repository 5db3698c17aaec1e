/** Steps the sharing tests share: an owner with goals, an invite, a supporter joining. */
import { expect, type Browser, type BrowserContext, type Page } from './test';

export interface Person {
	context: BrowserContext;
	page: Page;
	/** Content Security Policy violations the page reported (the suite's guard covers only its own page). */
	cspViolations: string[];
}

export async function newPerson(browser: Browser): Promise<Person> {
	const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
	if (process.env.TANDEM_P2P_DEBUG) await context.addInitScript(() => localStorage.setItem('log', 'true'));
	const page = await context.newPage();
	const cspViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
		if (process.env.TANDEM_P2P_DEBUG) console.log(`[page] ${message.text()}`);
	});
	if (process.env.TANDEM_P2P_DEBUG) page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
	return { context, page, cspViolations };
}

export async function addGoal(page: Page, title: string, steps: string[]): Promise<string> {
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const region = page.getByRole('region', { name: 'Steps' });
	for (const step of steps) {
		await region.getByLabel('A new step').fill(step);
		await region.getByRole('button', { name: 'Add step' }).click();
		await expect(region.getByRole('checkbox', { name: step })).toBeVisible();
	}
	return page.url();
}

/** Invites `name` to the board with the default scope (everything that may be shared); returns the link. */
export async function invite(page: Page, name: string, ownerName = 'Alex'): Promise<string> {
	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill(name);
	await page.getByLabel('Your name, as they will see it').fill(ownerName);
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('heading', { name: 'Invite ready' })).toBeVisible();
	return page.getByRole('textbox', { name: `Invite link for ${name}` }).inputValue();
}

/** Opens the link and joins as `name`; resolves on the owner's board. */
export async function join(page: Page, link: string, name: string, ownerName = 'Alex'): Promise<void> {
	await page.goto(link);
	await page.getByLabel('Your name, as they will see it').fill(name);
	await page.getByRole('button', { name: 'Join board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${ownerName}’s board` })).toBeVisible({ timeout: 30_000 });
}
