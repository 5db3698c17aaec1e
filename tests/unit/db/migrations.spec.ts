/**
 * The migration harness: every database written by an earlier schema version opens in the current
 * one with every record intact (or transformed exactly as that version's upgrade says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTandemDatabase } from '../../../src/lib/db/database';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../src/lib/db/schema';
import { TABLE_NAMES, type AllRecords } from '../../../src/lib/domain/records';

const folder = join(import.meta.dirname, '../../fixtures/databases');
const fixtures = readdirSync(folder)
	.filter((name) => /^v\d+\.json$/.test(name))
	.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as { schemaVersion: number; tables: AllRecords });

/** What each upgrade does to the records of the version before it; identity until a version moves data. */
const expectedAfterUpgrade: Record<number, (tables: AllRecords) => AllRecords> = {};

let name = '';
afterEach(async () => {
	await indexedDB.deleteDatabase(name);
});

describe('schema migrations', () => {
	it('has a fixture for every released schema version', () => {
		expect(fixtures.map((fixture) => fixture.schemaVersion).sort()).toEqual(schemaVersions.map((version) => version.version));
	});

	it.each(fixtures.map((fixture) => [fixture.schemaVersion, fixture] as const))(
		'opens a database written by version %i in the current version with every record',
		async (version, fixture) => {
			name = `migration-v${version}`;
			const old = openTandemDatabase(
				name,
				schemaVersions.filter((entry) => entry.version <= version)
			);
			await old.transaction(
				'rw',
				TABLE_NAMES.map((table) => old.table(table)),
				async () => {
					for (const table of TABLE_NAMES) await old.table(table).bulkAdd(fixture.tables[table] ?? []);
				}
			);
			old.close();

			const current = openTandemDatabase(name);
			await current.open();
			expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
			let expected = fixture.tables;
			for (let step = version + 1; step <= CURRENT_SCHEMA_VERSION; step++)
				expected = expectedAfterUpgrade[step]?.(expected) ?? expected;
			for (const table of TABLE_NAMES) {
				const rows = await current.table(table).toArray();
				const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
				expect(rows.sort(byId), table).toEqual([...(expected[table] ?? [])].sort(byId));
			}
			expect(await current.table('doseEvents').where('dueDay').equals('2026-10-25').count()).toBeGreaterThan(0);
			current.close();
		}
	);
});
