// Regenerate PNG icons from static/*.svg: run `node scripts/make-icons.js` from the repo root.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const jobs = [
	['static/icon.svg', 'static/icons/icon-192.png', 192, true],
	['static/icon.svg', 'static/icons/icon-512.png', 512, true],
	['static/icon-maskable.svg', 'static/icons/icon-maskable-512.png', 512, false],
	['static/icon-maskable.svg', 'static/icons/apple-touch-icon.png', 180, false],
	['static/favicon.svg', 'static/favicon.png', 48, true]
];

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
try {
	const page = await browser.newPage();
	for (const [src, out, size, transparent] of jobs) {
		const svg = (await readFile(src, 'utf8')).replace(/<svg\b/, `<svg style="display:block;width:${size}px;height:${size}px"`);
		await page.setViewportSize({ width: size, height: size });
		await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
		await page.screenshot({ path: out, omitBackground: transparent });
		console.log(`${out} (${size}x${size})`);
	}
} finally {
	await browser.close();
}
