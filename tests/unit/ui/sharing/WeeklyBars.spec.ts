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
		expect(chartTexts(body)).toEqual(['1 Very low', '2 Low', '3 Okay', '4 Good', '5 Very good', 'This week']);
		expect(body).toContain('this week 3 of 5 (Okay)');
		expect(body).not.toMatch(/of 10|1–10/);
	});

	it('mark sleep in hours', () => {
		const { body } = render(WeeklyBars, { props: sleep });
		expect(chartTexts(body)).toEqual(['0 h', '6 h', '12 h', 'This week']);
		expect(body).toContain('this week 7.5 h');
	});
});
