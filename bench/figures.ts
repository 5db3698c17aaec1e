/** What a measurement returns and what it gets: the shared vocabulary of `npm run bench`. */
import type { Browser, BrowserContext } from '@playwright/test';

export interface Figure {
	name: string;
	value: number;
	/** Printed after the value; '' for a plain count. kB and MB are decimal (1,000 and 1,000,000 bytes). */
	unit: string;
	digits: number;
	/** The issue's bar, in the figure's own unit. */
	bar?: { max: number; text: string };
	/** Printed as `# …` comment lines under the figure. */
	notes?: string[];
}

export interface BenchContext {
	root: string;
	buildDir: string;
	baseURL: string;
	browser: Browser;
	/** The ten-year backup as a JSON file on disk. */
	tenYearBackupPath: string;
	/** How many records it holds. */
	tenYearRecords: number;
	/** A fresh browser context on the served build: empty storage, service workers allowed, downloads accepted. */
	newContext(): Promise<BrowserContext>;
}

export type Measurement = (ctx: BenchContext) => Promise<Figure[]>;

export function formatFigure(figure: Figure): string[] {
	const value = figure.value.toFixed(figure.digits);
	const lines = [`${figure.name}: ${figure.unit ? `${value} ${figure.unit}` : value}`];
	if (figure.bar) {
		const verdict = figure.value <= figure.bar.max ? 'within' : 'OVER';
		lines.push(`# bar: ${figure.name} ≤ ${figure.bar.text} (${verdict})`);
	}
	for (const note of figure.notes ?? []) lines.push(`# ${note}`);
	return lines;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
