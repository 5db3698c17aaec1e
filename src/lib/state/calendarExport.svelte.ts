/**
 * Builds the .ics download from the plan as stored, and keeps what it wrote so the next download can
 * update or cancel it. The calendar code loads only when someone exports.
 */
import { instantOf } from '$lib/domain/dates';
import { deviceTimeZone } from '$lib/domain/medication/zone';
import type { Medication } from '$lib/domain/records';
import { downloadFile } from '$lib/pwa/download';
import { onDataReplaced } from './dataEvents';
import { storageTrouble, saveFailureMessage } from './saveFailure';

class CalendarExport {
	message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	busy = $state(false);

	constructor() {
		onDataReplaced(() => {
			this.message = null;
		});
	}

	/** Every medication Today will show from today on, or only `only`. */
	async download(only?: Medication): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.message = null;
		try {
			const [{ buildCalendar }, { calendarExportSource, recordCalendarExport }] = await Promise.all([
				import('$lib/pwa/calendar'),
				import('$lib/db/calendar')
			]);
			const now = new Date();
			const source = await calendarExportSource(only?.id);
			const file = buildCalendar({ ...source, timeZone: deviceTimeZone(), generatedAt: instantOf(now) });
			// Kept before the file is handed over: the next download must outrank and cancel what this one holds.
			await recordCalendarExport(file.events, now);
			const name = only ? `tandem-${only.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.ics` : 'tandem-medication.ics';
			downloadFile(name, file.text, 'text/calendar');
			this.message = { kind: 'ok', text: `Saved ${name} to your downloads.` };
		} catch (error) {
			const trouble = storageTrouble(error);
			// The export is kept before the file is handed over, so a full device means no file this time.
			const text = trouble
				? saveFailureMessage('make the calendar file', trouble)
				: `${error instanceof Error && error.message ? error.message : 'The calendar could not be made.'} Please try again.`;
			this.message = { kind: 'error', text };
		} finally {
			this.busy = false;
		}
	}
}

export const calendarExport = new CalendarExport();
