#!/usr/bin/env node
// `npm start`: builds Tandem, then serves the built app on http://localhost:4173, the sharing
// signaling server on ws://localhost:4444 and the relay on ws://localhost:4455 (its data in
// .relay-data/, or RELAY_DATA). Ctrl-C stops all three.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

if (!process.argv.includes('--no-build') || !existsSync('build/200.html')) {
	console.log('Building Tandem…');
	// Only warnings and errors: the build's own banner and file list would bury the address.
	const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

// The servers' own banners are silenced (sirv's clears the terminal and names commands this project
// doesn't have); their errors still show.
const quiet = { stdio: /** @type {const} */ (['ignore', 'ignore', 'inherit']) };
const children = [
	spawn(bin('sirv'), ['build', '--single', '200.html', '--port', '4173', '--host', '127.0.0.1', '--quiet'], quiet),
	spawn(process.execPath, ['scripts/signal.js'], quiet),
	spawn(process.execPath, ['scripts/relay.js'], { ...quiet, env: { ...process.env, HOST: '127.0.0.1', PORT: '4455' } })
];
console.log('Tandem is running at http://localhost:4173 (Ctrl-C to stop)');

function stop() {
	for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
	child.on('exit', (code) => {
		if (code && code !== 0) {
			console.error(`A server stopped unexpectedly (exit ${code}).`);
			stop();
			process.exitCode = code;
		}
	});
