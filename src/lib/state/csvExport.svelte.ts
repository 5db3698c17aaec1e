/** CSV files for spreadsheets, one per kind of record; written on the device and handed to the browser's downloads. */
import { csvSource } from '$lib/db/report';
import { localDayOf } from '$lib/domain/dates';
import type { CsvExportName, CsvRecord } from '$lib/domain/csv';
import { downloadFile } from '$lib/pwa/download';
import { onDataReplaced } from './dataEvents';

class CsvExportState {
	message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	busy = $state<CsvExportName | null>(null);

	constructor() {
		onDataReplaced(() => {
			this.message = null;
		});
	}

	async download(kind: CsvExportName): Promise<void> {
		this.busy = kind;
		this.message = null;
		try {
			// The CSV writer (papaparse) loads only when someone exports.
			const [{ CSV_EXPORTS, CSV_MIME_TYPE, csvFileName, csvLookups, toCsv }, { describeTarget }] = await Promise.all([
				import('$lib/domain/csv'),
				import('$lib/domain/goals/target')
			]);
			const entry = CSV_EXPORTS.find((candidate) => candidate.name === kind)!;
			const source = await csvSource(entry.table);
			const lookups = csvLookups({
				...source,
				describeTarget: (target) =>
					describeTarget(target, source.medications.find((medication) => medication.id === target.subjectId)?.name)
			});
			const name = csvFileName(kind, localDayOf(new Date()));
			// The records come straight from this device's database, whose writes are all validated.
			downloadFile(name, toCsv(kind, source.records as CsvRecord<CsvExportName>[], lookups), CSV_MIME_TYPE);
			this.message = {
				kind: 'ok',
				text: `${entry.title}: ${source.records.length.toLocaleString()} rows saved to your downloads as ${name}.`
			};
		} catch {
			this.message = { kind: 'error', text: 'The file could not be made. Nothing was changed — please try again.' };
		} finally {
			this.busy = null;
		}
	}
}

export const csvExport = new CsvExportState();
