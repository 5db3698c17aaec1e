import type { SafetyPlanDraft } from '$lib/db/safetyPlan';
import type { SafetyPlan } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';
import { loadDatabase, loadedDatabase } from './startupDatabase';

class SafetyPlanState {
	#live = new LiveQuery<SafetyPlan | undefined>(() => loadedDatabase().loadSafetyPlan(), undefined);

	get current(): SafetyPlan | undefined {
		return this.#live.current;
	}

	/** False until the first read answers, so an editor does not start from an empty plan by mistake. */
	get loaded(): boolean {
		return this.#live.loaded;
	}

	/** The draft must be plain data (`$state.snapshot`): IndexedDB cannot clone Svelte's proxies. */
	save(draft: SafetyPlanDraft): Promise<SafetyPlan> {
		return saving('save your safety plan', async () => (await loadDatabase()).saveSafetyPlan(draft));
	}
}

export const safetyPlan = new SafetyPlanState();
