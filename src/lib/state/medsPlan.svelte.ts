/**
 * The medication plan as stored, without the timetable and time-zone code: what Today and the
 * reminders need to know before anything is computed (are there medications at all?).
 */
import type { MedicationPlan } from '$lib/db/medicationQueries';
import { LiveQuery } from './live.svelte';
import { loadedDatabase } from './startupDatabase';

const EMPTY_PLAN: MedicationPlan = { medications: [], schedules: [] };

class MedsPlan {
	// The mark lets `npm run bench` time the timetable from the moment its data has arrived.
	#plan = new LiveQuery(
		() =>
			loadedDatabase()
				.loadPlan()
				.then((plan) => {
					performance.mark('tandem:plan-loaded');
					return plan;
				}),
		EMPTY_PLAN
	);

	get current(): MedicationPlan {
		return this.#plan.current;
	}

	get loaded(): boolean {
		return this.#plan.loaded;
	}

	get hasMedications(): boolean {
		return this.current.medications.length > 0;
	}
}

export const medsPlan = new MedsPlan();
