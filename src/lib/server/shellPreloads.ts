/**
 * The database chunk's `modulepreload` links for the prerendered shells (src/hooks.server.ts), read from the
 * client build's Vite manifest, which is written before SvelteKit prerenders. Build-time code only.
 */
import { readFileSync } from 'node:fs';
import { STARTUP, staticFiles } from '../../../scripts/first-page-budget.js';

type Manifest = Parameters<typeof staticFiles>[0];

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** One link for each file the database chunk needs before it runs that the page does not already link. */
export function databasePreloadLinks(manifest: Manifest, html: string): string {
	return staticFiles(manifest, [STARTUP])
		.filter((file) => !html.includes(`href="/${file}"`))
		.map((file) => `<link href="/${file}" rel="modulepreload">`)
		.join('');
}

let manifest: Manifest | undefined;

export function withDatabasePreloads(html: string): string {
	manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
	return html.replace('</head>', `${databasePreloadLinks(manifest, html)}</head>`);
}
