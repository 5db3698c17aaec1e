/** Coping tools: uses with their distress ratings, "what helps you", and thought records. */
import {
	allCopingUses,
	allThoughtRecords,
	deleteThoughtRecord,
	logCopingUse,
	saveThoughtRecord,
	type CopingUseFields,
	type ThoughtSave
} from '$lib/db/coping';
import { addAgendaItem } from '$lib/db/monitoring';
import type { BreathingPattern } from '$lib/domain/coping/breathing';
import { summariseCopingUses, type ToolSummary } from '$lib/domain/coping/whatHelps';
import type { CopingUse, ThoughtRecord } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';

class CopingState {
	#uses = new LiveQuery<CopingUse[]>(allCopingUses, []);
	#thoughtRecords = new LiveQuery<ThoughtRecord[]>(allThoughtRecords, []);

	get uses(): CopingUse[] {
		return this.#uses.current;
	}

	get loaded(): boolean {
		return this.#uses.loaded;
	}

	#summary = $derived(summariseCopingUses(this.#uses.current));

	get summary(): ToolSummary[] {
		return this.#summary;
	}

	/** The pattern of the latest custom breathing session, so the person's own pattern is remembered. */
	get lastCustomPattern(): BreathingPattern | null {
		for (let index = this.uses.length - 1; index >= 0; index -= 1) {
			const use = this.uses[index];
			if (use.tool === 'breathing-custom' && use.pattern) return use.pattern;
		}
		return null;
	}

	get thoughtRecords(): ThoughtRecord[] {
		return this.#thoughtRecords.current;
	}

	get thoughtRecordsLoaded(): boolean {
		return this.#thoughtRecords.loaded;
	}

	async log(fields: CopingUseFields): Promise<void> {
		await saving('save this coping session', () => logCopingUse(fields));
	}

	saveThoughtRecord(save: ThoughtSave, id: string | null): Promise<string> {
		return saving('save this thought record', () => saveThoughtRecord(save, id));
	}

	removeThoughtRecord(id: string): Promise<void> {
		return saving('delete this thought record', () => deleteThoughtRecord(id), { quiet: true });
	}

	/** Puts a thought record on the agenda for the next session. */
	async bringUp(record: Pick<ThoughtRecord, 'id' | 'situation' | 'balancedThought'>): Promise<void> {
		const situation = record.situation.trim() || 'a thought record';
		await saving('add this thought record to your agenda', () =>
			addAgendaItem(`Thought record: ${situation}`.slice(0, 2_000), 'thoughtRecord', record.id)
		);
	}
}

export const coping = new CopingState();
