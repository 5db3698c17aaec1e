import { describe, expect, it } from 'vitest';
import { careChangesIn, scoreSummaryText, sideEffectSummary, weeksMetText } from '$lib/domain/report/summaries';
import type { CareChange, SideEffect } from '$lib/domain/records';
import { sideEffectRecord } from '../../../fixtures/factories';

function effect(
	effectName: string,
	severity: SideEffect['severity'],
	at: string,
	medicationId: string | null = 'med-1'
): SideEffect {
	return sideEffectRecord(effectName, severity, at, { medicationId });
}

const NAMES = new Map([['med-1', 'Sertraline']]);

describe('side effects by frequency', () => {
	it('groups by effect (any case) and medication, most frequent first, counting each severity', () => {
		const rows = sideEffectSummary(
			[
				effect('Nausea', 'mild', '2026-11-01T08:00:00.000+00:00'),
				effect('nausea ', 'severe', '2026-11-03T08:00:00.000+00:00'),
				effect('Headache', 'moderate', '2026-11-02T08:00:00.000+00:00'),
				effect('Dry mouth', 'severe', '2026-11-04T08:00:00.000+00:00', null),
				effect('Nausea', 'mild', '2026-09-01T08:00:00.000+00:00') // before the period
			],
			NAMES,
			'2026-10-01',
			'2026-11-27'
		);
		expect(rows.map((row) => [row.effect, row.medication, row.count, row.mild, row.moderate, row.severe])).toEqual([
			['Nausea', 'Sertraline', 2, 1, 0, 1],
			['Dry mouth', 'Not linked', 1, 0, 0, 1],
			['Headache', 'Sertraline', 1, 0, 1, 0]
		]);
		expect(rows[0].lastAt).toBe('2026-11-03T08:00:00.000+00:00');
	});
});

describe('care changes in a period', () => {
	it('keeps the ones inside, both ends included, in date order', () => {
		const change = (id: string, day: string) => ({ id, day }) as CareChange;
		const inside = careChangesIn(
			[change('b', '2026-11-27'), change('x', '2026-09-30'), change('a', '2026-10-01')],
			'2026-10-01',
			'2026-11-27'
		);
		expect(inside.map((entry) => entry.id)).toEqual(['a', 'b']);
	});
});

describe('the report’s sentences agree in number', () => {
	it('says "1 result" and "1 week", and the plural otherwise', () => {
		expect(scoreSummaryText('PHQ-9', [{ score: 8, band: 'mild' }])).toBe('PHQ-9: 1 result; the latest is 8 (mild).');
		expect(
			scoreSummaryText('GAD-7', [
				{ score: 12, band: 'moderate' },
				{ score: 6, band: 'mild' }
			])
		).toBe('GAD-7: 2 results; the latest is 6 (mild).');
		expect(weeksMetText([{ met: true }])).toBe('1 of 1 week with data');
		expect(weeksMetText([{ met: false }, { met: true }, { met: null }])).toBe('1 of 2 weeks with data');
		expect(weeksMetText([{ met: null }])).toBe('no week with data');
	});
});
