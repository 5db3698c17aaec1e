import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it exists (this machine, CI); elsewhere Playwright's own browser.
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
	? {
			executablePath: debianChromium,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	: {};

// Another port lets two suites run side by side on one machine (TANDEM_E2E_PORT=4175).
const port = Number(process.env.TANDEM_E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	webServer: {
		// Serves the built app exactly as `npm start` does; `npm test` builds it first.
		command: `node_modules/.bin/sirv build --single 200.html --port ${port} --host 127.0.0.1`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
