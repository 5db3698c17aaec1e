/** Settings → Data on this device: backup, restore and delete, with what each is doing right now. */
import { deleteEverything, exportBackup, restoreBackup } from '$lib/db/backup';
import { hasShares } from '$lib/db/contents';
import { deleteAllBoardCopies } from '$lib/share/local';
import { backupFileName, readBackup, type BackupFile, type BackupSummary } from '$lib/domain/backup';
import { localDayOf } from '$lib/domain/dates';
import { downloadFile } from '$lib/pwa/download';
import { clearDeviceKeys } from '$lib/db/deviceKeys';
import { storageUse, type StorageUse } from '$lib/db/storage';
import { formatBytes, restoreFits, restoreNeeds } from '$lib/domain/storageSpace';
import { announceDataReplaced } from './dataEvents';
import { persistence } from './persistence.svelte';
import { restoreFailureMessage, saveFailureMessage, storageTrouble } from './saveFailure';
import { settings } from './settings.svelte';

export const APP_VERSION = __APP_VERSION__;
export { CURRENT_SCHEMA_VERSION as SCHEMA_VERSION } from '$lib/db/schema';

type Pending = { backup: BackupFile; summary: BackupSummary; fileName: string; chars: number };
type Sealed = { text: string; fileName: string };

// The encryption code loads only when someone seals or opens an encrypted backup.
const sealing = () => import('$lib/domain/backupCrypto');

class DeviceData {
	busy = $state<'export' | 'read' | 'restore' | 'delete' | null>(null);
	pendingRestore = $state.raw<Pending | null>(null);
	/** An encrypted backup chosen for restore, waiting for its passphrase. */
	sealedRestore = $state.raw<Sealed | null>(null);
	message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	/** The share of a running restore already written (0–1), or null when none runs. */
	restoreProgress = $state<number | null>(null);

	async backUp(): Promise<void> {
		this.busy = 'export';
		this.message = null;
		try {
			performance.mark('tandem:export-start');
			const backup = await exportBackup(APP_VERSION);
			const json = JSON.stringify(backup);
			downloadFile(backupFileName(localDayOf(new Date())), json, 'application/json');
			performance.measure('tandem:export', 'tandem:export-start');
			this.message = { kind: 'ok', text: `Backup saved to your downloads. Keep it somewhere safe.${notedText(backup.noted)}` };
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
				text: `Encrypted backup saved to your downloads. It opens only with the passphrase — Tandem can’t recover a forgotten one.${notedText(backup.noted)}`
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
			else this.#check(readBackup(text), file.name, text.length);
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
			this.#check(readBackup(opened.json), sealed.fileName, opened.json.length);
		} finally {
			this.busy = null;
		}
	}

	#check(reading: ReturnType<typeof readBackup>, fileName: string, chars: number): void {
		if (reading.ok) this.pendingRestore = { backup: reading.backup, summary: reading.summary, fileName, chars };
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
			// Refused before it starts when the device clearly has no room: the old data would stay, but why wait.
			const space = await storageUse();
			if (!restoreFits(space, pending.chars)) {
				this.message = { kind: 'error', text: tooBigText(pending.chars, space!) };
				return;
			}
			performance.mark('tandem:restore-start');
			this.restoreProgress = 0;
			await restoreBackup(pending.backup, undefined, undefined, ({ written, total }) => {
				this.restoreProgress = total === 0 ? 1 : written / total;
			});
			performance.measure('tandem:restore', 'tandem:restore-start');
			await announceDataReplaced('restored');
			// Restored data is worth protecting too; ask without changing the records just restored.
			await persistence.request(false);
			this.pendingRestore = null;
			this.message = { kind: 'ok', text: `Restored ${pending.summary.total.toLocaleString()} records from ${pending.fileName}.` };
			await persistence.refresh();
		} catch (error) {
			this.message = { kind: 'error', text: restoreFailureMessage(storageTrouble(error), describe(error)) };
		} finally {
			this.busy = null;
			this.restoreProgress = null;
		}
	}

	async deleteEverything(): Promise<void> {
		this.busy = 'delete';
		try {
			// Supporters connected now are told their boards have ended before the shares go.
			if (await hasShares()) {
				const { ownerSharing } = await import('./sharing.svelte');
				await ownerSharing.stopAll();
			}
			// Boards held for others are left first, so their copies can be deleted.
			const { heldBoards } = await import('./boards.svelte');
			await heldBoards.closeAll();
			await deleteEverything();
			// Boards held for others and this device's copies of its own shared boards.
			await deleteAllBoardCopies();
			// The lock and the nudges thanked for live in this browser's storage, not the database.
			clearDeviceKeys();
			await announceDataReplaced('erased');
			// Settings go too; start again from the defaults, as on a first visit.
			await settings.ensure();
			this.message = { kind: 'ok', text: 'Everything Tandem stored on this device has been deleted.' };
			await persistence.refresh();
		} catch (error) {
			const trouble = storageTrouble(error);
			this.message = {
				kind: 'error',
				text: trouble
					? `Nothing was deleted: ${saveFailureMessage('delete everything', trouble)}`
					: `Nothing was deleted: ${describe(error)}`
			};
		} finally {
			this.busy = null;
		}
	}
}

/** A backup made on a device too full to note its time still counts; the reminder just can't know. */
function notedText(noted: boolean): string {
	return noted ? '' : ' This device is too full for Tandem to note when it was made, so the backup reminder may still show.';
}

function tooBigText(chars: number, space: StorageUse): string {
	const free = formatBytes(Math.max(0, space.quotaBytes - space.usedBytes));
	return `This backup needs about ${formatBytes(restoreNeeds(chars))} of space, and only ${free} is free for Tandem on this device, so it wasn’t restored. Nothing was changed. Free some space on the device, then try again.`;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export const deviceData = new DeviceData();
