import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { addStep, deleteGoal, linkCareChange, loadGoalBoard, moveStep, saveGoal, setStepDone } from '$lib/db/goals';
import { emptyGoal, goalFields } from '$lib/domain/goals/goalForm';
import type { CareChange } from '$lib/domain/records';
import { careChangeRecord } from '../../fixtures/factories';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const AT = '2026-11-20T09:00:00.000+00:00';

function change(id: string, goalIds: string[]): CareChange {
	return careChangeRecord(id, '2026-11-20', 'doseStep', {
		createdAt: AT,
		updatedAt: AT,
		what: 'Sertraline 50 mg → 100 mg',
		from: '50 mg',
		to: '100 mg',
		goalIds
	});
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

afterEach(() => resetDatabaseForTests());

describe('goals and steps', () => {
	it('adds steps in order, ticks them, and swaps neighbours when moved', async () => {
		const goalId = await saveGoal(goalFields({ ...emptyGoal('2026-11-27'), title: 'Walk daily' }), null, NOW);
		const first = await addStep(goalId, 'Find shoes', '', NOW);
		await addStep(goalId, 'Walk to the corner', '', NOW);
		const third = await addStep(goalId, 'Walk round the park', '', NOW);
		await setStepDone(first, true, NOW);
		await moveStep(third, -1, NOW);
		await moveStep(first, -1, NOW); // already first: nothing moves
		const { steps } = await loadGoalBoard();
		expect(steps.map((step) => [step.text, step.order])).toEqual([
			['Find shoes', 0],
			['Walk round the park', 1],
			['Walk to the corner', 2]
		]);
		expect(steps[0].doneAt).not.toBeNull();
	});

	it('saves a new goal with the first steps typed while creating it, in order, skipping empty lines', async () => {
		const goalId = await saveGoal(goalFields({ ...emptyGoal('2026-11-27'), title: 'Walk daily' }), null, NOW, [
			' Find shoes ',
			'',
			'Walk to the corner'
		]);
		const { steps } = await loadGoalBoard();
		expect(steps.map((step) => [step.goalId, step.text, step.order])).toEqual([
			[goalId, 'Find shoes', 0],
			[goalId, 'Walk to the corner', 1]
		]);
		// Editing the goal later never adds them again.
		await saveGoal(goalFields({ ...emptyGoal('2026-11-27'), title: 'Walk every day' }), goalId, NOW, ['Again']);
		expect(await database().goalSteps.count()).toBe(2);
	});

	it('refuses a step for a goal that is gone, and writes nothing', async () => {
		await expect(addStep('missing', 'A step', '', NOW)).rejects.toThrow('no longer on this device');
		expect(await database().goalSteps.count()).toBe(0);
	});

	it('deletes a goal with its steps and unlinks it from care changes, keeping the changes', async () => {
		const goalId = await saveGoal(goalFields({ ...emptyGoal('2026-11-27'), title: 'Sleep better' }), null, NOW);
		const other = await saveGoal(goalFields({ ...emptyGoal('2026-11-27'), title: 'Fewer panic attacks' }), null, NOW);
		await addStep(goalId, 'Wind-down hour', '', NOW);
		await addStep(other, 'Breathe', '', NOW);
		await database().careChanges.add(change('change-1', []));
		await linkCareChange('change-1', goalId, true, NOW);
		await linkCareChange('change-1', other, true, NOW);
		expect((await database().careChanges.get('change-1'))?.goalIds).toEqual([goalId, other]);

		await deleteGoal(goalId, NOW);
		const board = await loadGoalBoard();
		expect(board.goals.map((goal) => goal.title)).toEqual(['Fewer panic attacks']);
		expect(board.steps.map((step) => step.text)).toEqual(['Breathe']);
		expect((await database().careChanges.get('change-1'))?.goalIds).toEqual([other]);
	});
});
