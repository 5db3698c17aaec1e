import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. A failure lists each rule, its impact
 * and the elements it found; `label` says which screen (and colour scheme) failed.
 */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(
		results.violations.map(
			(violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		),
		label
	).toEqual([]);
}
