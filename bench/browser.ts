/** Headless Chromium as docs/architecture.md (Pitfalls) prescribes: Debian's /usr/bin/chromium when present, with the no-network flags. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	const executablePath = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
	return chromium.launch({ executablePath, args: ARGS });
}

export async function newBenchContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow', acceptDownloads: true });
	// Page errors go to stderr: they explain a stuck measurement without polluting the figures.
	context.on('weberror', (error) => console.error(`page error: ${error.error().message}`));
	return context;
}
