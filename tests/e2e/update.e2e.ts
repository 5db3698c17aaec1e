import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { waitForServiceWorker } from './support/app';

// A private server for this test: its files are swapped for the next build while the app is open.
let work = '';
let site = '';
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

/**
 * Starts sirv (the binary itself, so its PID is the server's) and reads the address it prints: sirv moves
 * to another port if the one asked for was taken in the meantime. --dev makes it read files on every request.
 */
async function startServer(dir: string): Promise<string> {
	const port = await freePort();
	return new Promise((done, fail) => {
		const child = spawn(
			resolve('node_modules/.bin/sirv'),
			[dir, '--dev', '--single', '200.html', '--port', String(port), '--host', '127.0.0.1'],
			{ stdio: ['ignore', 'pipe', 'pipe'] }
		);
		server = child;
		let output = '';
		const timer = setTimeout(() => fail(new Error(`sirv did not start:\n${output}`)), 15_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const address = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
			if (address) {
				clearTimeout(timer);
				done(`http://127.0.0.1:${address[1]}`);
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('exit', (code) => fail(new Error(`sirv exited with ${code}:\n${output}`)));
	});
}

test.beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'tandem-update-'));
	site = join(work, 'site');
	cpSync('build', site, { recursive: true });
	origin = await startServer(site);
});

test.afterAll(() => {
	if (server?.pid) process.kill(server.pid);
	if (work) rmSync(work, { recursive: true, force: true });
});

test('a new version is offered, never forced, and "Reload to update" brings it in', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	try {
		await page.goto('/about');
		await expect(page.getByTestId('build-id')).toHaveText('test-current');
		await waitForServiceWorker(page);
		await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);

		// Deploy the next build: swap the served directory in one step, so no request sees half of it.
		const next = join(work, 'next');
		cpSync('build-next', next, { recursive: true });
		renameSync(site, join(work, 'previous'));
		renameSync(next, site);

		await page.evaluate(() =>
			navigator.serviceWorker.getRegistration().then((registration) => registration?.update().then(() => true))
		);

		const banner = page.getByRole('status').filter({ hasText: 'A new version of Tandem is ready.' });
		await expect(banner).toBeVisible();
		// Until the person chooses, the page keeps running the version they have open.
		await expect(page.getByTestId('build-id')).toHaveText('test-current');

		await banner.getByRole('button', { name: 'Reload to update' }).click();
		await expect(page.getByTestId('build-id')).toHaveText('test-next');
		await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
	} finally {
		await context.close();
	}
});
