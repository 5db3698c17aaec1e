#!/usr/bin/env node
// `npm test`: lint, type-check, unit tests, two builds (the second is the "new version" the update
// test deploys), the first page's size budget, then the end-to-end suite. Ends with one line, "N passed, N failed", counting every
// unit and end-to-end test plus lint and the type check as one check each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => `node_modules/.bin/${name}`;
const work = mkdtempSync(join(tmpdir(), 'tandem-test-'));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function check(label, command, args) {
	if (run(label, command, args)) passed++;
	else {
		failed++;
		console.log(`✗ ${label} failed`);
	}
}

/** Adds a Playwright JSON report's totals; a run that failed without a failing test counts as one failure. */
function count(report, ok) {
	if (!report) {
		failed++;
		return;
	}
	passed += report.stats.expected;
	failed += report.stats.unexpected + report.stats.flaky + (ok || report.stats.unexpected > 0 ? 0 : 1);
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

check('lint', 'npm', ['run', '--silent', 'lint']);
check('type check', 'npm', ['run', '--silent', 'check']);

const vitestJson = join(work, 'vitest.json');
const unitOk = run('unit tests', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestJson}`
]);
const unit = readJson(vitestJson);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
} else failed++;

const built =
	run('build', bin('vite'), ['build'], { TANDEM_BUILD_ID: 'test-current' }) &&
	run('build (next version, for the update test)', bin('vite'), ['build'], {
		TANDEM_BUILD_ID: 'test-next',
		TANDEM_OUT_DIR: 'build-next'
	});

if (built) {
	// Reads .svelte-kit/output, which the second build left; both builds come from the same source.
	check('first-page JavaScript within its budget', process.execPath, ['scripts/first-page-budget.js']);
	const e2eJson = join(work, 'e2e.json');
	const e2eOk = run('end-to-end tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON: e2eJson });
	count(readJson(e2eJson), e2eOk);
	// Sharing between browsers, in a private network namespace (scripts/isolated.js, STACK.md item 5).
	const p2pJson = join(work, 'p2p.json');
	const p2pOk = run(
		'peer-to-peer sharing tests',
		process.execPath,
		['scripts/isolated.js', bin('playwright'), 'test', '-c', 'playwright.p2p.config.ts'],
		{ PLAYWRIGHT_JSON: p2pJson }
	);
	count(readJson(p2pJson), p2pOk);
} else {
	console.log('✗ the build failed, so the end-to-end tests could not run');
	failed++;
}

rmSync(work, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
