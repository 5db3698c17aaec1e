import { describe, expect, it } from 'vitest';
import { availableBytes, formatBytes, restoreFits, restoreNeeds, spaceIsLow } from '$lib/domain/storageSpace';

const MB = 1024 * 1024;

describe('space on the device', () => {
	it('is low under 50 MB or under a tenth of the quota, and never claimed when unknown', () => {
		expect(spaceIsLow({ usedBytes: 0, quotaBytes: 40 * MB })).toBe(true);
		expect(spaceIsLow({ usedBytes: 950 * MB, quotaBytes: 1000 * MB })).toBe(true);
		expect(spaceIsLow({ usedBytes: 800 * MB, quotaBytes: 1000 * MB })).toBe(false);
		expect(spaceIsLow(null)).toBe(false);
		expect(spaceIsLow({ usedBytes: 0, quotaBytes: 0 })).toBe(false);
		expect(availableBytes({ usedBytes: 20, quotaBytes: 10 })).toBe(0);
	});

	it('lets a restore start only with room for it and a margin, and tries when the browser says nothing', () => {
		const fifteenMB = 15 * MB;
		expect(restoreNeeds(fifteenMB)).toBe(40 * MB);
		expect(restoreFits({ usedBytes: 0, quotaBytes: 39 * MB }, fifteenMB)).toBe(false);
		expect(restoreFits({ usedBytes: 0, quotaBytes: 40 * MB }, fifteenMB)).toBe(true);
		expect(restoreFits(null, fifteenMB)).toBe(true);
	});

	it('writes sizes as people read them', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(40 * MB)).toBe('40 MB');
	});
});
