import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatLocalDay } from '$lib/domain/dates';
import {
	fitText,
	layoutGoalMap,
	spread,
	type GoalMapInput,
	type GoalMapLayout,
	type GoalMapNode,
	type GoalNode
} from '$lib/domain/goals/map';
import { mapAsList } from '$lib/domain/goals/mapList';
import type { Goal, GoalStep } from '$lib/domain/records';
import { goalRecord, goalStepRecord, STAMP } from '../../../fixtures/factories';
import { generateTenYears } from '../../../fixtures/tenYears';

const goal = (id: string, overrides: Partial<Goal> = {}): Goal => goalRecord(id, { title: `Goal ${id}`, ...overrides });

function step(id: string, goalId: string, order: number, done = false, text = `Step ${order + 1}`): GoalStep {
	return goalStepRecord(id, goalId, order, { text, doneAt: done ? STAMP : null });
}

const session = (id: string, at: string, topics: string[]) => ({ id, at, topics });

function input(overrides: Partial<GoalMapInput> = {}): GoalMapInput {
	return { goals: [], steps: [], medications: [], sessions: [], progress: new Map(), ...overrides };
}

const byId = (layout: GoalMapLayout, id: string) => layout.nodes.find((node) => node.id === id);
const linked = (layout: GoalMapLayout, a: string, b: string) => layout.links.some((l) => l.source === a && l.target === b);

function overlaps(a: GoalMapNode, b: GoalMapNode): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutGoalMap', () => {
	it('makes a medicine shared by two goals one node linked to both, near the middle of them', () => {
		const layout = layoutGoalMap(
			input({
				goals: [goal('a', { medicationIds: ['med-1'] }), goal('b', { area: 'mood', medicationIds: ['med-1', 'gone'] })],
				medications: [{ id: 'med-1', name: 'Sertraline' }]
			})
		);
		const meds = layout.nodes.filter((node) => node.kind === 'medication');
		expect(meds).toHaveLength(1);
		expect(meds[0]).toMatchObject({ label: 'Sertraline', href: '/meds/med-1', goalIds: ['a', 'b'] });
		expect(meds[0].name).toBe('Medicine: Sertraline, supports 2 goals');
		expect(linked(layout, 'goal:a', 'medication:med-1')).toBe(true);
		expect(linked(layout, 'goal:b', 'medication:med-1')).toBe(true);
		const [a, b] = [byId(layout, 'goal:a')!, byId(layout, 'goal:b')!];
		const centre = meds[0].y + meds[0].height / 2;
		expect(centre).toBeGreaterThan(a.y + a.height / 2);
		expect(centre).toBeLessThan(b.y + b.height / 2);
	});

	it('links the three most recent sessions whose topics match a goal’s, whatever the case', () => {
		const layout = layoutGoalMap(
			input({
				goals: [goal('a', { topics: ['Sleep routine'] }), goal('b', { topics: ['grief'] })],
				sessions: [
					session('s1', '2026-01-05T10:00:00.000Z', ['sleep routine']),
					session('s2', '2026-02-05T10:00:00.000Z', ['SLEEP ROUTINE ', 'values']),
					session('s3', '2026-03-05T10:00:00.000Z', ['avoidance']),
					session('s4', '2026-04-05T10:00:00.000Z', ['sleep routine']),
					session('s5', '2026-05-05T10:00:00.000Z', ['sleep routine', 'grief'])
				]
			})
		);
		const sessionsOf = (goalId: string) =>
			layout.links
				.filter((l) => l.source === goalId && l.target.startsWith('session:'))
				.map((l) => l.target)
				.sort();
		expect(sessionsOf('goal:a')).toEqual(['session:s2', 'session:s4', 'session:s5']);
		expect(sessionsOf('goal:b')).toEqual(['session:s5']);
		expect(layout.nodes.filter((node) => node.kind === 'session')).toHaveLength(3);
		expect(byId(layout, 'session:s5')).toMatchObject({
			href: '/therapy/sessions/s5',
			label: formatLocalDay('2026-05-05'),
			goalIds: ['a', 'b']
		});
		expect(byId(layout, 'topic:sleep routine')).toMatchObject({ label: 'Sleep routine', href: '/therapy' });
	});

	it('groups goals by area in the usual order, active before paused, then by title; hides achieved and let go', () => {
		const goals = [
			goal('p', { area: 'mood', title: 'Alpha', status: 'paused' }),
			goal('m', { area: 'mood', title: 'Zulu' }),
			goal('s', { area: 'sleep', title: 'Bed by eleven' }),
			goal('x', { area: 'sleep', status: 'achieved' }),
			goal('d', { area: 'panic', status: 'dropped' }),
			goal('w', { area: 'work', title: 'Back to work' })
		];
		const layout = layoutGoalMap(input({ goals }));
		const order = layout.nodes.filter((node) => node.kind === 'area' || node.kind === 'goal').map((node) => node.id);
		expect(order).toEqual(['area:sleep', 'goal:s', 'area:mood', 'goal:m', 'goal:p', 'area:work', 'goal:w']);
		expect((byId(layout, 'goal:p') as GoalNode).caption).toBe('Mood · Paused');

		const all = layoutGoalMap(input({ goals }), { includeAll: true });
		expect(all.nodes.filter((node) => node.kind === 'goal').map((node) => node.id)).toEqual([
			'goal:s',
			'goal:x',
			'goal:d',
			'goal:m',
			'goal:p',
			'goal:w'
		]);
	});

	it('gives every node the page it opens and an accessible name', () => {
		const layout = layoutGoalMap(
			input({
				goals: [goal('a', { title: 'Sleep 7 hours', copingTools: ['breathing-478', 'thought-record', 'grounding', 'a walk'] })],
				steps: [step('s2', 'a', 1, true), step('s1', 'a', 0), step('s3', 'a', 2, true), step('other', 'z', 0)],
				progress: new Map([['a', { fraction: 1, label: 'met this week' }]])
			})
		);
		const a = byId(layout, 'goal:a') as GoalNode;
		expect(a).toMatchObject({ href: '/goals/a', stepsDone: 2, stepsTotal: 3, detail: '2/3 steps · met this week' });
		expect(a.name).toBe('Goal: Sleep 7 hours, 2 of 3 steps done, met this week, Sleep area');
		const steps = layout.nodes.filter((node) => node.kind === 'step');
		expect(steps.map((node) => [node.id, node.href, node.done])).toEqual([
			['step:s1', '/goals/a', false],
			['step:s2', '/goals/a', true],
			['step:s3', '/goals/a', true]
		]);
		expect(steps[0].name).toBe('Step of Sleep 7 hours: Step 1, not done yet');
		expect(byId(layout, 'coping:breathing-478')).toMatchObject({ href: '/therapy/breathing', label: '4-7-8 breathing' });
		expect(byId(layout, 'coping:thought-record')?.href).toBe('/therapy/thoughts');
		expect(byId(layout, 'coping:grounding')?.href).toBe('/therapy/grounding');
		expect(byId(layout, 'coping:a walk')).toMatchObject({ href: '/therapy', label: 'a walk' });
		expect(layout.links.filter((l) => l.target === 'goal:a')).toHaveLength(3);
	});

	it('shortens long labels and keeps the full text as the title', () => {
		const title = 'Get back to sleeping through the night without waking at four in the morning every day';
		const layout = layoutGoalMap(input({ goals: [goal('a', { title })], steps: [step('s', 'a', 0, false, title)] }));
		const a = byId(layout, 'goal:a') as GoalNode;
		expect(a.title).toBe(title);
		expect(a.lines).toHaveLength(2);
		expect(a.lines[1].endsWith('…')).toBe(true);
		expect(byId(layout, 'step:s')?.label).toMatch(/^Get back to sleeping…$/);
		expect(fitText('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…']);
		expect(fitText('one two three', 20, 2)).toEqual(['one two three']);
	});

	it('spreads crowded boxes around where they want to be, without overlap', () => {
		expect(spread([100, 100, 100], 50, 0)).toEqual([50, 100, 150]);
		expect(spread([0, 0], 50, 10)).toEqual([10, 60]);
		expect(spread([0, 500], 50, 0)).toEqual([0, 500]);
	});
});

describe('the goal map on ten years of data', () => {
	const data = generateTenYears();
	const source: GoalMapInput = {
		goals: data.goals,
		steps: data.goalSteps,
		medications: data.medications,
		sessions: data.therapySessions,
		progress: new Map()
	};
	const layout = layoutGoalMap(source, { includeAll: true });

	it('shows all 30 goals with their 5 steps', () => {
		expect(layout.nodes.filter((node) => node.kind === 'goal')).toHaveLength(30);
		expect(layout.nodes.filter((node) => node.kind === 'step')).toHaveLength(150);
		expect(layoutGoalMap(source).nodes.filter((node) => node.kind === 'goal')).toHaveLength(6);
	});

	it('never lets two nodes’ boxes overlap, and stays inside its size', () => {
		const nodes = [...layout.nodes].sort((a, b) => a.y - b.y);
		for (let i = 0; i < nodes.length; i++) {
			const a = nodes[i];
			expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height).toBe(true);
			for (let j = i + 1; j < nodes.length && nodes[j].y < a.y + a.height; j++) {
				expect(overlaps(a, nodes[j]), `${a.id} overlaps ${nodes[j].id}`).toBe(false);
			}
		}
	});

	it('links only nodes that exist, with unique ids, and at most 3 sessions a goal', () => {
		const ids = new Set(layout.nodes.map((node) => node.id));
		expect(ids.size).toBe(layout.nodes.length);
		expect(layout.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
		expect(new Set(layout.links.map((l) => l.id)).size).toBe(layout.links.length);
		for (const node of layout.nodes.filter((n) => n.kind === 'goal')) {
			expect(layout.links.filter((l) => l.source === node.id && l.target.startsWith('session:')).length).toBeLessThanOrEqual(3);
		}
		expect(layout.nodes.filter((node) => node.id === 'coping:breathing-box')).toHaveLength(1);
	});

	it('lists the same map by area, goal, steps and supports', () => {
		const list = mapAsList(layout);
		expect(list.map((entry) => entry.area.area)).toEqual([
			'sleep',
			'panic',
			'concentration',
			'mood',
			'energy',
			'dailyLife',
			'relationships',
			'work'
		]);
		const goals = list.flatMap((entry) => entry.goals);
		expect(goals).toHaveLength(30);
		expect(goals.every((entry) => entry.steps.length === 5)).toBe(true);
		const first = goals.find((entry) => entry.goal.recordId === 'goal-0')!;
		expect(first.supports.map((group) => group.kind)).toEqual(['medication', 'coping', 'topic', 'session']);
		const sessions = first.supports.find((group) => group.kind === 'session')!.nodes;
		expect(sessions.map((node) => node.at)).toEqual(
			sessions
				.map((node) => node.at)
				.sort()
				.reverse()
		);
		expect(mapAsList(source).flatMap((entry) => entry.goals)).toHaveLength(6);
	});
});

describe('the goal map without steps, fitted to a width', () => {
	const data = generateTenYears();
	const source: GoalMapInput = {
		goals: data.goals,
		steps: data.goalSteps,
		medications: data.medications,
		sessions: data.therapySessions,
		progress: new Map()
	};

	test.prop([fc.integer({ min: 340, max: 900 }), fc.boolean()], { numRuns: 20 })(
		'keeps every box inside the width, none overlapping, with goals left of what supports them',
		(width, includeAll) => {
			const layout = layoutGoalMap(source, { includeAll, steps: false, width });
			expect(layout.width).toBeLessThanOrEqual(width);
			expect(layout.columns.steps).toBeNull();
			const boxes = layout.nodes.filter((node) => node.kind !== 'area');
			for (const [i, a] of boxes.entries()) {
				expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height).toBe(true);
				for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
			}
			const goals = boxes.filter((node): node is GoalNode => node.kind === 'goal');
			expect(goals.every((goal) => goal.x + goal.width <= layout.columns.supports)).toBe(true);
		}
	);

	it('counts each goal’s steps inside its box, drawing no step of its own', () => {
		const layout = layoutGoalMap(source, { steps: false, width: 356 });
		expect(layout.nodes.filter((node) => node.kind === 'step')).toHaveLength(0);
		const first = layout.nodes.find((node): node is GoalNode => node.kind === 'goal')!;
		expect(first.detail).toMatch(/^\d\/5 steps$/);
		// A narrow box gives the ring's room to the words: the steps and progress say the same.
		expect(layout.rings).toBe(false);
		expect(first.lines.every((line) => line.length * 8 <= first.width - 22)).toBe(true);
		expect(layoutGoalMap(source, { steps: false, width: 720 }).rings).toBe(true);
		// A phone holds the six goals being worked on, one under the other.
		expect(layout.height).toBeLessThan(560);
	});
});
