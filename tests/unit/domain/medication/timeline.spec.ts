import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/dates';
import type { ScheduleDraft } from '$lib/domain/medication/plan';
import {
	firstOverlap,
	holdDraft,
	planEdit,
	planSegments,
	repairOverlaps,
	scheduleInForce,
	startPlan,
	type PlanOperation
} from '$lib/domain/medication/timeline';
import type { Medication, Schedule } from '$lib/domain/records';
import { medicationRecord, scheduleRecord, slotRecord } from '../../../fixtures/factories';

let serial = 0;
const stamp = (day = '2026-05-01') => ({ at: `${day}T10:00:00.000+00:00`, newId: () => `s${serial++}` });

function draft(amount: number, overrides: Partial<ScheduleDraft> = {}): ScheduleDraft {
	return {
		slots: [slotRecord('am', { anchor: 'breakfast', amount })],
		recurrence: { kind: 'daily' },
		titration: null,
		prn: null,
		takeHomeDays: [],
		from: '2026-05-01',
		until: null,
		...overrides
	};
}

/** Applies operations one after another, as the database would, each recorded a day later than the last. */
function run(medication: Medication, first: Schedule, operations: PlanOperation[]) {
	let current = medication;
	let schedules = [first];
	operations.forEach((operation, index) => {
		const edit = planEdit(current, schedules, operation, stamp(addDays('2026-05-01', index + 1)));
		const removed = new Set(edit.remove);
		const put = new Map(edit.put.map((schedule) => [schedule.id, schedule]));
		schedules = [...schedules.filter((schedule) => !removed.has(schedule.id) && !put.has(schedule.id)), ...put.values()];
		current = edit.medication;
	});
	return { medication: current, schedules };
}

const amountOnDay = (medication: Medication, schedules: Schedule[], day: string) =>
	scheduleInForce(medication, schedules, day)?.slots[0].amount ?? null;

describe('one schedule in force per day', () => {
	const lamotrigine = medicationRecord('lamotrigine', { name: 'Lamotrigine', startDay: '2026-05-01' });
	const first = startPlan(lamotrigine, draft(50), stamp());

	it('a change recorded later, from an earlier day, replaces the plan from that day on (issue case 1)', () => {
		const { schedules } = run(lamotrigine, first, [
			{ kind: 'change', day: '2026-06-01', next: draft(100) },
			{ kind: 'change', day: '2026-05-20', next: draft(75) }
		]);
		expect(firstOverlap(schedules)).toBeNull();
		expect(amountOnDay(lamotrigine, schedules, '2026-05-19')).toBe(50);
		expect(amountOnDay(lamotrigine, schedules, '2026-05-20')).toBe(75);
		expect(amountOnDay(lamotrigine, schedules, '2026-05-31')).toBe(75);
		expect(amountOnDay(lamotrigine, schedules, '2026-06-01')).toBe(75);
	});

	it('a pause ends the plan the day before, and a resume starts again from its day', () => {
		const paused = run(lamotrigine, first, [{ kind: 'pause', day: '2026-05-10' }]);
		expect(paused.medication.status).toBe('paused');
		expect(amountOnDay(lamotrigine, paused.schedules, '2026-05-09')).toBe(50);
		expect(amountOnDay(lamotrigine, paused.schedules, '2026-05-10')).toBeNull();
		const resumed = run(lamotrigine, first, [
			{ kind: 'pause', day: '2026-05-10' },
			{ kind: 'resume', day: '2026-05-15', next: draft(25) }
		]);
		expect(resumed.medication.status).toBe('active');
		expect(amountOnDay(lamotrigine, resumed.schedules, '2026-05-12')).toBeNull();
		expect(amountOnDay(lamotrigine, resumed.schedules, '2026-05-15')).toBe(25);
	});

	it('a stop keeps the last day and removes plans that would only start after it', () => {
		const { medication, schedules } = run(lamotrigine, first, [
			{ kind: 'change', day: '2026-06-01', next: draft(100) },
			{ kind: 'stop', lastDay: '2026-05-25' }
		]);
		expect(medication).toMatchObject({ status: 'stopped', stopDay: '2026-05-25' });
		expect(schedules.map((schedule) => [schedule.from, schedule.until])).toEqual([['2026-05-01', '2026-05-25']]);
	});

	it('the old medicine of a switch runs its cross-taper to its last day', () => {
		const { medication, schedules } = run(lamotrigine, first, [
			{ kind: 'taperOff', day: '2026-05-10', lastDay: '2026-05-16', taper: draft(25) }
		]);
		expect(medication).toMatchObject({ status: 'stopped', stopDay: '2026-05-16' });
		expect(amountOnDay(medication, schedules, '2026-05-09')).toBe(50);
		expect(amountOnDay(medication, schedules, '2026-05-16')).toBe(25);
		expect(amountOnDay(medication, schedules, '2026-05-17')).toBeNull();
	});

	it('holding a titration keeps the dose of that day and drops the steps after it', () => {
		const titrating = startPlan(
			lamotrigine,
			draft(25, {
				titration: { kind: 'linear', direction: 'up', from: '2026-05-01', start: 25, step: 25, intervalDays: 7, target: 100 }
			}),
			stamp()
		);
		const held = holdDraft(titrating, '2026-05-10');
		expect(held).toMatchObject({ titration: null, slots: [{ amount: 50 }] });
		const { schedules } = run(lamotrigine, titrating, [{ kind: 'change', day: '2026-05-10', next: held }]);
		expect(amountOnDay(lamotrigine, schedules, '2026-06-30')).toBe(50);
	});

	it('refuses a change before the medication began, and a stop before it started', () => {
		expect(() => planEdit(lamotrigine, [first], { kind: 'change', day: '2026-04-30', next: draft(75) }, stamp())).toThrow(
			/before the medication did/
		);
		expect(() => planEdit(lamotrigine, [first], { kind: 'stop', lastDay: '2026-04-29' }, stamp())).toThrow(/before it started/);
	});

	it('reads old data that breaks the rule as if the later record had been kept', () => {
		const older = scheduleRecord('lamotrigine', [slotRecord('am', { amount: 50 })], {
			id: 'older',
			from: '2026-05-01',
			until: '2026-05-31',
			createdAt: '2026-05-01T10:00:00.000+00:00'
		});
		const newer = scheduleRecord('lamotrigine', [slotRecord('am', { amount: 75 })], {
			id: 'newer',
			from: '2026-05-20',
			createdAt: '2026-05-11T10:00:00.000+00:00'
		});
		expect(firstOverlap([older, newer])).toEqual([older, newer]);
		expect(amountOnDay(lamotrigine, [older, newer], '2026-05-25')).toBe(75);
		const repair = repairOverlaps([older, newer], stamp());
		expect(repair.put.map((schedule) => [schedule.id, schedule.until])).toEqual([['older', '2026-05-19']]);
		expect(repair.remove).toEqual([]);
	});

	it('splits an old schedule that a later, shorter one sat inside, keeping both ends', () => {
		const long = scheduleRecord('lamotrigine', [slotRecord('am')], {
			id: 'long',
			from: '2026-05-01',
			createdAt: '2026-05-01T10:00:00.000+00:00'
		});
		const inside = scheduleRecord('lamotrigine', [slotRecord('am')], {
			id: 'inside',
			from: '2026-05-10',
			until: '2026-05-12',
			createdAt: '2026-05-02T10:00:00.000+00:00'
		});
		const repair = repairOverlaps([long, inside], stamp());
		const after = [inside, ...repair.put];
		expect(firstOverlap(after)).toBeNull();
		expect(after.map((schedule) => [schedule.from, schedule.until]).sort()).toEqual([
			['2026-05-01', '2026-05-09'],
			['2026-05-10', '2026-05-12'],
			['2026-05-13', null]
		]);
	});
});

const DAY0 = '2026-05-01';
const dayArbitrary = fc.integer({ min: 0, max: 120 }).map((offset) => addDays(DAY0, offset));
const operationArbitrary: fc.Arbitrary<PlanOperation> = fc.oneof(
	fc
		.record({ kind: fc.constant('change' as const), day: dayArbitrary, amount: fc.integer({ min: 1, max: 400 }) })
		.map(({ day, amount }) => ({ kind: 'change' as const, day, next: draft(amount) })),
	fc.record({ kind: fc.constant('pause' as const), day: dayArbitrary }),
	fc
		.record({ kind: fc.constant('resume' as const), day: dayArbitrary, amount: fc.integer({ min: 1, max: 400 }) })
		.map(({ day, amount }) => ({ kind: 'resume' as const, day, next: draft(amount) })),
	fc.record({ kind: fc.constant('stop' as const), lastDay: dayArbitrary }),
	fc
		.record({ day: dayArbitrary, length: fc.integer({ min: -1, max: 30 }), taper: fc.boolean() })
		.map(({ day, length, taper }) => ({
			kind: 'taperOff' as const,
			day,
			lastDay: addDays(day, taper ? Math.max(0, length) : -1),
			taper: taper ? draft(10) : null
		}))
);

describe('the invariant, for any sequence of plan operations', () => {
	test.prop([fc.array(operationArbitrary, { maxLength: 12 })], { numRuns: 300 })(
		'never leaves two schedules in force on one day, and every day reads the plan its last operation set',
		(operations) => {
			const medication = medicationRecord('med', { startDay: DAY0 });
			let current = medication;
			let schedules = [startPlan(medication, draft(1), stamp())];
			// What each day should read: replayed the simple way, day by day.
			const expected = new Map<string, number | null>();
			for (let offset = 0; offset <= 160; offset++) expected.set(addDays(DAY0, offset), 1);
			operations.forEach((operation, index) => {
				let edit;
				try {
					edit = planEdit(current, schedules, operation, stamp(addDays(DAY0, index)));
				} catch {
					return; // refused, like the form would: nothing changes
				}
				const removed = new Set(edit.remove);
				const put = new Map(edit.put.map((schedule) => [schedule.id, schedule]));
				schedules = [...schedules.filter((schedule) => !removed.has(schedule.id) && !put.has(schedule.id)), ...put.values()];
				current = edit.medication;
				const from = operation.kind === 'stop' ? addDays(operation.lastDay, 1) : operation.day;
				for (const day of expected.keys()) {
					if (day < from) continue;
					if (operation.kind === 'change' || operation.kind === 'resume') expected.set(day, operation.next.slots[0].amount);
					else if (operation.kind === 'taperOff' && operation.taper && day <= operation.lastDay) expected.set(day, 10);
					else expected.set(day, null);
				}
			});
			expect(firstOverlap(schedules)).toBeNull();
			for (const [day, amount] of expected) {
				const stopped = current.stopDay !== null && day > current.stopDay;
				expect(amountOnDay(current, schedules, day), day).toBe(stopped ? null : amount);
			}
		},
		// 300 sequences of 160 days each: seconds on a busy machine.
		30_000
	);

	test.prop([fc.array(fc.record({ from: dayArbitrary, length: fc.option(fc.integer({ min: 0, max: 60 })) }), { maxLength: 8 })])(
		'repairing any set of overlapping schedules leaves none overlapping, and every day keeps its latest-recorded plan',
		(ranges) => {
			const schedules = ranges.map(({ from, length }, index) =>
				scheduleRecord('med', [slotRecord('am', { amount: index + 1 })], {
					id: `r${index}`,
					from,
					until: length === null ? null : addDays(from, length),
					createdAt: `2026-01-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`
				})
			);
			const medication = medicationRecord('med', { startDay: '2000-01-01' });
			const repair = repairOverlaps(schedules, stamp());
			const removed = new Set(repair.remove);
			const put = new Map(repair.put.map((schedule) => [schedule.id, schedule]));
			const after = [...schedules.filter((schedule) => !removed.has(schedule.id) && !put.has(schedule.id)), ...put.values()];
			expect(firstOverlap(after)).toBeNull();
			for (let offset = 0; offset <= 200; offset++) {
				const day = addDays(DAY0, offset);
				expect(amountOnDay(medication, after, day), day).toBe(amountOnDay(medication, schedules, day));
			}
			expect(planSegments(medication, after).length).toBeGreaterThanOrEqual(0);
		},
		30_000
	);
});

describe('a stopped medication', () => {
	it('takes no more plan changes: it is added again to restart', () => {
		const medication = medicationRecord('med', { startDay: DAY0, status: 'stopped', stopDay: '2026-05-10' });
		const schedule = startPlan(medication, draft(1), stamp());
		expect(() => planEdit(medication, [schedule], { kind: 'change', day: '2026-05-05', next: draft(2) }, stamp())).toThrow(
			/has been stopped/
		);
	});
});
