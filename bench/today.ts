/**
 * Issue 18's figures for opening Today: a fresh profile until Today is usable, and a reload of Today in a warm
 * browser that holds ten years, until the check-in and the dose cards are both on screen.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { median, type Figure } from './figures';
import { LONG } from './shell';

const RUNS = 5;
const CARDS_MARK = 'bench:today-cards';

/** Navigation start → 'tandem:today-ready' in a new, empty context each run (nothing cached, no service worker yet). */
export async function freshToToday(newContext: () => Promise<BrowserContext>): Promise<Figure> {
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await newContext();
		try {
			const page = await context.newPage();
			await page.goto('/');
			runs.push(await markTime(page, 'tandem:today-ready'));
		} finally {
			await context.close();
		}
	}
	return {
		name: 'fresh-to-today',
		value: median(runs),
		unit: 'ms',
		digits: 0,
		bar: { max: 200, text: '200 ms' },
		notes: [`median of ${RUNS} fresh profiles, navigation start → tandem:today-ready: ${list(runs)} ms`]
	};
}

/**
 * Reloads Today in a context that already holds ten years and has shown Today once (a warm browser).
 * An init script's MutationObserver marks the first moment both the check-in and today's dose cards are in the DOM.
 */
export async function reloadToTodayTenYears(context: BrowserContext): Promise<Figure> {
	await context.addInitScript((mark) => {
		const observer = new MutationObserver(() => {
			if (document.getElementById('checkin-title') && document.getElementById('doses-title')) {
				observer.disconnect();
				performance.mark(mark);
			}
		});
		observer.observe(document, { childList: true, subtree: true });
	}, CARDS_MARK);
	const page = await context.newPage();
	const runs: number[] = [];
	try {
		await page.goto('/');
		await markTime(page, CARDS_MARK);
		for (let run = 0; run < RUNS; run++) {
			await page.reload();
			runs.push(await markTime(page, CARDS_MARK));
		}
	} finally {
		await page.close();
	}
	return {
		name: 'reload-to-today-ten-years',
		value: median(runs),
		unit: 'ms',
		digits: 0,
		bar: { max: 70, text: '70 ms' },
		notes: [`median of ${RUNS} reloads, navigation start → check-in and dose cards in the DOM: ${list(runs)} ms`]
	};
}

async function markTime(page: Page, name: string): Promise<number> {
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: LONG });
	return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

const list = (runs: number[]) => runs.map((ms) => Math.round(ms)).join(', ');
