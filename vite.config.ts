import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { allowedRelayUrls, allowedSignalingUrls, defaultRelayUrls, defaultSignalingUrls } from './signaling.config.js';
import { webManifest } from './src/lib/pwa/manifest.ts';
import { firstPageChunk } from './vite.first-page.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// A build id makes every build distinguishable (About shows it; the update test relies on it).
const buildId = process.env.TANDEM_BUILD_ID ?? new Date().toISOString();
const firstPage = firstPageChunk();

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version),
		__BUILD_ID__: JSON.stringify(buildId),
		__SIGNALING_URLS__: JSON.stringify(defaultSignalingUrls),
		__ALLOWED_SIGNALING_URLS__: JSON.stringify(allowedSignalingUrls),
		__RELAY_URLS__: JSON.stringify(defaultRelayUrls),
		__ALLOWED_RELAY_URLS__: JSON.stringify(allowedRelayUrls)
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// The state, db and domain modules the root layout and Today import, as one file (vite.first-page.ts).
					groups: [firstPage.group]
				}
			}
		}
	},
	plugins: [
		firstPage.plugin,
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// Absolute, so a first visit to a deep link (/journal/gad7) registers /sw.js for the whole app,
			// not /journal/sw.js for /journal/ (SvelteKit's relative base would do that).
			base: '/',
			scope: '/',
			injectRegister: false,
			manifest: webManifest,
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest}', 'prerendered/**/*.html'],
				navigateFallback: '/200.html',
				// Backups are large JSON downloads made in the page; nothing else should be cached at run time.
				runtimeCaching: []
			}
		})
	],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'], exclude: ['tests/unit/**/*.svelte.spec.ts'] }
			},
			{
				// Rune classes run as in the browser (Svelte's client runtime, so effects run), against fake-indexeddb.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'state', include: ['tests/unit/**/*.svelte.spec.ts'], environment: 'happy-dom' }
			}
		]
	}
});
