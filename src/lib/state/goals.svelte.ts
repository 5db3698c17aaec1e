/**
 * Goals for the screens: the goals with their steps, and each target's progress computed from what
 * is already recorded — nothing typed twice.
 */
import {
	addStep,
	deleteGoal,
	deleteStep,
	editStep,
	doseEvidence,
	journalEvidence,
	linkCareChange,
	loadGoalBoard,
	moveStep,
	saveGoal,
	setGoalStatus,
	setStepDone,
	type GoalBoard
} from '$lib/db/goals';
import { addAgendaItem } from '$lib/db/monitoring';
import { addDays, type LocalDay } from '$lib/domain/dates';
import type { GoalFields } from '$lib/domain/goals/goalForm';
import { compareGoals } from '$lib/domain/goals/order';
import { evaluateTarget, indexGoalData, TARGET_LOOK_BACK_DAYS, type TargetProgress } from '$lib/domain/goals/target';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import type { CareChange, Goal, GoalStep } from '$lib/domain/records';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';
import { medsPlan } from './medsPlan.svelte';
import { saving } from './saving.svelte';
import { settings } from './settings.svelte';

export interface GoalProgress {
	stepsDone: number;
	stepsTotal: number;
	target: TargetProgress | null;
}

class GoalsState {
	readonly timeZone = deviceTimeZone();
	#board = new LiveQuery<GoalBoard>(loadGoalBoard, { goals: [], steps: [] });
	#sorted = $derived([...this.#board.current.goals].sort(compareGoals));
	// The look-back window moves with the day, so "this week" turns at midnight without a reload.
	#journal = new LiveQuery(
		(today) => journalEvidence(addDays(today, -TARGET_LOOK_BACK_DAYS)),
		null,
		() => clock.today
	);
	#doses = new LiveQuery(
		(today) => doseEvidence(addDays(today, -TARGET_LOOK_BACK_DAYS)),
		null,
		() => clock.today
	);

	get loaded(): boolean {
		return this.#board.loaded;
	}

	get evidenceLoaded(): boolean {
		return this.#journal.loaded && this.#doses.loaded && medsPlan.loaded && settings.loaded;
	}

	/** Active goals first, then paused, achieved and let go; by title within each. */
	get all(): Goal[] {
		return this.#sorted;
	}

	get steps(): GoalStep[] {
		return this.#board.current.steps;
	}

	get careChanges(): CareChange[] {
		return this.#journal.current?.careChanges ?? [];
	}

	get today(): LocalDay {
		return clock.today;
	}

	byId(id: string): Goal | undefined {
		return this.#board.current.goals.find((goal) => goal.id === id);
	}

	stepsOf(goalId: string): GoalStep[] {
		return this.steps.filter((step) => step.goalId === goalId);
	}

	/** Progress of every goal, computed once per change of the data it reads. */
	get progress(): Map<string, GoalProgress> {
		return this.#progress;
	}

	#progress = $derived.by(() => this.#computeProgress());

	#computeProgress(): Map<string, GoalProgress> {
		const evidence = this.#journal.current;
		const doses = this.#doses.current;
		const { goals, steps } = this.#board.current;
		performance.mark('tandem:goal-progress-start');
		const index =
			evidence && doses
				? indexGoalData({
						checkins: evidence.checkins,
						assessments: evidence.assessments,
						copingUses: evidence.copingUses,
						medication: {
							medications: medsPlan.current.medications,
							schedules: medsPlan.current.schedules,
							events: doses,
							routine: settings.current.routine,
							timeZone: this.timeZone,
							onTimeMinutes: settings.current.onTimeWindowMinutes,
							now: clock.now
						}
					})
				: null;
		const today = this.today;
		// A fresh map per computation, never changed once returned, so it needs no reactivity of its own.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const result = new Map<string, GoalProgress>();
		for (const goal of goals) {
			const own = steps.filter((step) => step.goalId === goal.id);
			result.set(goal.id, {
				stepsDone: own.filter((step) => step.doneAt !== null).length,
				stepsTotal: own.length,
				target: goal.target && index ? evaluateTarget(goal.target, index, today) : null
			});
		}
		performance.measure('tandem:goal-progress', 'tandem:goal-progress-start');
		return result;
	}

	/** `firstSteps`: a new goal's steps, typed while creating it, saved in the same write. */
	save(fields: GoalFields, id: string | null, firstSteps: readonly string[] = []): Promise<string> {
		return saving('save this goal', () => saveGoal(fields, id, new Date(), firstSteps));
	}

	setStatus(id: string, status: Goal['status']): Promise<void> {
		return saving('change this goal’s status', () => setGoalStatus(id, status));
	}

	remove(id: string): Promise<void> {
		return saving('delete this goal', () => deleteGoal(id), { quiet: true });
	}

	async addStep(goalId: string, text: string): Promise<void> {
		await saving('add this step', () => addStep(goalId, text));
	}

	setStepDone(id: string, done: boolean): Promise<void> {
		return saving('tick this step', () => setStepDone(id, done));
	}

	editStep(id: string, text: string): Promise<void> {
		return saving('save this step', () => editStep(id, text));
	}

	moveStep(id: string, direction: -1 | 1): Promise<void> {
		return saving('move this step', () => moveStep(id, direction), { quiet: true });
	}

	removeStep(id: string): Promise<void> {
		return saving('delete this step', () => deleteStep(id), { quiet: true });
	}

	linkCareChange(careChangeId: string, goalId: string, linked: boolean): Promise<void> {
		return saving('link this care change', () => linkCareChange(careChangeId, goalId, linked));
	}

	async bringUp(goal: Goal): Promise<void> {
		await saving('add this goal to your agenda', () => addAgendaItem(`Goal: ${goal.title}`.slice(0, 2_000), 'goal', goal.id));
	}
}

export const goals = new GoalsState();
