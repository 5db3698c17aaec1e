/**
 * The one Dexie database. Nothing outside src/lib/db opens IndexedDB.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { RecordOf, TableName } from '$lib/domain/records';
import { schemaVersions } from './schema';

export const DATABASE_NAME = 'tandem';

type Tables = { [T in TableName]: EntityTable<RecordOf<T>, 'id'> };

export type TandemDatabase = Dexie & Tables;

/** Opens (lazily, on first query) the database with every schema version declared, oldest first. */
export function openTandemDatabase(name = DATABASE_NAME, versions = schemaVersions): TandemDatabase {
	const db = new Dexie(name) as TandemDatabase;
	for (const { version, stores, upgrade } of versions) {
		const declared = db.version(version).stores(stores as Record<string, string>);
		if (upgrade) declared.upgrade(upgrade);
	}
	return db;
}

let instance: TandemDatabase | undefined;
const versionChangeListeners = new Set<() => void>();

/** The app's database, opened on first use. */
export function database(): TandemDatabase {
	if (!instance) {
		instance = openTandemDatabase();
		// Another tab is upgrading the schema: let go of our connection instead of blocking it,
		// and tell the UI to ask for a reload rather than fail on the next write.
		instance.on('versionchange', () => {
			instance?.close();
			for (const listener of versionChangeListeners) listener();
			return false;
		});
	}
	return instance;
}

export function onVersionChange(listener: () => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}

/** For tests: forget the open instance so the next call opens afresh. */
export function resetDatabaseForTests(): void {
	instance?.close();
	instance = undefined;
}

export function newId(): string {
	return crypto.randomUUID();
}
