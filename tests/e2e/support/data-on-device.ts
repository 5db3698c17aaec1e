import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Settings → Data on this device, driven as a person does it. */
export class DataOnDevice {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/settings');
		await expect(this.page.getByRole('heading', { name: 'Data on this device' })).toBeVisible();
	}

	/** Chooses a backup file; resolves once Tandem has either shown the confirmation or refused it. */
	async choose(file: { name: string; buffer: Buffer }): Promise<void> {
		await this.page.getByLabel('Backup file to restore').setInputFiles({ ...file, mimeType: 'application/json' });
		await expect(this.confirmation.or(this.page.getByRole('alert'))).toBeVisible({ timeout: 30_000 });
	}

	get confirmation() {
		return this.page.getByRole('region', { name: 'Restore this backup?' });
	}

	async restore(file: { name: string; buffer: Buffer }): Promise<void> {
		await this.choose(file);
		await this.confirmation.getByRole('button', { name: 'Replace everything with this backup' }).click();
		await expect(this.page.getByRole('status').filter({ hasText: /^Restored/ })).toBeVisible({ timeout: 120_000 });
	}

	/** Clicks "Back up now" and returns the downloaded file's name and parsed contents. */
	async backUp(): Promise<{ name: string; json: Record<string, unknown> & { tables: Record<string, unknown[]> } }> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Back up now' }).click();
		const file = await download;
		const text = await readFile((await file.path())!, 'utf8');
		return { name: file.suggestedFilename(), json: JSON.parse(text) };
	}

	async deleteEverything(): Promise<void> {
		await this.page.getByRole('button', { name: 'Delete everything…' }).click();
		const confirm = this.page.getByRole('button', { name: 'Delete everything', exact: true });
		await expect(confirm).toBeDisabled();
		await this.page.getByLabel('Type “delete” to confirm').fill('delete');
		await confirm.click();
		await expect(this.page.getByText('Everything Tandem stored on this device has been deleted.')).toBeVisible();
	}
}
