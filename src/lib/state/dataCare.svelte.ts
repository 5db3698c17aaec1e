/** Settings → Data on this device: backup, restore and delete, with what each is doing right now. */
import { deleteEverything, exportBackup, restoreBackup } from '$lib/db/backup';
import { backupFileName, readBackup, type BackupFile, type BackupSummary } from '$lib/domain/backup';
import { localDayOf } from '$lib/domain/dates';
import { downloadFile } from '$lib/pwa/download';
import { persistence } from './persistence.svelte';
import { settings } from './settings.svelte';

export const APP_VERSION = __APP_VERSION__;
export { CURRENT_SCHEMA_VERSION as SCHEMA_VERSION } from '$lib/db/schema';

type Pending = { backup: BackupFile; summary: BackupSummary; fileName: string };

class DataCare {
	busy = $state<'export' | 'read' | 'restore' | 'delete' | null>(null);
	pendingRestore = $state.raw<Pending | null>(null);
	message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);

	async backUp(): Promise<void> {
		this.busy = 'export';
		this.message = null;
		try {
			performance.mark('tandem:export-start');
			const backup = await exportBackup(APP_VERSION);
			const json = JSON.stringify(backup);
			downloadFile(backupFileName(localDayOf(new Date())), json, 'application/json');
			performance.measure('tandem:export', 'tandem:export-start');
			this.message = { kind: 'ok', text: 'Backup saved to your downloads. Keep it somewhere safe.' };
		} catch (error) {
			this.message = { kind: 'error', text: `The backup could not be made: ${describe(error)}` };
		} finally {
			this.busy = null;
		}
	}

	/** Reads and checks the chosen file; nothing is changed until `confirmRestore`. */
	async chooseRestoreFile(file: File): Promise<void> {
		this.busy = 'read';
		this.message = null;
		this.pendingRestore = null;
		try {
			const reading = readBackup(await file.text());
			if (reading.ok) this.pendingRestore = { backup: reading.backup, summary: reading.summary, fileName: file.name };
			else this.message = { kind: 'error', text: reading.message };
		} catch (error) {
			this.message = { kind: 'error', text: `The file could not be read: ${describe(error)}` };
		} finally {
			this.busy = null;
		}
	}

	cancelRestore(): void {
		this.pendingRestore = null;
	}

	async confirmRestore(): Promise<void> {
		const pending = this.pendingRestore;
		if (!pending) return;
		this.busy = 'restore';
		try {
			performance.mark('tandem:restore-start');
			await restoreBackup(pending.backup);
			performance.measure('tandem:restore', 'tandem:restore-start');
			// Restored data is worth protecting too; ask without changing the records just restored.
			await persistence.request(false);
			this.pendingRestore = null;
			this.message = { kind: 'ok', text: `Restored ${pending.summary.total.toLocaleString()} records from ${pending.fileName}.` };
			await persistence.refresh();
		} catch (error) {
			this.message = { kind: 'error', text: `Nothing was changed: the restore failed (${describe(error)}).` };
		} finally {
			this.busy = null;
		}
	}

	async deleteEverything(): Promise<void> {
		this.busy = 'delete';
		try {
			await deleteEverything();
			// Settings go too; start again from the defaults, as on a first visit.
			await settings.ensure();
			this.message = { kind: 'ok', text: 'Everything Tandem stored on this device has been deleted.' };
			await persistence.refresh();
		} catch (error) {
			this.message = { kind: 'error', text: `Nothing was deleted: ${describe(error)}` };
		} finally {
			this.busy = null;
		}
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export const dataCare = new DataCare();
