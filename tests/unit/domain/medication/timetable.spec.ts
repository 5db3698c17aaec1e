import { describe, expect, it } from 'vitest';
import type { DoseEvent } from '$lib/domain/records';
import { firstDosesOf, groupByMoment, timetableFor, type TimetableInput } from '$lib/domain/medication/timetable';
import { clockIn, instantAt } from '$lib/domain/medication/zone';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import { doseEventRecord, medicationRecord, scheduleRecord, slotRecord } from '../../../fixtures/factories';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

const medication = medicationRecord;

const slot = slotRecord;

const schedule = scheduleRecord;

function taken(medicationId: string, slotId: string | null, dueDay: string, takenAt: string): DoseEvent {
	return doseEventRecord(medicationId, slotId, dueDay, 'taken', takenAt, {
		id: `${slotId}-${dueDay}`,
		createdAt: takenAt,
		updatedAt: takenAt
	});
}

/** Sertraline at breakfast (titrating), Quetiapine at bedtime, Vitamin D at 08:00. */
function plan(overrides: Partial<TimetableInput> = {}): TimetableInput {
	return {
		medications: [medication('Sertraline'), medication('Quetiapine'), medication('Vitamin D')],
		schedules: [
			schedule('Sertraline', [slot('s-am', { anchor: 'breakfast' })], {
				titration: { kind: 'linear', direction: 'up', from: '2026-03-01', start: 25, step: 25, intervalDays: 7, target: 100 }
			}),
			schedule('Quetiapine', [slot('q-pm', { anchor: 'bedtime', amount: 50 })]),
			schedule('Vitamin D', [slot('d-am', { time: '08:00', amount: 1000 })])
		],
		events: [],
		routine: DEFAULT_ROUTINE,
		now: instantAt('2026-03-08', '09:00', NEW_YORK),
		timeZone: NEW_YORK,
		...overrides
	};
}

describe('the Today timetable', () => {
	it('lists every dose due in time order with its amount, step and status', () => {
		const entries = timetableFor('2026-03-08', plan());
		expect(entries.map((entry) => [entry.medication.name, entry.clock, entry.amount, entry.step, entry.status])).toEqual([
			// 90 minutes past 07:30, beyond the hour either side that counts as on time.
			['Sertraline', '07:30', 50, { number: 2, total: 4 }, 'late'],
			['Vitamin D', '08:00', 1000, null, 'due'],
			['Quetiapine', '22:30', 50, null, 'upcoming']
		]);
		expect(entries[0]).toMatchObject({
			key: 'Sertraline-plan:s-am:2026-03-08',
			unit: 'mg',
			moment: 'breakfast',
			atClinic: false
		});
	});

	it('keeps 08:00 at 08:00 local on daylight-saving change days', () => {
		for (const [day, zone, utcHour] of [
			['2026-03-08', NEW_YORK, 12],
			['2026-11-01', NEW_YORK, 13],
			['2026-03-29', LONDON, 7],
			['2026-10-25', LONDON, 8]
		] as const) {
			const vitamin = timetableFor(day, plan({ timeZone: zone })).find((entry) => entry.medication.name === 'Vitamin D')!;
			expect(clockIn(vitamin.dueAt, zone), `${zone} ${day}`).toBe('08:00');
			expect(vitamin.dueAt).toBe(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)), utcHour));
		}
	});

	it('shows a dose as missed only once its day is over: halfway through the night, not at midnight', () => {
		const before = plan({ now: instantAt('2026-03-08', '23:59', NEW_YORK) });
		expect(timetableFor('2026-03-08', before).map((entry) => entry.status)).toEqual(['late', 'late', 'late']);
		// Bedtime 22:30, waking 07:00: the routine's day turns at 02:45.
		const midnight = plan({ now: instantAt('2026-03-09', '00:00', NEW_YORK) });
		expect(timetableFor('2026-03-08', midnight).map((entry) => entry.status)).toEqual(['late', 'late', 'late']);
		const after = plan({ now: instantAt('2026-03-09', '02:45', NEW_YORK) });
		expect(timetableFor('2026-03-08', after).map((entry) => entry.status)).toEqual(['missed', 'missed', 'missed']);
		expect(timetableFor('2026-03-09', after).map((entry) => entry.status)).toEqual(['upcoming', 'upcoming', 'upcoming']);
		const early = plan({ now: instantAt('2026-03-08', '07:29', NEW_YORK) });
		expect(timetableFor('2026-03-08', early)[0].status).toBe('upcoming');
	});

	it('shows a dose as late once it is past the on-time window, the window the settings give', () => {
		const statusAt = (clock: string, onTimeMinutes?: number) =>
			timetableFor('2026-03-08', plan({ now: instantAt('2026-03-08', clock, NEW_YORK), onTimeMinutes }))[0].status;
		expect(statusAt('07:30')).toBe('due');
		expect(statusAt('08:30')).toBe('due');
		expect(statusAt('08:31')).toBe('late');
		expect(statusAt('07:45', 15)).toBe('due');
		expect(statusAt('07:46', 15)).toBe('late');
	});

	it('says how late a taken dose was, against the due time stored with it', () => {
		const late = taken('Vitamin D', 'd-am', '2026-03-08', '2026-03-08T10:05:00.000-04:00');
		const onTime = taken('Quetiapine', 'q-pm', '2026-03-08', '2026-03-08T22:00:00.000-04:00');
		// Stored when it was marked: the routine moved breakfast later since, and history does not move.
		const stored = {
			...taken('Sertraline', 's-am', '2026-03-08', '2026-03-08T09:00:00.000-04:00'),
			dueAt: '2026-03-08T07:00:00.000-04:00'
		};
		const entries = timetableFor(
			'2026-03-08',
			plan({ events: [late, onTime, stored], now: instantAt('2026-03-08', '23:00', NEW_YORK) })
		);
		expect(entries.map((entry) => [entry.medication.name, entry.timing])).toEqual([
			['Sertraline', { kind: 'late', minutes: 120 }],
			['Vitamin D', { kind: 'late', minutes: 125 }],
			['Quetiapine', { kind: 'onTime' }]
		]);
		const untaken = timetableFor('2026-03-08', plan());
		expect(untaken.map((entry) => entry.timing)).toEqual([null, null, null]);
	});

	it('keeps a dose taken after midnight on the day it was due', () => {
		const event = taken('Quetiapine', 'q-pm', '2026-03-08', '2026-03-09T00:30:00.000-04:00');
		const input = plan({ events: [event], now: instantAt('2026-03-09', '08:00', NEW_YORK) });
		const night = timetableFor('2026-03-08', input).find((entry) => entry.slot.id === 'q-pm')!;
		expect(night).toMatchObject({ status: 'taken', event });
		const nextNight = timetableFor('2026-03-09', input).find((entry) => entry.slot.id === 'q-pm')!;
		expect(nextNight).toMatchObject({ status: 'upcoming', event: null });
	});

	it('shows skipped doses and the latest record when a dose was recorded twice', () => {
		const first = taken('Vitamin D', 'd-am', '2026-03-08', '2026-03-08T08:05:00.000-04:00');
		const undone = {
			...first,
			id: 'later',
			status: 'skipped' as const,
			takenAt: null,
			updatedAt: '2026-03-08T08:10:00.000-04:00'
		};
		const vitamin = timetableFor('2026-03-08', plan({ events: [undone, first] }))[1];
		expect(vitamin.status).toBe('skipped');
	});

	it('leaves out as-needed, paused and stopped medicines, and a taper that reached zero', () => {
		const input = plan();
		input.medications.push(
			medication('Stopped', { status: 'stopped', stopDay: '2026-03-07' }),
			medication('Stops today', { status: 'stopped', stopDay: '2026-03-08' }),
			medication('Paused', { status: 'paused' }),
			medication('Lorazepam', { asNeeded: true }),
			medication('Tapered')
		);
		input.schedules.push(
			schedule('Stopped', [slot('x', { time: '09:00' })]),
			schedule('Stops today', [slot('y', { time: '09:00' })]),
			// Paused from 8 March: its schedule ends the day before.
			schedule('Paused', [slot('z', { time: '09:00' })], { until: '2026-03-07' }),
			schedule('Lorazepam', [slot('w', { time: '09:00' })], { prn: { amount: 1, maxPer24h: 3, minHoursBetween: 4 } }),
			schedule('Tapered', [slot('v', { time: '09:00' })], {
				titration: { kind: 'linear', direction: 'down', from: '2026-03-06', start: 2, step: 1, intervalDays: 1, target: 0 }
			})
		);
		expect(timetableFor('2026-03-08', input).map((entry) => entry.medication.name)).toEqual([
			'Sertraline',
			'Vitamin D',
			'Stops today',
			'Quetiapine'
		]);
		expect(timetableFor('2026-03-07', input).map((entry) => entry.medication.name)).toContain('Tapered');
		// A pause keeps the doses before it.
		expect(timetableFor('2026-03-07', input).map((entry) => entry.medication.name)).toContain('Paused');
	});

	it('orders doses at the same time by medication name', () => {
		const input = plan();
		input.medications.push(medication('Aripiprazole'));
		input.schedules.push(schedule('Aripiprazole', [slot('a', { time: '08:00' })]));
		expect(timetableFor('2026-03-08', input).map((entry) => entry.medication.name)).toEqual([
			'Sertraline',
			'Aripiprazole',
			'Vitamin D',
			'Quetiapine'
		]);
	});

	it('marks clinic days and take-home days for clinic-dispensed medication', () => {
		const input = plan({
			medications: [medication('Buprenorphine', { clinicDispensed: true })],
			schedules: [schedule('Buprenorphine', [slot('b', { time: '09:00', amount: 8 })], { takeHomeDays: [0, 6] })]
		});
		expect(timetableFor('2026-03-07', input)[0].atClinic).toBe(false); // Saturday
		expect(timetableFor('2026-03-08', input)[0].atClinic).toBe(false); // Sunday
		expect(timetableFor('2026-03-09', input)[0].atClinic).toBe(true); // Monday
	});

	it('follows every-N-days and weekday schedules', () => {
		const input = plan({
			medications: [medication('Every3'), medication('Weekdays')],
			schedules: [
				schedule('Every3', [slot('e', { time: '09:00' })], { recurrence: { kind: 'everyNDays', n: 3, from: '2026-02-27' } }),
				schedule('Weekdays', [slot('w', { time: '10:00' })], { recurrence: { kind: 'weekdays', days: [1, 3, 5] } })
			]
		});
		const names = (day: string) => timetableFor(day, input).map((entry) => entry.medication.name);
		expect(names('2026-03-01')).toEqual([]);
		expect(names('2026-03-02')).toEqual(['Every3', 'Weekdays']);
		expect(names('2026-03-03')).toEqual([]);
		expect(names('2026-03-04')).toEqual(['Weekdays']);
		expect(names('2026-03-05')).toEqual(['Every3']);
	});
});

describe('grouping', () => {
	it('groups by routine moment and by clock time, in time order', () => {
		const input = plan();
		input.medications.push(medication('Omega'));
		input.schedules.push(schedule('Omega', [slot('o', { anchor: 'breakfast' })]));
		const groups = groupByMoment(timetableFor('2026-03-08', input));
		expect(groups.map((group) => [group.label, group.moment, group.clock, group.entries.map((e) => e.medication.name)])).toEqual([
			['Breakfast', 'breakfast', '07:30', ['Omega', 'Sertraline']],
			['08:00', null, '08:00', ['Vitamin D']],
			['Bedtime', 'bedtime', '22:30', ['Quetiapine']]
		]);
	});

	it('shows tomorrow’s first doses at night', () => {
		const input = plan({ now: instantAt('2026-03-08', '22:00', NEW_YORK) });
		expect(firstDosesOf('2026-03-09', input).map((entry) => [entry.medication.name, entry.status])).toEqual([
			['Sertraline', 'upcoming']
		]);
		expect(firstDosesOf('2026-03-09', plan({ medications: [] }))).toEqual([]);
	});

	it('lists a bedtime after midnight last, and does not ask for it again once taken at 23:50 (issue case 5)', () => {
		const routine = { ...DEFAULT_ROUTINE, bedtime: '00:30' };
		const takenLastNight = taken('Quetiapine', 'q-pm', '2026-05-10', '2026-05-10T23:50:00.000-04:00');
		const input = plan({ routine, events: [takenLastNight], now: instantAt('2026-05-11', '00:35', NEW_YORK) });
		const evening = timetableFor('2026-05-10', input);
		expect(evening.map((entry) => entry.medication.name).at(-1)).toBe('Quetiapine');
		expect(evening.find((entry) => entry.slot.id === 'q-pm')).toMatchObject({ status: 'taken' });
		// At 00:35 the next bedtime dose is tomorrow night's, not due now.
		const next = timetableFor('2026-05-11', input).find((entry) => entry.slot.id === 'q-pm')!;
		expect(next.status).toBe('upcoming');
		expect(clockIn(next.dueAt, NEW_YORK)).toBe('00:30');
		expect(next.dueAt).toBe(instantAt('2026-05-12', '00:30', NEW_YORK));
	});
});
