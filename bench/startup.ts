/**
 * Which built scripts hold the database code that the first page loads just after it starts
 * (src/lib/db/startup.ts and what only it imports): read from the build's Vite manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_PAGE, staticFiles } from '../scripts/first-page-budget.js';

export function databaseFiles(root: string): Set<string> {
	const path = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(path)) return new Set();
	const manifest = JSON.parse(readFileSync(path, 'utf8'));
	const firstPage = new Set(staticFiles(manifest, FIRST_PAGE));
	const files = new Set(staticFiles(manifest, ['src/lib/db/startup.ts']).filter((file) => !firstPage.has(file)));
	// The manifest is the last build's; after a build into another folder (build-next) it no longer names build/'s
	// files, and every file would silently count as the first page's.
	const stale = [...files].filter((file) => !existsSync(join(root, 'build', file)));
	if (stale.length > 0) {
		throw new Error(`.svelte-kit's manifest is not build/'s (${stale[0]} is not in build/): run npm run bench -- --build`);
	}
	return files;
}
