import { expect, type Locator, type Page } from '@playwright/test';

/** Every page of the shell, plus an address that matches no page (the app must still render around it). */
export const ROUTES = [
	'/',
	'/journal',
	'/meds',
	'/goals',
	'/goals/new',
	'/goals/map',
	'/therapy',
	'/therapy/breathing',
	'/therapy/grounding',
	'/therapy/thoughts',
	'/therapy/thoughts/new',
	'/therapy/sessions/new',
	'/more',
	'/settings',
	'/report',
	'/sharing',
	'/sharing/invite',
	'/boards',
	'/join',
	'/about',
	'/privacy',
	'/help',
	'/no-such-page'
] as const;

export const CRISIS_TITLE = 'You don’t have to face this alone';

/** What the shell shows on every page: the crisis button and the main navigation. */
export function shell(page: Page) {
	return {
		getHelp: page.getByRole('button', { name: 'Get help now' }),
		mainNav: page.getByRole('navigation', { name: 'Main' }),
		crisisDialog: page.getByRole('dialog', { name: CRISIS_TITLE })
	};
}

export async function expectShell(page: Page): Promise<void> {
	const { getHelp, mainNav } = shell(page);
	await expect(getHelp).toBeVisible();
	await expect(mainNav).toBeVisible();
}

/** Waits until the service worker controls the page; the first visit needs one reload, since it does not claim clients. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
	if (!(await controlled())) await page.reload();
	await expect.poll(controlled).toBe(true);
}

/** Proves the browser really has no network: a URL the service worker has not cached cannot be fetched. */
export async function expectNoNetwork(page: Page): Promise<void> {
	const outcome = await page.evaluate(() =>
		fetch(`/not-cached-${Date.now()}.txt`, { cache: 'no-store' }).then(
			() => 'reached the server',
			() => 'failed'
		)
	);
	expect(outcome).toBe('failed');
}

/** Opens the crisis screen with the header button and returns the dialog. */
export async function openCrisis(page: Page): Promise<Locator> {
	const { getHelp, crisisDialog } = shell(page);
	await getHelp.click();
	await expect(crisisDialog).toBeVisible();
	return crisisDialog;
}
