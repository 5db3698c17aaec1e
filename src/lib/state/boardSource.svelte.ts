/**
 * What the owner's boards are projected from, read from Dexie in parts, so a step ticked re-reads the
 * goals and not months of doses, with the journal, doses and plan indexed once per change of those.
 * Reads nothing until something (the sharing runtime, only with a share) asks for `current`.
 */
import { doseEvidence, journalEvidence, loadGoalBoard } from '$lib/db/goals';
import { loadPlan } from '$lib/db/medicationQueries';
import { storedSettings } from '$lib/db/sharing';
import { addDays, localDayOf } from '$lib/domain/dates';
import { indexGoalData, TARGET_LOOK_BACK_DAYS, type GoalIndex } from '$lib/domain/goals/target';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import type { Share } from '$lib/domain/records';
import { projectBoard, type BoardSnapshot } from '$lib/share/projection';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';

interface Records {
	journal: Awaited<ReturnType<typeof journalEvidence>>;
	doses: Awaited<ReturnType<typeof doseEvidence>>;
	plan: Awaited<ReturnType<typeof loadPlan>>;
	settings: Awaited<ReturnType<typeof storedSettings>>;
}

export interface ProjectionInput extends Records {
	board: Awaited<ReturnType<typeof loadGoalBoard>>;
	index: GoalIndex;
}

export class BoardSource {
	readonly timeZone = deviceTimeZone();
	// The look-back window moves with the day (the one clock), so the board's weeks turn at midnight.
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
	#goals = new LiveQuery(loadGoalBoard, null);
	#plan = new LiveQuery(loadPlan, null);
	#settings = new LiveQuery(() => storedSettings(), null);
	#tick = $state(0);

	#index = $derived.by((): GoalIndex | null => {
		const records = this.#records();
		// The tick re-indexes too: which doses count as missed moves on with the clock.
		void this.#tick;
		if (!records) return null;
		return indexGoalData({
			checkins: records.journal.checkins,
			assessments: records.journal.assessments,
			copingUses: records.journal.copingUses,
			medication: this.#medication(records, Date.now())
		});
	});

	#current = $derived.by((): ProjectionInput | null => {
		const [records, board, index] = [this.#records(), this.#goals.current, this.#index];
		return records && board && index ? { ...records, board, index } : null;
	});

	/** Everything loaded, or null while any part is still loading. */
	get current(): ProjectionInput | null {
		return this.#current;
	}

	/** Moves "now" on: doses due since count as missed, and boards are projected again. */
	tick(): void {
		this.#tick++;
	}

	#records(): Records | null {
		const [journal, doses, plan, settings] = [
			this.#journal.current,
			this.#doses.current,
			this.#plan.current,
			this.#settings.current
		];
		return journal && doses && plan && settings ? { journal, doses, plan, settings } : null;
	}

	#medication(records: Records, now: number) {
		return {
			medications: records.plan.medications,
			schedules: records.plan.schedules,
			events: records.doses,
			routine: records.settings.routine,
			timeZone: this.timeZone,
			onTimeMinutes: records.settings.onTimeWindowMinutes,
			now
		};
	}

	/** The board `share` may see, as of now. */
	project(input: ProjectionInput, share: Share): BoardSnapshot {
		const now = Date.now();
		return projectBoard(
			{
				ownerName: share.ownerName ?? '',
				goals: input.board.goals,
				goalSteps: input.board.steps,
				checkins: input.journal.checkins,
				assessments: input.journal.assessments,
				copingUses: input.journal.copingUses,
				medication: this.#medication(input, now),
				answers: share.answers ?? []
			},
			share.scope,
			// A one-off day for this projection, never read reactively.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			localDayOf(new Date(now)),
			{ index: input.index }
		);
	}
}
