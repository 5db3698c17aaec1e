/**
 * The migration harness: every database written by an earlier schema version opens in the current
 * one with every record intact (or transformed exactly as that version's upgrade says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTandemDatabase } from '$lib/db/database';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '$lib/db/schema';
import { TABLE_NAMES, type AllRecords, type DoseEvent, type Schedule, type TableName } from '$lib/domain/records';
import { slotClock } from '$lib/domain/medication/plan';
import { deviceTimeZone, instantAt } from '$lib/domain/medication/zone';
import { medicationRecord, scheduleRecord, slotRecord } from '../../fixtures/factories';

const folder = join(import.meta.dirname, '../../fixtures/databases');
const fixtures = readdirSync(folder)
	.filter((name) => /^v\d+\.json$/.test(name))
	.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as { schemaVersion: number; tables: AllRecords });

/** The due time of a scheduled dose: its slot's routine moment or clock time on its day (no bedtime after midnight here). */
function dueOf(event: DoseEvent, tables: AllRecords): number | null {
	const slot = tables.schedules
		.flatMap((schedule: Schedule) => schedule.slots)
		.find((candidate) => candidate.id === event.slotId);
	return slot ? instantAt(event.dueDay, slotClock(slot, tables.settings[0].routine), deviceTimeZone()) : null;
}

/** What each upgrade does to the records of the version before it; identity until a version moves data. */
const expectedAfterUpgrade: Record<number, (tables: AllRecords) => AllRecords> = {
	// Version 2 keeps each scheduled dose's due time and adds the calendar events table (empty).
	2: (tables) => ({
		...tables,
		doseEvents: tables.doseEvents.map((event) => ({ ...event, dueAt: (event as { dueAt?: string }).dueAt ?? null })),
		calendarEvents: tables.calendarEvents ?? []
	})
};

/** The tables a version's schema has: every table declared by it or an earlier one. */
function tablesOf(version: number): TableName[] {
	const declared = new Set(
		schemaVersions.filter((entry) => entry.version <= version).flatMap((entry) => Object.keys(entry.stores))
	);
	return TABLE_NAMES.filter((table) => declared.has(table));
}

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
				tablesOf(version).map((table) => old.table(table)),
				async () => {
					for (const table of tablesOf(version)) await old.table(table).bulkAdd(fixture.tables[table] ?? []);
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
				if (table === 'doseEvents') {
					// Due times are instants: compare them as moments, whatever offset they were written with.
					const moments = (list: DoseEvent[]) =>
						[...list].sort(byId).map((event) => ({ ...event, dueAt: event.dueAt === null ? null : Date.parse(event.dueAt) }));
					const expectedEvents = (expected.doseEvents ?? []).map((event) => ({
						...event,
						dueAt: event.dueAt ?? (event.slotId === null ? null : new Date(dueOf(event, fixture.tables)!).toISOString())
					}));
					expect(moments(rows as DoseEvent[]), table).toEqual(moments(expectedEvents));
					continue;
				}
				expect(rows.sort(byId), table).toEqual([...(expected[table] ?? [])].sort(byId));
			}
			// The indexes are the current ones and answer: version 3 reads days per medication.
			const doses = current.table('doseEvents');
			expect(doses.schema.indexes.map((index) => index.name)).toEqual(['[medicationId+dueDay]']);
			const sample = (expected.doseEvents ?? [])[0];
			expect(await doses.where('[medicationId+dueDay]').equals([sample.medicationId, sample.dueDay]).count()).toBeGreaterThan(0);
			current.close();
		}
	);
});

describe('version 2 settles what version 1 could store', () => {
	const at = (day: string) => `${day}T10:00:00.000+00:00`;
	const lamotrigine = medicationRecord('lamotrigine', { name: 'Lamotrigine', startDay: '2026-05-01' });
	const breakfast = [slotRecord('am', { anchor: 'breakfast', amount: 50 })];

	async function upgradeFrom1(tables: Partial<AllRecords>) {
		name = 'migration-repair';
		const old = openTandemDatabase(
			name,
			schemaVersions.filter((entry) => entry.version === 1)
		);
		await old.transaction(
			'rw',
			tablesOf(1).map((table) => old.table(table)),
			async () => {
				for (const table of tablesOf(1)) await old.table(table).bulkAdd(tables[table] ?? []);
			}
		);
		old.close();
		const current = openTandemDatabase(name);
		await current.open();
		return current;
	}

	it('gives each day one schedule: the plan recorded later wins the days both claim', async () => {
		// What the earlier "change from a day" wrote for 50 mg from 05-01, then 100 mg from 06-01 (recorded 05-10),
		// then 75 mg from 05-20 (recorded 05-11): two schedules in force from 05-20 to 05-31.
		const db = await upgradeFrom1({
			medications: [lamotrigine],
			schedules: [
				scheduleRecord('lamotrigine', breakfast, {
					id: 's50',
					from: '2026-05-01',
					until: '2026-05-31',
					createdAt: at('2026-05-01')
				}),
				scheduleRecord('lamotrigine', [{ ...breakfast[0], amount: 75 }], {
					id: 's75',
					from: '2026-05-20',
					createdAt: at('2026-05-11')
				})
			]
		});
		const schedules = await db.table('schedules').toArray();
		expect(schedules.map((schedule) => [schedule.id, schedule.from, schedule.until]).sort()).toEqual([
			['s50', '2026-05-01', '2026-05-19'],
			['s75', '2026-05-20', null]
		]);
		db.close();
	});

	it('ends a paused medication’s schedules on the day it was paused', async () => {
		const paused = { ...lamotrigine, status: 'paused' as const, updatedAt: at('2026-06-10') };
		const db = await upgradeFrom1({
			medications: [paused],
			schedules: [scheduleRecord('lamotrigine', breakfast, { from: '2026-05-01' })]
		});
		const [schedule] = await db.table('schedules').toArray();
		expect([schedule.from, schedule.until]).toEqual(['2026-05-01', '2026-06-09']);
		db.close();
	});
});
