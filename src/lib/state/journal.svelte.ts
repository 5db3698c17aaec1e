/**
 * The journal for the screens: today's check-in, the history, side effects and questionnaires.
 * Writes load on first use, so Today's first paint carries only the reads.
 */
import type { LocalDay } from '$lib/domain/dates';
import type { Assessment, CareChange, Checkin, SideEffect } from '$lib/domain/records';
import type { AssessmentDraft, CheckinDraft, SideEffectDraft } from '$lib/db/monitoring';
import { emptyCheckin } from '$lib/domain/monitoring/scales';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';
import { loadedDatabase } from './startupDatabase';

export type { AssessmentDraft, CheckinDraft, SideEffectDraft };

const writes = () => import('$lib/db/monitoring');

class JournalState {
	#checkins = new LiveQuery<Checkin[]>(() => loadedDatabase().allCheckins(), []);
	// Today reads only today's record, not ten years of them, and moves to the new day at midnight.
	#todayCheckin = new LiveQuery<Checkin | undefined, LocalDay>(
		(day) => loadedDatabase().checkinOn(day),
		undefined,
		() => clock.today
	);
	#assessments = new LiveQuery<Assessment[]>(() => loadedDatabase().allAssessments(), []);
	#sideEffects = new LiveQuery<SideEffect[]>(() => loadedDatabase().recentSideEffects(100), []);
	#careChanges = new LiveQuery<CareChange[]>(() => loadedDatabase().allCareChanges(), []);
	#lastQuestionnaires = new LiveQuery(() => loadedDatabase().lastQuestionnaireDates(), { phq: null, gad: null } as {
		phq: string | null;
		gad: string | null;
	});

	get today(): LocalDay {
		return clock.today;
	}

	get todayCheckin(): Checkin | undefined {
		return this.#todayCheckin.current;
	}

	/** What a check-in form for `day` starts from: the saved one for that day, or an empty one. */
	draftFor(day: LocalDay, saved = this.checkinOn(day)): CheckinDraft {
		// A record of another day never seeds this one (a screen left open over midnight).
		if (!saved || saved.day !== day) return emptyCheckin(day);
		const { mood, sleepHours, sleepQuality, energy, stress, concentration, panicAttacks, cravings, tags, note } = saved;
		return {
			day: saved.day,
			mood,
			sleepHours,
			sleepQuality,
			energy,
			stress,
			concentration,
			panicAttacks,
			cravings,
			tags: [...tags],
			note
		};
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

	/** Every care change, oldest first: the markers on the charts' time axis. */
	get careChanges(): CareChange[] {
		return this.#careChanges.current;
	}

	get lastQuestionnaires(): { phq: string | null; gad: string | null } {
		return this.#lastQuestionnaires.current;
	}

	get sideEffects(): SideEffect[] {
		return this.#sideEffects.current;
	}

	async saveCheckin(draft: CheckinDraft): Promise<Checkin> {
		performance.mark('tandem:checkin-save');
		return saving('save this check-in', async () => (await writes()).saveCheckin(draft));
	}

	async updateSideEffect(id: string, fields: Pick<SideEffect, 'effect' | 'severity' | 'medicationId' | 'note'>): Promise<void> {
		await saving('save the change to this side effect', async () => (await writes()).updateSideEffect(id, fields));
	}

	async deleteSideEffect(id: string): Promise<void> {
		await saving('delete this side effect', async () => (await writes()).deleteSideEffect(id), { quiet: true });
	}

	async logSideEffect(draft: SideEffectDraft): Promise<void> {
		await saving('save this side effect', async () => (await writes()).logSideEffect(draft));
	}

	async saveAssessment(draft: AssessmentDraft): Promise<Assessment> {
		return saving('save this questionnaire', async () => (await writes()).saveAssessment(draft));
	}

	async addToAgenda(text: string, source: 'journal' | 'manual', sourceId: string | null): Promise<void> {
		await saving('add this to your agenda', async () => (await writes()).addAgendaItem(text, source, sourceId));
	}
}

export const journal = new JournalState();
