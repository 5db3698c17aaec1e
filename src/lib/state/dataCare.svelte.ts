/** Settings → Data on this device: backup, restore and delete, with what each is doing right now. */
import { deleteEverything, exportBackup, restoreBackup } from '$lib/db/backup';
import { hasShares } from '$lib/db/presence';
import { deleteAllBoardCopies } from '$lib/share/local';
import { backupFileName, readBackup, type BackupFile, type BackupSummary } from '$lib/domain/backup';
import { localDayOf } from '$lib/domain/dates';
import { downloadFile } from '$lib/pwa/download';
import { persistence } from './persistence.svelte';
import { settings } from './settings.svelte';

export const APP_VERSION = __APP_VERSION__;
export { CURRENT_SCHEMA_VERSION as SCHEMA_VERSION } from '$lib/db/schema';

type Pending = { backup: BackupFile; summary: BackupSummary; fileName: string };
type Sealed = { text: string; fileName: string };

// The encryption code loads only when someone seals or opens an encrypted backup.
const sealing = () => import('$lib/domain/backupCrypto');

class DataCare {
	busy = $state<'export' | 'read' | 'restore' | 'delete' | null>(null);
	pendingRestore = $state.raw<Pending | null>(null);
	/** An encrypted backup chosen for restore, waiting for its passphrase. */
	sealedRestore = $state.raw<Sealed | null>(null);
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

	/** Seals the backup under a passphrase (PBKDF2 + AES-GCM); the file says it is encrypted. */
	async backUpEncrypted(passphrase: string): Promise<boolean> {
		this.busy = 'export';
		this.message = null;
		try {
			const { encryptBackup } = await sealing();
			const backup = await exportBackup(APP_VERSION);
			const sealed = await encryptBackup(JSON.stringify(backup), passphrase);
			downloadFile(backupFileName(localDayOf(new Date())).replace(/\.json$/, '.encrypted.json'), sealed, 'application/json');
			this.message = {
				kind: 'ok',
				text: 'Encrypted backup saved to your downloads. It opens only with the passphrase — Tandem can’t recover a forgotten one.'
			};
			return true;
		} catch (error) {
			this.message = { kind: 'error', text: `The backup could not be made: ${describe(error)}` };
			return false;
		} finally {
			this.busy = null;
		}
	}

	/** Reads and checks the chosen file; nothing is changed until `confirmRestore`. */
	async chooseRestoreFile(file: File): Promise<void> {
		this.busy = 'read';
		this.message = null;
		this.pendingRestore = null;
		this.sealedRestore = null;
		try {
			const text = await file.text();
			const { isEncryptedBackup } = await sealing();
			if (isEncryptedBackup(text)) this.sealedRestore = { text, fileName: file.name };
			else this.#check(readBackup(text), file.name);
		} catch (error) {
			this.message = { kind: 'error', text: `The file could not be read: ${describe(error)}` };
		} finally {
			this.busy = null;
		}
	}

	/** Opens an encrypted backup with its passphrase, then checks it like any other; nothing is changed yet. */
	async openSealed(passphrase: string): Promise<void> {
		const sealed = this.sealedRestore;
		if (!sealed) return;
		this.busy = 'read';
		this.message = null;
		try {
			const { decryptBackup } = await sealing();
			const opened = await decryptBackup(sealed.text, passphrase);
			if (!opened.ok) {
				this.message = { kind: 'error', text: opened.message };
				return;
			}
			this.sealedRestore = null;
			this.#check(readBackup(opened.json), sealed.fileName);
		} finally {
			this.busy = null;
		}
	}

	#check(reading: ReturnType<typeof readBackup>, fileName: string): void {
		if (reading.ok) this.pendingRestore = { backup: reading.backup, summary: reading.summary, fileName };
		else this.message = { kind: 'error', text: reading.message };
	}

	cancelRestore(): void {
		this.pendingRestore = null;
		this.sealedRestore = null;
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
			const { ownerSharing } = await import('./sharing.svelte');
			// Supporters connected now are told their boards have ended before the shares go.
			if (await hasShares()) await ownerSharing.stopAll();
			// Boards held for others are left first, so their copies can be deleted.
			const { heldBoards } = await import('./boards.svelte');
			await heldBoards.closeAll();
			await deleteEverything();
			// Boards held for others and this device's copies of its own shared boards.
			await deleteAllBoardCopies();
			// The lock protected what is now gone; a fresh start has none, in storage or in memory.
			const { appLock } = await import('./appLock.svelte');
			appLock.forget();
			// So are the nudges acknowledged on this device (kept in localStorage, not in the database).
			ownerSharing.forgetNudges();
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
