import { describe, expect, it } from 'vitest';
import type { CareChange, Medication, Schedule } from '$lib/domain/records';
import type { DoseSlot } from '$lib/domain/medication/plan';
import {
	careTimeline,
	doseChange,
	scheduleChange,
	startChange,
	stepChanges,
	stopChange,
	switchChanges
} from '$lib/domain/medication/careChanges';
import { medicationRecord, scheduleRecord, slotRecord } from '../../../fixtures/factories';

const medication = (id: string, overrides: Partial<Medication> = {}) =>
	medicationRecord(id, { startDay: '2026-03-03', ...overrides });

const slot = (id: string, overrides: Partial<DoseSlot> = {}) => slotRecord(id, { anchor: 'breakfast', amount: 25, ...overrides });

const schedule = (overrides: Partial<Schedule> = {}) =>
	scheduleRecord('Sertraline', [slot('am')], { id: 'plan', from: '2026-03-03', ...overrides });

const sertraline = medication('Sertraline');
const linear = schedule({
	titration: { kind: 'linear', direction: 'up', from: '2026-03-03', start: 25, step: 25, intervalDays: 7, target: 100 }
});

describe('care changes', () => {
	it('records a start with the first dose and where the plan goes', () => {
		expect(startChange(sertraline, linear, 'Dr Okafor', 'Low mood most days')).toEqual({
			day: '2026-03-03',
			kind: 'start',
			medicationIds: ['Sertraline'],
			what: 'Started Sertraline',
			from: '',
			to: '25 mg, then +25 mg every 7 days to 100 mg',
			reason: 'Low mood most days',
			decidedBy: 'Dr Okafor',
			goalIds: []
		});
		expect(startChange(sertraline, schedule(), '', '').to).toBe('25 mg');
		const prn = schedule({ slots: [], prn: { amount: 1, maxPer24h: 3, minHoursBetween: 4 } });
		expect(startChange(sertraline, prn, '', '').to).toBe('1 mg as needed, at most 3 in 24 hours');
	});

	it('records a stop, with the dose stopped when the schedule is known', () => {
		expect(stopChange(sertraline, '2026-06-01', 'Me and Dr Okafor', 'Feeling well for a year')).toMatchObject({
			day: '2026-06-01',
			kind: 'stop',
			what: 'Stopped Sertraline',
			from: '',
			to: 'stopped',
			decidedBy: 'Me and Dr Okafor'
		});
		expect(stopChange(sertraline, '2026-06-01', '', '', linear).from).toBe('100 mg');
	});

	it('records each titration step after the first on its own day', () => {
		expect(
			stepChanges(sertraline, linear).map((change) => [change.day, change.kind, change.what, change.from, change.to])
		).toEqual([
			['2026-03-10', 'doseStep', 'Sertraline: step 2 of 4', '25 mg', '50 mg'],
			['2026-03-17', 'doseStep', 'Sertraline: step 3 of 4', '50 mg', '75 mg'],
			['2026-03-24', 'doseStep', 'Sertraline: step 4 of 4', '75 mg', '100 mg']
		]);
		expect(stepChanges(sertraline, linear)[0].reason).toBe('Planned step of the titration');
		expect(stepChanges(sertraline, schedule())).toEqual([]);
	});

	it('joins per-slot amounts when the slots differ, and names a taper', () => {
		const steps = schedule({
			slots: [slot('am'), slot('pm', { anchor: 'bedtime' })],
			titration: {
				kind: 'steps',
				steps: [
					{ from: '2026-03-03', amounts: [50] },
					{ from: '2026-03-17', amounts: [25, 50] },
					{ from: '2026-03-31', amounts: [25, 25] }
				]
			}
		});
		expect(stepChanges(sertraline, steps).map((change) => [change.from, change.to, change.reason])).toEqual([
			['50 mg', '25 mg + 50 mg', 'Planned step of the taper'],
			['25 mg + 50 mg', '25 mg', 'Planned step of the taper']
		]);
		// Steps after the schedule ends never happen.
		expect(stepChanges(sertraline, { ...steps, until: '2026-03-20' })).toHaveLength(1);
	});

	it('records a dose change from → to, and nothing when the dose plan is the same', () => {
		const higher = schedule({ slots: [slot('am', { amount: 50 })] });
		expect(doseChange(sertraline, schedule(), higher, '2026-04-01', 'Dr Okafor', 'Still low')).toMatchObject({
			day: '2026-04-01',
			kind: 'doseChange',
			what: 'Sertraline dose increased',
			from: '25 mg',
			to: '50 mg'
		});
		expect(doseChange(sertraline, higher, schedule(), '2026-04-01', '', '')!.what).toBe('Sertraline dose decreased');
		expect(doseChange(sertraline, schedule(), schedule({ id: 'copy' }), '2026-04-01', '', '')).toBeNull();
		const retargeted = { ...linear, titration: { ...linear.titration!, target: 150 } } as Schedule;
		expect(doseChange(sertraline, linear, retargeted, '2026-03-12', '', '')).toMatchObject({
			what: 'Sertraline dose changed',
			from: '50 mg, then +25 mg every 7 days to 100 mg',
			to: '50 mg, then +25 mg every 7 days to 150 mg'
		});
	});

	it('records a schedule change in times or days, and nothing when the timing is the same', () => {
		const evening = schedule({ slots: [slot('am', { anchor: null, time: '20:00' })] });
		expect(scheduleChange(sertraline, schedule(), evening, '2026-04-01', 'Me', 'Sleepy in the morning')).toMatchObject({
			kind: 'scheduleChange',
			what: 'Sertraline schedule changed',
			from: 'breakfast, every day',
			to: '20:00, every day'
		});
		const weekdays = schedule({ recurrence: { kind: 'weekdays', days: [5, 1, 3] } });
		expect(scheduleChange(sertraline, schedule(), weekdays, '2026-04-01', '', '')!.to).toBe('breakfast, Mon, Wed, Fri');
		expect(
			scheduleChange(sertraline, schedule(), schedule({ slots: [slot('am', { amount: 99 })] }), '2026-04-01', '', '')
		).toBeNull();
		const clinic = medication('Methadone', { clinicDispensed: true });
		expect(scheduleChange(clinic, schedule(), schedule({ takeHomeDays: [0, 6] }), '2026-04-01', '', '')).toMatchObject({
			from: 'breakfast, every day; take-home: none',
			to: 'breakfast, every day; take-home: Sun, Sat'
		});
	});

	it('records a switch as one change that names both medicines', () => {
		const from = medication('Sertraline', { strength: 100 });
		const to = medication('Escitalopram', { strength: 10 });
		expect(
			switchChanges({ from, to, day: '2026-05-01', crossTaper: true, decidedBy: 'Dr Okafor', reason: 'Side effects' })
		).toEqual({
			day: '2026-05-01',
			kind: 'switch',
			medicationIds: ['Sertraline', 'Escitalopram'],
			what: 'Switched from Sertraline to Escitalopram, with a cross-taper',
			from: 'Sertraline 100 mg',
			to: 'Escitalopram 10 mg',
			reason: 'Side effects',
			decidedBy: 'Dr Okafor',
			goalIds: []
		});
		expect(
			switchChanges({ from, to: medication('Other'), day: '2026-05-01', crossTaper: false, decidedBy: '', reason: '' })
		).toMatchObject({
			what: 'Switched from Sertraline to Other',
			to: 'Other'
		});
	});

	it('orders the timeline by day, then by when each change was recorded', () => {
		const change = (id: string, day: string, createdAt: string): CareChange => ({
			...stopChange(sertraline, day, '', ''),
			id,
			createdAt,
			updatedAt: createdAt
		});
		const changes = [
			change('c', '2026-03-10', '2026-03-10T09:00:00.000+00:00'),
			change('a', '2026-03-03', '2026-03-03T09:00:00.000+00:00'),
			// 08:30 in New York is 13:30 UTC: after the 10:00 UTC change, though it reads earlier.
			change('d', '2026-03-10', '2026-03-10T08:30:00.000-05:00'),
			change('b', '2026-03-10', '2026-03-10T10:00:00.000+00:00')
		];
		expect(careTimeline(changes).map((item) => item.id)).toEqual(['a', 'c', 'b', 'd']);
		expect(changes.map((item) => item.id)).toEqual(['c', 'a', 'd', 'b']);
	});
});
