import type { SettingsChange } from '$lib/db/settings';
import { guessCountry } from '$lib/domain/crisisLines';
import type { Settings } from '$lib/domain/records';
import { defaultSettings, SETTINGS_ID } from '$lib/domain/settings';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';
import { loadDatabase, loadedDatabase } from './startupDatabase';

class SettingsState {
	#live = new LiveQuery<Settings | undefined>(() => loadedDatabase().database().settings.get(SETTINGS_ID), undefined);
	#fallback = defaultSettings(new Date());

	/** The stored settings, or the defaults until the first read finishes. */
	get current(): Settings {
		return this.#live.current ?? this.#fallback;
	}

	get loaded(): boolean {
		return this.#live.loaded;
	}

	/** Creates the settings row on first run, guessing the crisis-line country from the language. */
	async ensure(): Promise<void> {
		const { loadSettings } = await loadDatabase();
		await loadSettings(new Date(), guessCountry(navigator.languages ?? [navigator.language]));
	}

	update(change: SettingsChange): Promise<void> {
		return saving('save this setting', async () => (await loadDatabase()).updateSettings(change));
	}
}

export const settings = new SettingsState();
