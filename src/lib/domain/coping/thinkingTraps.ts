/** Common thinking traps, in plain words, for tagging a thought record. */
export interface ThinkingTrap {
	name: string;
	description: string;
}

export const THINKING_TRAPS: readonly ThinkingTrap[] = [
	{ name: 'All-or-nothing thinking', description: 'Seeing things as total success or total failure, with nothing in between.' },
	{ name: 'Catastrophising', description: 'Expecting the worst possible outcome and treating it as likely.' },
	{ name: 'Mind reading', description: 'Assuming you know what others think about you, without checking.' },
	{ name: 'Fortune telling', description: 'Predicting that things will go badly, as if it were already certain.' },
	{ name: 'Should statements', description: 'Strict rules about how you or others “should” or “must” be.' },
	{ name: 'Labelling', description: 'Summing yourself or someone up with one harsh word (“I’m a failure”).' },
	{ name: 'Overgeneralising', description: 'One bad event becomes “always” or “never”.' },
	{ name: 'Mental filter', description: 'Dwelling on one negative detail and losing sight of the rest.' },
	{ name: 'Discounting the positive', description: 'Good things “don’t count”, or were only luck.' },
	{ name: 'Emotional reasoning', description: '“I feel it, so it must be true.”' },
	{ name: 'Personalising', description: 'Blaming yourself for things that were not only, or not at all, up to you.' }
];
