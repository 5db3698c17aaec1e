import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The peer-to-peer suite: two or three browsers sharing a board through y-webrtc's own signaling server.
// `npm run test:p2p` (scripts/isolated.js) runs it inside a private network namespace (docs/architecture.md, Pitfalls):
// Chromium needs a non-loopback interface for WebRTC, and no packet may leave the machine.
const port = Number(process.env.TANDEM_P2P_PORT ?? 4176);

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
		}
	]
});
