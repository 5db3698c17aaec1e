/**
 * Issue 6's figures, on the ten-year data (30 goals, each with a measured target): the progress of all
 * goals computed from the journal, and the goal map drawn with all 30 goals.
 */
import type { Page } from '@playwright/test';
import { median, type Measurement } from './figures';
import { LONG, measureOf, restore, serviceWorkerReady } from './shell';

const RUNS = 5;

export const goalFigures: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const page = await context.newPage();
		await page.goto('/settings');
		await serviceWorkerReady(page);
		await restore(page, ctx.tenYearBackupPath);
		const progress: number[] = [];
		for (let run = 0; run < RUNS; run++) progress.push(await progressOnColdLoad(page));
		const map: number[] = [];
		await page.goto('/goals/map');
		const toggle = page.getByLabel('Include achieved goals and goals you let go');
		await page.getByRole('group', { name: /goal map: 6 goals/i }).waitFor({ timeout: LONG });
		for (let run = 0; run < RUNS; run++) {
			await page.evaluate(() => performance.clearMeasures('tandem:goal-map-all'));
			await toggle.check();
			map.push(await measureOf(page, 'tandem:goal-map-all'));
			await page.getByRole('group', { name: /goal map: 30 goals/i }).waitFor({ timeout: LONG });
			await toggle.uncheck();
		}
		await toggle.check();
		await page.getByRole('group', { name: /goal map: 30 goals/i }).waitFor({ timeout: LONG });
		const nodes = await page.locator('svg a').count();
		return [
			{
				name: 'goal-progress-30-goals',
				value: median(progress),
				unit: 'ms',
				digits: 1,
				bar: { max: 50, text: '50 ms' },
				notes: [
					`median of ${RUNS} cold loads of Goals: ${progress.map((ms) => ms.toFixed(1)).join(', ')} ms`,
					'performance.measure around indexing the last 15 months of journal, doses and coping uses and evaluating all 30 targets and steps'
				]
			},
			{
				name: 'goal-map-render-30-goals',
				value: median(map),
				unit: 'ms',
				digits: 1,
				bar: { max: 200, text: '200 ms' },
				notes: [
					`median of ${RUNS}: ${map.map((ms) => ms.toFixed(1)).join(', ')} ms — ticking “include achieved” (6 → 30 goals) until the DOM holds the new picture`,
					`${nodes} nodes (goals, steps, supports) in the 30-goal picture`
				]
			}
		];
	} finally {
		await context.close();
	}
};

/** Opens Goals afresh and returns the progress computation that ran once every record had arrived. */
async function progressOnColdLoad(page: Page): Promise<number> {
	await page.goto('/goals');
	await page
		.getByRole('region', { name: 'Working on' })
		.getByText(/this week/)
		.first()
		.waitFor({ timeout: LONG });
	return page.evaluate(() => {
		const measures = performance.getEntriesByName('tandem:goal-progress');
		return measures[measures.length - 1].duration;
	});
}
