import { describe, expect, it } from 'vitest';
import { customPeriod, periodOf } from '$lib/domain/report/period';

const TODAY = '2026-11-27';

describe('report periods', () => {
	it('end today and start where each choice says', () => {
		expect(periodOf('4w', TODAY, null)).toEqual({ from: '2026-10-31', to: TODAY });
		expect(periodOf('3m', TODAY, null)).toEqual({ from: '2026-08-29', to: TODAY });
		expect(periodOf('1y', TODAY, null)).toEqual({ from: '2025-11-28', to: TODAY });
	});

	it('run from the last appointment, or four weeks when none is logged', () => {
		expect(periodOf('sinceLast', TODAY, '2026-11-13')).toEqual({ from: '2026-11-13', to: TODAY });
		expect(periodOf('sinceLast', TODAY, null)).toEqual({ from: '2026-10-31', to: TODAY });
	});

	it('accept a sensible custom period and refuse impossible ones with one sentence', () => {
		expect(customPeriod('2026-01-01', '2026-03-31', TODAY)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
		expect(customPeriod('2026-02-30', '2026-03-31', TODAY)).toBe('Please pick a real start date.');
		expect(customPeriod('2026-04-01', '2026-03-31', TODAY)).toBe('The start date is after the end date.');
		expect(customPeriod('2026-11-01', '2026-11-28', TODAY)).toBe('The report can’t cover days that haven’t happened yet.');
		expect(customPeriod('2016-01-01', '2026-01-01', TODAY)).toBe(
			'Please choose three years or less, so the report stays a summary.'
		);
	});
});
