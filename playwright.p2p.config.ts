import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The peer-to-peer suite: two or three browsers sharing a board through y-webrtc's own signaling server.
// `npm run test:p2p` (scripts/isolated.js) runs it inside a private network namespace (docs/architecture.md, Pitfalls):
// Chromium needs a non-loopback interface for WebRTC, and no packet may leave the machine.
const port = Number(process.env.TANDEM_P2P_PORT ?? 4176);
// The relay's store for this run, fresh each time: set once by the main process, inherited by the workers,
// whose tests read it to check what the relay holds.
process.env.TANDEM_RELAY_DATA ??= mkdtempSync(join(tmpdir(), 'tandem-relay-p2p-'));

export default defineConfig({
	...base,
	testMatch: '**/*.p2p.ts',
	outputDir: 'test-results-p2p',
	// Each test drives two or three browsers at once; one at a time keeps this 2-core machine honest.
	workers: 1,
	timeout: 90_000,
	use: { ...base.use, baseURL: `http://localhost:${port}` },
	webServer: [
		{
			command: `node_modules/.bin/sirv build --single 200.html --port ${port} --host 127.0.0.1`,
			url: `http://localhost:${port}`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// The build's default signaling address (signaling.config.js).
			command: 'node scripts/signal.js',
			url: 'http://127.0.0.1:4444',
			env: { HOST: '127.0.0.1', PORT: '4444' },
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// The build's default relay (signaling.config.js), with its file store in this run's folder.
			command: 'node scripts/relay.js',
			url: 'http://127.0.0.1:4455',
			env: { HOST: '127.0.0.1', PORT: '4455', RELAY_DATA: process.env.TANDEM_RELAY_DATA },
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
