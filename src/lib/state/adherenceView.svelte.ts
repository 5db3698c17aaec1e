/**
 * The adherence page's figures for a period the person chooses. The period's dose events are read by a
 * keyed live query, so changing the period never shows (or keeps) the answer for the one before it, even
 * when that slower read finishes last; a dose marked meanwhile updates the figures by itself.
 */
import { doseEventsBetween } from '$lib/db/medicationQueries';
import type { LocalDay } from '$lib/domain/dates';
import { adherence, type Adherence } from '$lib/domain/medication/adherence';
import type { DoseEvent } from '$lib/domain/records';
import { LiveQuery } from './live.svelte';
import { meds } from './meds.svelte';
import { settings } from './settings.svelte';

export interface Period {
	from: LocalDay;
	to: LocalDay;
}

const keyOf = (period: Period | null) => (period ? `${period.from}/${period.to}` : null);

export class AdherenceView {
	#period: () => Period | null;
	#events: LiveQuery<DoseEvent[] | null, string | null>;

	/** `period` is read reactively; null while the chosen dates are not a valid period. */
	constructor(period: () => Period | null) {
		this.#period = period;
		this.#events = new LiveQuery(
			(key) => {
				if (key === null) return Promise.resolve(null);
				const [from, to] = key.split('/');
				return doseEventsBetween(from, to);
			},
			null,
			() => keyOf(this.#period())
		);
	}

	#result = $derived.by((): Adherence | null => {
		const period = this.#period();
		const events = this.#events.current;
		if (!period || !events || !meds.loaded) return null;
		performance.mark('tandem:adherence-start');
		const result = adherence({
			...period,
			medications: meds.plan.medications,
			schedules: meds.plan.schedules,
			events,
			routine: settings.current.routine,
			timeZone: meds.timeZone,
			onTimeMinutes: settings.current.onTimeWindowMinutes,
			now: Date.now()
		});
		performance.measure('tandem:adherence', 'tandem:adherence-start');
		return result;
	});

	/** The figures for the period now chosen, or null while they are read. */
	get result(): Adherence | null {
		return this.#result;
	}
}
