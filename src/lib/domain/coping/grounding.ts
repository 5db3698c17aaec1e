/** 5-4-3-2-1 grounding: five steps through the senses, one at a time. */
export interface GroundingStep {
	count: number;
	sense: string;
	prompt: string;
	example: string;
}

export const GROUNDING_STEPS: readonly GroundingStep[] = [
	{ count: 5, sense: 'see', prompt: 'Look around and name five things you can see.', example: 'a lamp, a crack in the ceiling' },
	{ count: 4, sense: 'feel', prompt: 'Notice four things you can feel.', example: 'your feet on the floor, the chair' },
	{ count: 3, sense: 'hear', prompt: 'Listen for three things you can hear.', example: 'traffic, your own breathing' },
	{ count: 2, sense: 'smell', prompt: 'Find two things you can smell.', example: 'soap on your hands, coffee' },
	{ count: 1, sense: 'taste', prompt: 'Notice one thing you can taste.', example: 'toothpaste, a sip of water' }
];
