import { expect, test, type APIResponse } from './support/test';

interface ManifestIcon {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
}

/** Width and height from a PNG's IHDR chunk (big-endian, at bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
	expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function contentType(response: APIResponse): string {
	return (response.headers()['content-type'] ?? '').split(';')[0].trim();
}

test('the page links a complete web app manifest whose icons are real PNGs of the declared sizes', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Get help now' })).toBeVisible();

	const link = page.locator('link[rel="manifest"]');
	await expect(link).toHaveCount(1);
	const manifestUrl = await link.evaluate((element) => (element as HTMLLinkElement).href);
	expect(new URL(manifestUrl).pathname).toBe('/manifest.webmanifest');

	const response = await page.request.get(manifestUrl);
	expect(response.status()).toBe(200);
	expect(contentType(response)).toBe('application/manifest+json');
	const manifest = await response.json();

	expect(manifest.name).toContain('Tandem');
	expect(manifest.short_name).toBe('Tandem');
	expect(manifest.description).toEqual(expect.stringMatching(/\S{3,}/));
	expect(manifest.start_url).toBe('/');
	expect(manifest.scope).toBe('/');
	expect(manifest.display).toBe('standalone');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
	// The page's theme-color matches the manifest's, so the browser chrome does not change colour on install.
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);

	const icons: ManifestIcon[] = manifest.icons;
	const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
	expect(icons.some((icon) => icon.sizes === '192x192' && purposes(icon).includes('any'))).toBe(true);
	expect(icons.some((icon) => icon.sizes === '512x512' && purposes(icon).includes('any'))).toBe(true);
	expect(icons.some((icon) => icon.sizes === '512x512' && purposes(icon).includes('maskable'))).toBe(true);

	for (const icon of icons) {
		const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
		expect(iconResponse.status(), icon.src).toBe(200);
		expect(contentType(iconResponse), icon.src).toBe('image/png');
		expect(icon.type ?? 'image/png', icon.src).toBe('image/png');
		const [width, height] = icon.sizes.split('x').map(Number);
		expect(pngSize(await iconResponse.body()), icon.src).toEqual({ width, height });
	}
});
