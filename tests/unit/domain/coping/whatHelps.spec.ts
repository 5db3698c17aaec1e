import { describe, expect, it } from 'vitest';
import { describeChange, summariseCopingUses } from '$lib/domain/coping/whatHelps';
import type { CopingUse } from '$lib/domain/records';
import { copingUseRecord } from '../../../fixtures/factories';

function use(
	tool: CopingUse['tool'],
	before: number | null,
	after: number | null,
	startedAt = '2026-11-01T10:00:00.000+00:00'
): CopingUse {
	return copingUseRecord(tool, startedAt, {
		createdAt: startedAt,
		updatedAt: startedAt,
		distressBefore: before,
		distressAfter: after
	});
}

describe('what helps you', () => {
	it('averages only the uses rated before and after, and counts every use', () => {
		const [box] = summariseCopingUses([
			use('breathing-box', 8, 5),
			use('breathing-box', 6, 5),
			use('breathing-box', 7, null),
			use('breathing-box', null, null)
		]);
		expect(box).toMatchObject({
			tool: 'breathing-box',
			uses: 4,
			rated: 2,
			averageBefore: 7,
			averageAfter: 5,
			averageChange: -2,
			lowered: 2
		});
		expect(describeChange(box)).toBe('Distress down 2.0 points on average (from 7.0 to 5.0), over 2 rated uses.');
	});

	it('orders tools by how often they were used, and says when distress went up or stayed the same', () => {
		const summary = summariseCopingUses([
			use('grounding', 5, 6),
			use('thought-record', 6, 6),
			use('thought-record', 4, 4),
			use('breathing-478', null, null)
		]);
		expect(summary.map((tool) => tool.tool)).toEqual(['thought-record', 'grounding', 'breathing-478']);
		expect(describeChange(summary[0])).toBe('Distress about the same on average (from 5.0 to 5.0), over 2 rated uses.');
		expect(describeChange(summary[1])).toBe('Distress up 1.0 point on average (from 5.0 to 6.0), over 1 rated use.');
		expect(describeChange(summary[2])).toBe('No before-and-after ratings yet.');
	});

	it('keeps the latest use by time, across offsets', () => {
		const [grounding] = summariseCopingUses([
			use('grounding', 3, 2, '2026-11-02T09:00:00.000-05:00'),
			use('grounding', 3, 2, '2026-11-02T12:00:00.000+00:00')
		]);
		expect(grounding.lastUsedAt).toBe('2026-11-02T09:00:00.000-05:00');
	});

	it('is empty before any use', () => {
		expect(summariseCopingUses([])).toEqual([]);
	});
});
