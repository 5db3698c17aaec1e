/**
 * The layer rules hold for every way one file can reach another: ESLint's own API lints the fixtures under
 * tests/fixtures/lint (kept out of `npm run lint`), each a deliberately wrong or right import.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = 'tests/fixtures/lint/src';
const RULE = 'boundaries/dependencies';

let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
	// `ignore: false`: the fixtures are in the config's ignores so the normal lint run never sees them.
	const eslint = new ESLint({ cwd: root, ignore: false });
	const linted = await eslint.lintFiles([FIXTURES]);
	results = new Map(linted.map((result) => [result.filePath.slice(root.length), result]));
}, 180_000);

function boundaryErrors(file: string): string[] {
	const result = results.get(`${FIXTURES}/${file}`);
	if (!result) throw new Error(`${file} was not linted`);
	return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('a wrong import fails lint with the layer rule', () => {
	it.each([
		['an alias ($lib/…)', 'lib/domain/wrongAlias.ts', '“$lib/state/clock.svelte” (state)'],
		['a relative path', 'lib/domain/wrongRelative.ts', '“../state/fixtureState.svelte” (state)'],
		['a dynamic import()', 'lib/domain/wrongDynamic.ts', '“$lib/db/database” (db)'],
		['a .svelte component imported from domain', 'lib/domain/wrongComponent.ts', '“$lib/ui/NavBar.svelte” (ui)'],
		['an import inside a .svelte component', 'lib/ui/WrongDatabase.svelte', 'ui may not import “$lib/db/database” (db)'],
		['a relative dynamic import() in a page', 'routes/+page.svelte', 'routes may not import “../lib/share/fixtureBoard” (share)'],
		['a package the layer may not use', 'lib/domain/wrongPackage.ts', '“dexie” (a package)']
	])('%s', (_kind, file, says) => {
		const errors = boundaryErrors(file);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(says);
	});
});

describe('a right import passes', () => {
	it.each([
		['domain using domain by alias, by a relative path, and valibot', 'lib/domain/right.ts'],
		['a component using domain, state (relative) and another component', 'lib/ui/Right.svelte']
	])('%s', (_kind, file) => {
		expect(results.get(`${FIXTURES}/${file}`)?.messages).toEqual([]);
	});
});
