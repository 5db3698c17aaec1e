import { expect, type Page } from '@playwright/test';

export interface LinearPlan {
	name: string;
	strength?: string;
	moment?: string;
	start: string;
	step: string;
	every: string;
	target: string;
	direction?: 'Going up (titrating)' | 'Going down (tapering)';
}

/** The add-medication form, filled in as a person would. */
export async function fillLinearPlan(page: Page, plan: LinearPlan): Promise<void> {
	await page.getByLabel('Name', { exact: true }).fill(plan.name);
	if (plan.strength) await page.getByLabel('Strength (optional)').fill(plan.strength);
	await page.getByLabel('Moment').selectOption({ label: plan.moment ?? 'Breakfast' });
	await page.getByLabel('Yes, by the same step at regular intervals').check();
	if (plan.direction) await page.getByLabel('Direction').selectOption({ label: plan.direction });
	await page.getByLabel(/Starting dose/).fill(plan.start);
	await page.getByLabel(/Change each time/).fill(plan.step);
	await page.getByLabel('Every (days)').fill(plan.every);
	await page.getByLabel(/Until reaching/).fill(plan.target);
	await page.getByLabel('Decided by').fill('Dr Okafor');
}

export function todaysDose(page: Page, name: string) {
	return page.getByRole('region', { name: 'Today’s medication' }).getByRole('listitem', { name: new RegExp(`^${name} `) });
}

export async function expectDoseToday(page: Page, name: string, amount: string, step: string | null): Promise<void> {
	const row = todaysDose(page, name);
	await expect(row).toHaveAccessibleName(`${name} ${amount}`);
	if (step) await expect(row).toContainText(step);
}
