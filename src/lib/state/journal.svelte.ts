/**
 * The journal for the screens: today's check-in, the history, side effects and questionnaires.
 * Writes load on first use, so Today's first paint carries only the reads.
 */
import { localDayOf, type LocalDay } from '$lib/domain/dates';
import type { Assessment, Checkin, SideEffect } from '$lib/domain/records';
import type { AssessmentDraft, CheckinDraft, SideEffectDraft } from '$lib/db/monitoring';
import { allAssessments, allCheckins, recentSideEffects } from '$lib/db/monitoring';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';
import { afterSave } from './persistence.svelte';

export type { AssessmentDraft, CheckinDraft, SideEffectDraft };

const writes = () => import('$lib/db/monitoring');

class JournalState {
	#checkins = new LiveQuery<Checkin[]>(allCheckins, []);
	#assessments = new LiveQuery<Assessment[]>(allAssessments, []);
	#sideEffects = new LiveQuery<SideEffect[]>(() => recentSideEffects(100), []);

	get today(): LocalDay {
		return localDayOf(new Date(clock.now));
	}

	get checkins(): Checkin[] {
		return this.#checkins.current;
	}

	get loaded(): boolean {
		return this.#checkins.loaded;
	}

	checkinOn(day: LocalDay): Checkin | undefined {
		return this.checkins.findLast((checkin) => checkin.day === day);
	}

	get assessments(): Assessment[] {
		return this.#assessments.current;
	}

	get sideEffects(): SideEffect[] {
		return this.#sideEffects.current;
	}

	async saveCheckin(draft: CheckinDraft): Promise<Checkin> {
		performance.mark('tandem:checkin-save');
		const saved = await (await writes()).saveCheckin(draft);
		await afterSave();
		return saved;
	}

	async logSideEffect(draft: SideEffectDraft): Promise<void> {
		await (await writes()).logSideEffect(draft);
		await afterSave();
	}

	async saveAssessment(draft: AssessmentDraft): Promise<Assessment> {
		const saved = await (await writes()).saveAssessment(draft);
		await afterSave();
		return saved;
	}

	async addToAgenda(text: string, source: 'journal' | 'manual', sourceId: string | null): Promise<void> {
		await (await writes()).addAgendaItem(text, source, sourceId);
	}
}

export const journal = new JournalState();
