/**
 * The first page's way to the database (issue 18): Dexie and the queries arrive in their own chunk, loaded
 * as soon as the app starts but not before it can draw. Async code awaits `loadDatabase()`; a LiveQuery's
 * function may call `loadedDatabase()`, because LiveQuery subscribes only after the load has finished.
 */
import type * as Startup from '$lib/db/startup';

export type StartupDatabase = typeof Startup;

let loaded: StartupDatabase | undefined;
let loading: Promise<StartupDatabase> | undefined;

export function loadDatabase(): Promise<StartupDatabase> {
	loading ??= import('$lib/db/startup').then((modules) => (loaded = modules));
	return loading;
}

export function loadedDatabase(): StartupDatabase {
	if (!loaded) throw new Error('The database code is not loaded yet: await loadDatabase() first.');
	return loaded;
}
