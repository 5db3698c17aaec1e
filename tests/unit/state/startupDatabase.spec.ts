import { describe, expect, it } from 'vitest';
import { loadDatabase, loadedDatabase } from '$lib/state/startupDatabase';

describe('the first page’s way to the database', () => {
	it('refuses to hand out the database code before it has loaded, then gives the loaded modules', async () => {
		expect(() => loadedDatabase()).toThrow(/not loaded yet/);
		const modules = await loadDatabase();
		expect(loadedDatabase()).toBe(modules);
		expect(typeof modules.liveQuery).toBe('function');
	}, 30_000);

	it('loads once, however many ask', async () => {
		expect(loadDatabase()).toBe(loadDatabase());
		await loadDatabase();
	});
});
