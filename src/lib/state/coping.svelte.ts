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
import { afterSave } from './persistence.svelte';

class CopingState {
	#uses = new LiveQuery<CopingUse[]>(allCopingUses, []);
	#thoughtRecords = new LiveQuery<ThoughtRecord[]>(allThoughtRecords, []);

	get uses(): CopingUse[] {
		return this.#uses.current;
	}

	get loaded(): boolean {
		return this.#uses.loaded;
	}

	get summary(): ToolSummary[] {
		return summariseCopingUses(this.uses);
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
		await logCopingUse(fields);
		await afterSave();
	}

	async saveThoughtRecord(save: ThoughtSave, id: string | null): Promise<string> {
		const saved = await saveThoughtRecord(save, id);
		await afterSave();
		return saved;
	}

	removeThoughtRecord(id: string): Promise<void> {
		return deleteThoughtRecord(id);
	}

	/** Puts a thought record on the agenda for the next session. */
	async bringUp(record: Pick<ThoughtRecord, 'id' | 'situation' | 'balancedThought'>): Promise<void> {
		const situation = record.situation.trim() || 'a thought record';
		await addAgendaItem(`Thought record: ${situation}`.slice(0, 2_000), 'thoughtRecord', record.id);
		await afterSave();
	}
}

export const coping = new CopingState();
