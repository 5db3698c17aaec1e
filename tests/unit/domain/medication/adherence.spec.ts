import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/dates';
import type { DoseEvent, Medication, Schedule } from '$lib/domain/records';
import { adherence, weekStartOf, type AdherenceInput } from '$lib/domain/medication/adherence';
import type { DoseSlot } from '$lib/domain/medication/plan';
import { timetableFor } from '$lib/domain/medication/timetable';
import { instantAt } from '$lib/domain/medication/zone';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import { doseEventRecord, medicationRecord, scheduleRecord, slotRecord } from '../../../fixtures/factories';

const LONDON = 'Europe/London';

const medication = (id: string, overrides: Partial<Medication> = {}) =>
	medicationRecord(id, { startDay: '2010-01-01', ...overrides });

const slot = slotRecord;

const schedule = (medicationId: string, slots: DoseSlot[], overrides: Partial<Schedule> = {}) =>
	scheduleRecord(medicationId, slots, { from: '2010-01-01', ...overrides });

const event = doseEventRecord;

/**
 * The week of Monday 23 March 2026 in London; the clocks go forward on Sunday 29 March.
 * A: breakfast 08:00 and bedtime 23:45 every day. B: 12:00 on Mon, Wed, Fri. C: as needed.
 * Now is Sunday 12:00, so Sunday's bedtime dose is still to come.
 */
function week(): AdherenceInput {
	const A = (day: string, s: 'am' | 'pm', status: DoseEvent['status'], takenAt: string | null = null) =>
		event('A', s, day, status, takenAt);
	return {
		from: '2026-03-23',
		to: '2026-03-29',
		medications: [medication('A'), medication('B'), medication('C', { asNeeded: true })],
		schedules: [
			schedule('A', [slot('am', { anchor: 'breakfast' }), slot('pm', { anchor: 'bedtime' })]),
			schedule('B', [slot('noon', { time: '12:00' })], { recurrence: { kind: 'weekdays', days: [1, 3, 5] } }),
			schedule('C', [], { prn: { amount: 1, maxPer24h: 3, minHoursBetween: 4 } })
		],
		events: [
			A('2026-03-23', 'am', 'taken', '2026-03-23T08:05:00+00:00'), // on time
			A('2026-03-23', 'pm', 'taken', '2026-03-23T23:50:00+00:00'), // on time
			A('2026-03-24', 'am', 'taken', '2026-03-24T08:45:00+00:00'), // on time
			A('2026-03-24', 'pm', 'taken', '2026-03-25T01:20:00+00:00'), // 95 min late: taken, not on time
			A('2026-03-25', 'am', 'skipped'), // Wednesday's bedtime dose has no record: missed
			A('2026-03-26', 'am', 'missed'),
			A('2026-03-26', 'pm', 'taken', '2026-03-27T00:30:00+00:00'), // after midnight, 45 min late: on time
			A('2026-03-27', 'am', 'taken', '2026-03-27T09:01:00+00:00'), // 61 min late
			A('2026-03-27', 'pm', 'taken', '2026-03-27T23:45:00+00:00'),
			A('2026-03-28', 'am', 'taken', '2026-03-28T07:00:00+00:00'), // exactly 60 min early: on time
			A('2026-03-28', 'pm', 'taken', '2026-03-28T22:45:00+00:00'),
			A('2026-03-29', 'am', 'taken', '2026-03-29T07:50:00+01:00'), // 07:50 BST, on time only if 08:00 is BST
			event('B', 'noon', '2026-03-23', 'taken', '2026-03-23T12:10:00+00:00'),
			event('B', 'noon', '2026-03-25', 'skipped'),
			event('C', null, '2026-03-22', 'taken', '2026-03-22T10:00:00+00:00'), // before the period
			event('C', null, '2026-03-24', 'taken', '2026-03-24T10:00:00+00:00'),
			event('C', null, '2026-03-29', 'taken', '2026-03-29T10:00:00+01:00'),
			event('C', null, '2026-03-29', 'skipped')
		],
		routine: { ...DEFAULT_ROUTINE, breakfast: '08:00', bedtime: '23:45' },
		timeZone: LONDON,
		onTimeMinutes: 60,
		now: instantAt('2026-03-29', '12:00', LONDON)
	};
}

describe('adherence', () => {
	it('counts a hand-computed week per medication and overall', () => {
		const result = adherence(week());
		const byName = Object.fromEntries(result.byMedication.map((row) => [row.medication.name, row]));
		expect(byName.A.figures).toEqual({
			scheduled: 13,
			taken: 10,
			onTime: 8,
			skipped: 1,
			missed: 2,
			takenShare: 10 / 13,
			onTimeShare: 8 / 13
		});
		expect(byName.B.figures).toEqual({
			scheduled: 3,
			taken: 1,
			onTime: 1,
			skipped: 1,
			missed: 1,
			takenShare: 1 / 3,
			onTimeShare: 1 / 3
		});
		expect(byName.C).toMatchObject({ prnTaken: 2, figures: { scheduled: 0, takenShare: null, onTimeShare: null } });
		expect(byName.A.prnTaken).toBe(0);
		expect(result.overall).toEqual({
			scheduled: 16,
			taken: 11,
			onTime: 9,
			skipped: 2,
			missed: 3,
			takenShare: 11 / 16,
			onTimeShare: 9 / 16
		});
		expect(result.weeks).toEqual([{ weekStart: '2026-03-23', figures: result.overall }]);
	});

	it('judges on time by the window it is given', () => {
		const strict = adherence({ ...week(), onTimeMinutes: 5 });
		// Only Monday's 08:05 and 23:50 (5 min late) and Friday's 23:45 for A; nothing for B (10 min late).
		expect(strict.overall.onTime).toBe(3);
		expect(strict.overall.taken).toBe(11);
	});

	it('does not count a dose due later today until its day is over', () => {
		// Bedtime 23:45 and waking at 07:00: Sunday's day lasts until 03:22 on Monday.
		const midnight = adherence({ ...week(), now: instantAt('2026-03-30', '00:00', LONDON) });
		expect(midnight.overall.missed).toBe(3);
		expect(midnight.overall.scheduled).toBe(16);
		const monday = adherence({ ...week(), now: instantAt('2026-03-30', '03:22', LONDON) });
		expect(monday.overall.missed).toBe(4);
		expect(monday.overall.scheduled).toBe(17);
	});

	it('splits weeks on Mondays and shows empty weeks with no share', () => {
		expect(['2026-03-23', '2026-03-25', '2026-03-29', '2028-03-01'].map(weekStartOf)).toEqual([
			'2026-03-23',
			'2026-03-23',
			'2026-03-23',
			'2028-02-28'
		]);
		// Wednesday to Sunday: A has 9 doses counted (Sunday's bedtime is still to come), B has 2.
		const result = adherence({ ...week(), from: '2026-03-25', to: '2026-04-07' });
		expect(result.weeks.map((row) => [row.weekStart, row.figures.scheduled])).toEqual([
			['2026-03-23', 11],
			['2026-03-30', 0],
			['2026-04-06', 0]
		]);
		expect(result.weeks[1].figures.takenShare).toBeNull();
	});

	it('has nothing scheduled for a stopped medication after its stop day, and null shares with nothing at all', () => {
		const input = week();
		input.medications[0] = medication('A', { status: 'stopped', stopDay: '2026-03-24' });
		const result = adherence(input);
		expect(result.byMedication.find((row) => row.medication.id === 'A')!.figures).toMatchObject({
			scheduled: 4,
			taken: 4,
			onTime: 3
		});
		const empty = adherence({ ...week(), medications: [], schedules: [], events: [] });
		expect(empty.overall).toEqual({
			scheduled: 0,
			taken: 0,
			onTime: 0,
			skipped: 0,
			missed: 0,
			takenShare: null,
			onTimeShare: null
		});
		expect(empty.byMedication).toEqual([]);
	});

	it('agrees with the Today timetable on every day of a varied month', () => {
		const zone = 'America/New_York';
		const medications = [
			medication('Steps'),
			medication('Weekdays'),
			medication('Every3'),
			medication('Stopped', { status: 'stopped', stopDay: '2026-03-15' }),
			medication('Taper')
		];
		const schedules = [
			schedule('Steps', [slot('s1', { anchor: 'breakfast' }), slot('s2', { anchor: 'bedtime' })], {
				from: '2026-03-03',
				titration: {
					kind: 'steps',
					steps: [
						{ from: '2026-03-05', amounts: [25] },
						{ from: '2026-03-12', amounts: [25, 0] },
						{ from: '2026-03-20', amounts: [50, 25] }
					]
				}
			}),
			// 02:30 does not exist on Sunday 8 March in New York.
			schedule('Weekdays', [slot('w', { time: '02:30' })], { recurrence: { kind: 'weekdays', days: [0, 2, 4] } }),
			schedule('Every3', [slot('e', { time: '09:00' })], {
				recurrence: { kind: 'everyNDays', n: 3, from: '2026-02-27' },
				until: '2026-03-25'
			}),
			schedule('Stopped', [slot('x', { time: '12:00' })]),
			schedule('Taper', [slot('z', { time: '20:00' })], {
				titration: { kind: 'linear', direction: 'down', from: '2026-03-01', start: 3, step: 1, intervalDays: 5, target: 0 }
			})
		];
		const base = {
			medications,
			schedules,
			routine: DEFAULT_ROUTINE,
			timeZone: zone,
			now: instantAt('2026-03-20', '12:00', zone)
		};
		const days = Array.from({ length: 31 }, (_, index) => addDays('2026-03-01', index));
		// Records in turn: taken 30 min late, taken 90 min late, skipped, none.
		const events: DoseEvent[] = [];
		days
			.flatMap((day) => timetableFor(day, { ...base, events: [] }))
			.forEach((entry, index) => {
				const late = [30, 90][index % 4];
				if (index % 4 === 3) return;
				const takenAt = late === undefined ? null : new Date(entry.dueAt + late * 60_000).toISOString();
				events.push(event(entry.medication.id, entry.slot.id, entry.day, takenAt ? 'taken' : 'skipped', takenAt));
			});
		const entries = days.flatMap((day) => timetableFor(day, { ...base, events }));
		const counted = entries.filter((entry) => ['taken', 'skipped', 'missed'].includes(entry.status));
		const onTime = counted.filter(
			(entry) => entry.event?.takenAt && Math.abs(Date.parse(entry.event.takenAt) - entry.dueAt) <= 3_600_000
		);
		const result = adherence({ ...base, events, from: '2026-03-01', to: '2026-03-31', onTimeMinutes: 60 });
		expect(result.overall).toMatchObject({
			scheduled: counted.length,
			taken: counted.filter((entry) => entry.status === 'taken').length,
			onTime: onTime.length,
			skipped: counted.filter((entry) => entry.status === 'skipped').length,
			missed: counted.filter((entry) => entry.status === 'missed').length
		});
		expect(result.overall.scheduled).toBeGreaterThan(60);
		expect(result.overall.missed).toBeGreaterThan(10);
	});

	it('counts ten years of four medications (~40,000 doses)', () => {
		// 1 January 2017 to 31 December 2026: 3,652 days × 11 doses a day = 40,172 doses.
		const zone = 'America/New_York';
		const routine = { ...DEFAULT_ROUTINE };
		const medications = ['one', 'two', 'three', 'four'].map((id) => medication(id));
		const times = [
			['06:30', '13:00', '21:00'],
			['07:00', '12:00', '19:00'],
			['08:00', '14:00', '22:00'],
			['09:00', '21:30']
		];
		const schedules = medications.map((med, index) =>
			schedule(
				med.id,
				times[index].map((time) => slot(`${med.id}-${time}`, { time })),
				index === 3
					? {
							titration: {
								kind: 'linear',
								direction: 'up',
								from: '2017-01-01',
								start: 25,
								step: 25,
								intervalDays: 30,
								target: 200
							}
						}
					: {}
			)
		);
		// Days with index ≡ 0 (mod 10) have no records (missed), ≡ 1 are skipped, ≡ 2 taken two hours late, others on time.
		const events: DoseEvent[] = [];
		for (let index = 0, day = '2017-01-01'; day <= '2026-12-31'; index++, day = addDays(day, 1)) {
			const kind = index % 10;
			if (kind === 0) continue;
			for (const [medIndex, med] of medications.entries()) {
				for (const time of times[medIndex]) {
					const due = instantAt(day, time, zone);
					const takenAt = kind === 1 ? null : new Date(due + (kind === 2 ? 120 : 10) * 60_000).toISOString();
					events.push(event(med.id, `${med.id}-${time}`, day, kind === 1 ? 'skipped' : 'taken', takenAt));
				}
			}
		}
		const result = adherence({
			from: '2017-01-01',
			to: '2026-12-31',
			medications,
			schedules,
			events,
			routine,
			timeZone: zone,
			onTimeMinutes: 60,
			now: instantAt('2027-01-01', '12:00', zone)
		});
		// 3,652 days: residues 0 and 1 occur 366 times, the other eight 365 times.
		expect(result.overall).toMatchObject({
			scheduled: 40_172,
			missed: 366 * 11,
			skipped: 366 * 11,
			taken: 8 * 365 * 11,
			onTime: 7 * 365 * 11
		});
		expect(result.byMedication.map((row) => row.figures.scheduled)).toEqual([3652 * 3, 3652 * 3, 3652 * 3, 3652 * 2]);
		expect(result.weeks).toHaveLength(523);
		expect(result.weeks[0].weekStart).toBe('2016-12-26');
		expect(result.weeks.reduce((sum, row) => sum + row.figures.scheduled, 0)).toBe(40_172);
	});

	it('keeps past doses on time when the routine moves later (issue case 7)', () => {
		const base = week();
		// Marked by the app, each dose carries the due time it had then.
		const marked = base.events.map((event) =>
			event.medicationId === 'A' && event.slotId === 'am'
				? { ...event, dueAt: new Date(instantAt(event.dueDay, '08:00', LONDON)).toISOString() }
				: event
		);
		const before = adherence({ ...base, events: marked });
		const after = adherence({ ...base, events: marked, routine: { ...base.routine, breakfast: '09:30' } });
		expect(after.overall.onTime).toBe(before.overall.onTime);
		// Without stored due times (records from before), the routine as it is now would have rewritten them.
		const unstored = adherence({ ...base, routine: { ...base.routine, breakfast: '09:30' } });
		expect(unstored.overall.onTime).toBeLessThan(before.overall.onTime);
	});
});
