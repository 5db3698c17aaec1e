/**
 * The visit report: reads a period's records once when the period is chosen (a report is a snapshot
 * for one appointment, not a live view) and works out every section's figures from them.
 */
import { reportData, type ReportData } from '$lib/db/report';
import { clock } from './clock.svelte';
import { onDataReplaced } from './dataEvents';
import { therapy } from './therapy.svelte';
import { localDayOf, type LocalDay } from '$lib/domain/dates';
import type { Period } from '$lib/domain/report/period';
import { heldSessions } from '$lib/domain/therapy/sessions';

class ReportState {
	data = $state.raw<ReportData | null>(null);
	period = $state.raw<Period | null>(null);
	loading = $state(false);
	#request = 0;

	constructor() {
		// A report is a snapshot of the data; once the data is replaced it is chosen again.
		onDataReplaced(() => {
			this.#request++;
			this.data = null;
			this.period = null;
			this.loading = false;
		});
	}

	get today(): LocalDay {
		return clock.today;
	}

	/** The day of the last session already held, for "since the last appointment". */
	get lastAppointment(): LocalDay | null {
		const last = heldSessions(therapy.all, Date.now())[0];
		return last ? localDayOf(new Date(last.at)) : null;
	}

	get sessionsLoaded(): boolean {
		return therapy.loaded;
	}

	async load(period: Period): Promise<void> {
		const request = ++this.#request;
		this.loading = true;
		performance.mark('tandem:report-start');
		const data = await reportData(period.from, period.to);
		// A later choice wins over a slower earlier read.
		if (request !== this.#request) return;
		this.period = period;
		this.data = data;
		this.loading = false;
	}
}

export const report = new ReportState();
export type { ReportData } from '$lib/db/report';
