/** Helpers for the first-week checks (issue 16): phone and desktop sizes, screenshots, and layout facts. */
import { mkdir } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { BackupFile } from '../../../src/lib/domain/backup';
import { TYPICAL_NOW } from '../../fixtures/typical';
import { DataOnDevice } from './data-on-device';

export const PHONE = { width: 390, height: 844 } as const;
export const SMALL_PHONE = { width: 320, height: 568 } as const;
export const DESKTOP = { width: 1366, height: 768 } as const;

/** Where the tests leave their pictures (gitignored), for a person to look at. */
export const SCREENSHOTS = 'test-results/screenshots';

/** Restores a backup through Settings, with the clock on the fixture's last day, and goes to `path`. */
export async function openWithData(page: Page, backup: BackupFile, path = '/'): Promise<void> {
	await page.clock.install({ time: TYPICAL_NOW });
	const data = new DataOnDevice(page);
	await data.open();
	await data.restore({ name: 'typical.json', buffer: Buffer.from(JSON.stringify(backup)) });
	await page.goto(path);
}

/** A full-page picture named by screen, size and colours: `today-phone-dark.png`. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
	await mkdir(SCREENSHOTS, { recursive: true });
	const size = (page.viewportSize()?.width ?? 0) < 600 ? 'phone' : 'desktop';
	const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	await page.screenshot({
		path: `${SCREENSHOTS}/${name}-${size}-${dark ? 'dark' : 'light'}.png`,
		fullPage: options.fullPage ?? true
	});
}

/** The page is no wider than the screen: nothing makes it scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
	const overflow = await page.evaluate(() => {
		const root = document.documentElement;
		const wide = [...document.querySelectorAll<HTMLElement>('main *')]
			.filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
			.filter((element) => {
				// Inside a box that scrolls or clips by itself, a wide child does not widen the page.
				for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
					if (getComputedStyle(parent).overflowX !== 'visible') return false;
				}
				return true;
			})
			.slice(0, 3)
			.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)} px)`
			);
		return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
	});
	expect(
		overflow.scrollWidth,
		`${label}: the page is ${overflow.scrollWidth} px wide; ${overflow.wide.join(', ')}`
	).toBeLessThanOrEqual(overflow.clientWidth);
}

/** The element's whole box lies inside the window as it is now, without scrolling. */
export async function expectInFirstScreenful(page: Page, locator: Locator, label: string): Promise<void> {
	const box = await locator.boundingBox();
	const size = page.viewportSize()!;
	expect(box, `${label}: not rendered`).not.toBeNull();
	expect(box!.y, `${label}: top`).toBeGreaterThanOrEqual(0);
	expect(box!.x, `${label}: left`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${label}: bottom at ${Math.round(box!.y + box!.height)} px`).toBeLessThanOrEqual(size.height);
	expect(box!.x + box!.width, `${label}: right`).toBeLessThanOrEqual(size.width);
}
