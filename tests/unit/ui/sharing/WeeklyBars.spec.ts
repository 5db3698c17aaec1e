import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { boardWeeklyCharts } from '$lib/domain/monitoring/weeklyCharts';
import WeeklyBars from '$lib/ui/sharing/WeeklyBars.svelte';

const [mood, sleep] = boardWeeklyCharts({
	wellbeing: { endDay: '2026-03-01', mood: [null, 2.5, 3], sleepHours: [null, 6.5, 7.5], energy: [null, 4, 1] },
	adherence: null
});

/** The text of every <text> element in the chart: what a sighted person reads on it. */
function chartTexts(html: string): string[] {
	return [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
}

describe('the board’s weekly bars', () => {
	it('mark mood on its recorded 1–5 scale, with the scale’s words, and say “Okay” is 3 of 5', () => {
		const { body } = render(WeeklyBars, { props: mood });
		expect(body).toContain('Mood, weekly average (1–5)');
		expect(chartTexts(body)).toEqual(['1 Very low', '2 Low', '3 Okay', '4 Good', '5 Very good', '2.5', '3', 'This week']);
		expect(body).toContain('this week 3 of 5 (Okay)');
		expect(body).not.toMatch(/of 10|1–10/);
	});

	it('mark sleep in hours', () => {
		const { body } = render(WeeklyBars, { props: sleep });
		expect(chartTexts(body)).toEqual(['0 h', '6 h', '12 h', '6.5', '7.5', 'This week']);
		expect(body).toContain('this week 7.5 h');
	});

	it('write this week’s value when the bars are too narrow for all of them, and ✓ over each week that met its target', () => {
		const values = [2, 3, null, 4, 5, 4, 3, 4, 5, 5, 4, 6];
		const met = values.map((value) => value !== null && value >= 4);
		const { body } = render(WeeklyBars, { props: { title: 'Walk, week by week', values, endDay: '2026-03-01', met } });
		// Twelve bars on a phone-wide card: about 20 px each, too narrow for every value.
		expect(chartTexts(body)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '✓', '6 ✓', 'This week']);
	});

	it('write every value once the bars have room', () => {
		const { body } = render(WeeklyBars, {
			props: { title: 'Walk, week by week', values: [1, 3, 4], endDay: '2026-03-01', met: [false, false, true] }
		});
		expect(chartTexts(body)).toEqual(['1', '3', '4 ✓', 'This week']);
	});
});
