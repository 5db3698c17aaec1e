import { loadSafetyPlan, saveSafetyPlan, type SafetyPlanDraft } from '$lib/db/safetyPlan';
import type { SafetyPlan } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { afterSave } from './persistence.svelte';

class SafetyPlanState {
	#live = new LiveQuery<SafetyPlan | undefined>(loadSafetyPlan, undefined);

	get current(): SafetyPlan | undefined {
		return this.#live.current;
	}

	/** False until the first read answers, so an editor does not start from an empty plan by mistake. */
	get loaded(): boolean {
		return this.#live.loaded;
	}

	/** The draft must be plain data (`$state.snapshot`): IndexedDB cannot clone Svelte's proxies. */
	async save(draft: SafetyPlanDraft): Promise<SafetyPlan> {
		const saved = await saveSafetyPlan(draft);
		await afterSave();
		return saved;
	}
}

export const safetyPlan = new SafetyPlanState();
