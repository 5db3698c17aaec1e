/**
 * The suite's `test`: Playwright's, plus a guard that fails any test during which the page reported a
 * Content Security Policy violation, so the whole app is shown to work under its policy.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ cspGuard: void }>({
	cspGuard: [
		async ({ page }, use) => {
			const violations: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
			});
			await use();
			expect(violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
export type { APIResponse, Browser, BrowserContext, Locator, Page } from '@playwright/test';
