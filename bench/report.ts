/** Issue 8's figures, on the ten-year data: the visit report for 3 months and for a year, read and rendered. */
import type { Page } from '@playwright/test';
import { median, type Figure, type Measurement } from './figures';
import { LONG, measureOf, restore, serviceWorkerReady } from './shell';

const RUNS = 5;

export const reportFigures: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const page = await context.newPage();
		await page.goto('/settings');
		await serviceWorkerReady(page);
		await restore(page, ctx.tenYearBackupPath);
		await page.goto('/report');
		await page.getByRole('article', { name: /Tandem visit report/ }).waitFor({ timeout: LONG });
		const quarter = await runs(page, 'Last 3 months');
		const year = await runs(page, 'Last year');
		const sections = await page.getByRole('article').getByRole('heading', { level: 2 }).count();
		return [figure('report-3-months', quarter, 300, sections), figure('report-1-year', year, 800, sections)];
	} finally {
		await context.close();
	}
};

function figure(name: string, values: number[], bar: number, sections: number): Figure {
	return {
		name,
		value: median(values),
		unit: 'ms',
		digits: 1,
		bar: { max: bar, text: `${bar} ms` },
		notes: [
			`median of ${RUNS}: ${values.map((ms) => ms.toFixed(1)).join(', ')} ms — choosing the period → records read → all ${sections - 1} sections rendered`
		]
	};
}

async function runs(page: Page, label: string): Promise<number[]> {
	const values: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		// Each choice's measure is cleared before the next, so a late one is never read as the next.
		await page.evaluate(() => performance.clearMeasures('tandem:report'));
		await page.getByLabel('Last 4 weeks').check();
		await measureOf(page, 'tandem:report');
		await page.evaluate(() => performance.clearMeasures('tandem:report'));
		await page.getByLabel(label).check();
		values.push(await measureOf(page, 'tandem:report'));
	}
	return values;
}
