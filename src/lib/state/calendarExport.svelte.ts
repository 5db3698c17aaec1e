/** Builds the .ics download; the calendar library loads only when someone exports. */
import { instantOf } from '$lib/domain/dates';
import type { Medication } from '$lib/domain/records';
import { downloadFile } from '$lib/pwa/download';
import { meds } from './meds.svelte';
import { settings } from './settings.svelte';

class CalendarExport {
	message = $state('');

	async download(only?: Medication): Promise<void> {
		const { buildCalendar } = await import('$lib/pwa/calendar');
		const medications = only ? [only] : meds.active;
		const { text } = buildCalendar({
			medications,
			schedules: meds.plan.schedules.filter((schedule) =>
				medications.some((medication) => medication.id === schedule.medicationId)
			),
			routine: settings.current.routine,
			timeZone: meds.timeZone,
			generatedAt: instantOf(new Date())
		});
		const name = only ? `tandem-${only.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.ics` : 'tandem-medication.ics';
		downloadFile(name, text, 'text/calendar');
		this.message = `Saved ${name} to your downloads.`;
	}
}

export const calendarExport = new CalendarExport();
