import { instantOf } from '$lib/domain/dates';
import type { Settings } from '$lib/domain/records';
import { defaultSettings, SETTINGS_ID } from '$lib/domain/settings';
import { database } from './database';

/** The settings row, created with defaults the first time it is asked for. */
export async function loadSettings(now = new Date(), country = ''): Promise<Settings> {
	const db = database();
	return db.transaction('rw', db.settings, async () => {
		const existing = await db.settings.get(SETTINGS_ID);
		if (existing) return existing;
		const created = defaultSettings(now, country);
		await db.settings.add(created);
		return created;
	});
}

export type SettingsChange = Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>;

export async function updateSettings(change: SettingsChange, now = new Date()): Promise<void> {
	const db = database();
	await db.transaction('rw', db.settings, async () => {
		const current = (await db.settings.get(SETTINGS_ID)) ?? defaultSettings(now);
		await db.settings.put({ ...current, ...change, updatedAt: instantOf(now) });
	});
}
