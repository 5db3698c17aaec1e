import { describe, expect, it } from 'vitest';
import { adherenceRange, adherenceRangeProblem, defaultCustomRange } from '$lib/domain/medication/adherencePeriod';

const custom = { from: '2026-01-01', to: '2026-02-01' };

describe('adherence periods', () => {
	it('this week starts on Monday, also on a Sunday and across a month', () => {
		expect(adherenceRange('week', '2026-03-25', custom)).toEqual({ from: '2026-03-23', to: '2026-03-25' });
		expect(adherenceRange('week', '2026-03-29', custom)).toEqual({ from: '2026-03-23', to: '2026-03-29' });
		expect(adherenceRange('week', '2026-04-01', custom)).toEqual({ from: '2026-03-30', to: '2026-04-01' });
	});

	it('four weeks are 28 days ending today; the person’s own dates are theirs', () => {
		expect(adherenceRange('fourWeeks', '2026-03-28', custom)).toEqual({ from: '2026-03-01', to: '2026-03-28' });
		expect(adherenceRange('custom', '2026-03-28', custom)).toBe(custom);
		expect(defaultCustomRange('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
	});

	it('a chosen period must run forwards and not end in the future', () => {
		expect(adherenceRangeProblem(custom, '2026-03-01')).toBeNull();
		expect(adherenceRangeProblem({ from: '2026-02-02', to: '2026-02-01' }, '2026-03-01')).toBe(
			'The start of the period is after its end.'
		);
		expect(adherenceRangeProblem({ from: '2026-02-02', to: '2026-03-02' }, '2026-03-01')).toBe(
			'The period can’t end in the future.'
		);
	});
});
