/** The deterministic ten-year data set, written once per run as a backup file the app can restore. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tenYearBackup } from '../tests/fixtures/tenYears';

export function writeTenYearBackup(dir: string): { path: string; records: number; note: string } {
	const started = performance.now();
	const backup = tenYearBackup();
	const json = JSON.stringify(backup);
	const path = join(dir, 'tandem-backup-ten-years.json');
	writeFileSync(path, json);
	const records = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const megabytes = (Buffer.byteLength(json) / 1e6).toFixed(1);
	return {
		path,
		records,
		note: `data: ten-year backup, ${records.toLocaleString('en')} records, ${megabytes} MB, generated in ${seconds} s`
	};
}
