import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { allowedRelayUrls, allowedSignalingUrls } from './signaling.config.js';

// The update test builds a second version into another folder (TANDEM_OUT_DIR=build-next).
const outDir = process.env.TANDEM_OUT_DIR || 'build';

// Sharing may connect to these signaling servers and relays; nothing else leaves the page (signaling.config.js).
const signalingUrls = allowedSignalingUrls;
const relayUrls = allowedRelayUrls;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// 200.html (absolute asset paths) keeps offline deep links working; see STACK.md.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '200.html', strict: true }),
		version: { name: process.env.TANDEM_BUILD_ID || undefined },
		// Prerendered pages carry the policy in a <meta> tag with a hash for SvelteKit's own start-up
		// script; no other inline script runs. frame-ancestors can't be set by <meta>: see README, Deploy.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (e.g. a chart's CSS variables); no inline script is allowed.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...signalingUrls, ...relayUrls],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-src': ['none']
			}
		}
	}
};

export default config;
