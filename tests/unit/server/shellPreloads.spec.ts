import { describe, expect, it } from 'vitest';
import { databasePreloadLinks } from '$lib/server/shellPreloads';

// The database chunk imports Dexie's chunk and one the first page already links.
const manifest = {
	'src/lib/db/startup.ts': { file: '_app/immutable/chunks/startup.js', imports: ['_dexie.js', '_shared.js'] },
	'_dexie.js': { file: '_app/immutable/chunks/dexie.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'Later.svelte': { file: '_app/immutable/chunks/later.js' }
};
const shell = '<head><link href="/_app/immutable/chunks/shared.js" rel="modulepreload"></head>';

describe('the shells’ links to the database chunk', () => {
	it('preloads the database chunk and what it imports, once each, and nothing it loads later', () => {
		const links = databasePreloadLinks(manifest, shell);
		expect(links.match(/href="[^"]+"/g)).toEqual([
			'href="/_app/immutable/chunks/startup.js"',
			'href="/_app/immutable/chunks/dexie.js"'
		]);
		expect(links).not.toContain('shared.js');
		expect(links).not.toContain('later.js');
		expect(links.match(/rel="modulepreload"/g)).toHaveLength(2);
	});

	it('says clearly when the build has no database chunk', () => {
		expect(() => databasePreloadLinks({}, shell)).toThrow(/has no src\/lib\/db\/startup.ts/);
	});
});
