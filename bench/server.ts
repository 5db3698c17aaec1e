/** The built app: build it when asked or missing, then serve build/ with sirv exactly as `npm start` does. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';

export const HOST = '127.0.0.1';
export const PORT = 4190;

/** Runs `vite build` when build/200.html is missing or `force` is set; returns a line saying which. */
export function ensureBuild(root: string, force: boolean): string {
	const fallback = join(root, 'build', '200.html');
	if (!force && existsSync(fallback)) {
		const built = statSync(fallback).mtime;
		const newer = newestIn(root, 'src');
		const stale = newer && newer.mtime > built ? ` — OLDER than ${newer.path} (${newer.mtime.toISOString()}): pass --build` : '';
		return `build: reused build/ from ${built.toISOString()}${stale}`;
	}
	const started = performance.now();
	// The build's own log goes to stderr so stdout holds only figures and comments.
	const result = spawnSync(join(root, 'node_modules/.bin/vite'), ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
	return `build: vite build took ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** The most recently modified file under root/folder, to tell when build/ is older than the source. */
function newestIn(root: string, folder: string): { path: string; mtime: Date } | undefined {
	let newest: { path: string; mtime: Date } | undefined;
	for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const { mtime } = statSync(path);
		if (!newest || mtime > newest.mtime) newest = { path: relative(root, path), mtime };
	}
	return newest;
}

export interface Server {
	url: string;
	pid: number;
	stop(): void;
}

/** Starts sirv on 127.0.0.1:4190 (the binary itself, so its PID is the server) and waits until it answers. */
export async function startServer(root: string): Promise<Server> {
	// sirv silently moves to another port when this one is taken; refuse instead of measuring something else.
	await assertPortFree();
	const child = spawn(
		join(root, 'node_modules/.bin/sirv'),
		['build', '--single', '200.html', '--port', String(PORT), '--host', HOST],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const stop = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	const url = `http://${HOST}:${PORT}`;
	try {
		await waitUntilServing(url, () => child.exitCode !== null);
	} catch (error) {
		stop();
		throw error;
	}
	return { url, pid: child.pid ?? -1, stop };
}

function assertPortFree(): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () => reject(new Error(`port ${PORT} on ${HOST} is in use (is another bench running?)`)));
		probe.listen(PORT, HOST, () => probe.close(() => resolve()));
	});
}

async function waitUntilServing(url: string, exited: () => boolean): Promise<void> {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (exited()) throw new Error('sirv exited before serving');
		if (await answers(url)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`sirv did not answer on ${url} within 15 s`);
}

/** node:http rather than fetch: undici refuses port 4190 (on the Fetch spec's blocked list; Chromium allows it). */
function answers(url: string): Promise<boolean> {
	return new Promise((resolve) => {
		get(url, (response) => {
			response.resume();
			resolve(response.statusCode === 200);
		}).on('error', () => resolve(false));
	});
}
