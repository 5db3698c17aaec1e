import { describe, expect, it, vi } from 'vitest';
import { announceDataReplaced, onDataReplaced } from '$lib/state/dataEvents';

describe('the data-replaced event', () => {
	it('reaches every handler, in order, even when one of them fails', async () => {
		const heard: string[] = [];
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const stops = [
			onDataReplaced((event) => void heard.push(`first:${event}`)),
			onDataReplaced(() => {
				throw new Error('a screen that could not reset');
			}),
			onDataReplaced(async (event) => {
				await Promise.resolve();
				heard.push(`last:${event}`);
			})
		];
		await announceDataReplaced('erased');
		await announceDataReplaced('restored');
		expect(heard).toEqual(['first:erased', 'last:erased', 'first:restored', 'last:restored']);
		expect(quiet).toHaveBeenCalledTimes(2);
		for (const stop of stops) stop();
		await announceDataReplaced('erased');
		expect(heard).toHaveLength(4);
		quiet.mockRestore();
	});
});
