import { fc, test } from '@fast-check/vitest';
import { afterEach, expect } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { doseEventsBetween } from '$lib/db/medicationQueries';
import type { DoseEvent } from '$lib/domain/records';
import { doseEventRecord, medicationRecord } from '../../fixtures/factories';

afterEach(async () => {
	database().close();
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
const byDayThenId = (a: DoseEvent, b: DoseEvent) => a.dueDay.localeCompare(b.dueDay) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Version 3 reads days per medication through [medicationId+dueDay]; the answer must be what one index on the
// day gave: every dose due in the range, of every medication, by day and then id.
test.prop(
	[
		fc.array(fc.record({ medication: fc.constantFrom('med-a', 'med-b', 'med-c'), dueDay: day }), { maxLength: 40 }),
		day,
		fc.option(day, { nil: null })
	],
	{ numRuns: 25 }
)('dose events between two days are every medication’s, in day order', async (doses, from, to) => {
	const db = database();
	const events = doses.map(({ medication, dueDay }) => doseEventRecord(medication, 'slot-1', dueDay, 'taken'));
	await db.transaction('rw', db.medications, db.doseEvents, async () => {
		await db.medications.clear();
		await db.doseEvents.clear();
		await db.medications.bulkAdd(['med-a', 'med-b', 'med-c'].map((id) => medicationRecord(id)));
		await db.doseEvents.bulkAdd(events);
	});
	const expected = events
		.filter((event) => event.dueDay >= from && (to === null || event.dueDay <= to))
		.sort(byDayThenId)
		.map((event) => event.id);
	expect((await doseEventsBetween(from, to)).map((event) => event.id)).toEqual(expected);
});
