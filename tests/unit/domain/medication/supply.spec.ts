import { describe, expect, it } from 'vitest';
import type { Medication, Schedule } from '$lib/domain/records';
import type { DoseSlot } from '$lib/domain/medication/plan';
import { dailyUse, daysLeft, refillSoon, supplyAfterDose, unitsOf } from '$lib/domain/medication/supply';
import { medicationRecord, scheduleRecord } from '../../../fixtures/factories';

function medication(overrides: Partial<Medication> = {}): Medication {
	return medicationRecord('med', { name: 'Sertraline', strength: 25, supplyOnHand: 30, ...overrides });
}

function slot(id: string, amount: number): DoseSlot {
	return { id, anchor: 'breakfast', time: null, amount };
}

function schedule(overrides: Partial<Schedule> = {}): Schedule {
	return scheduleRecord('med', [slot('am', 50), slot('pm', 25)], { id: 'plan', ...overrides });
}

describe('supply', () => {
	it('counts doses in tablets of the medication’s strength', () => {
		expect(unitsOf(medication(), 50)).toBe(2);
		expect(unitsOf(medication(), 12.5)).toBe(0.5);
		expect(unitsOf(medication({ strength: null }), 50)).toBe(50);
		expect(unitsOf(medication({ unit: 'mL', strength: 5 }), 10)).toBe(10);
		expect(dailyUse(medication(), [schedule()], '2026-03-01')).toBe(3);
		expect(dailyUse(medication({ unit: 'mL', strength: null }), [schedule()], '2026-03-01')).toBe(75);
	});

	it('averages use over every-N-days and weekday schedules', () => {
		const every3 = schedule({ recurrence: { kind: 'everyNDays', n: 3, from: '2026-01-01' } });
		expect(dailyUse(medication(), [every3], '2026-03-01')).toBe(1);
		const weekdays = schedule({ slots: [slot('am', 175)], recurrence: { kind: 'weekdays', days: [1, 3, 5] } });
		expect(dailyUse(medication(), [weekdays], '2026-03-01')).toBe(3);
	});

	it('follows the titration step in force and ignores other schedules', () => {
		const titrating = schedule({
			slots: [slot('am', 25)],
			titration: { kind: 'linear', direction: 'up', from: '2026-03-01', start: 25, step: 25, intervalDays: 7, target: 100 }
		});
		expect(dailyUse(medication(), [titrating], '2026-03-01')).toBe(1);
		expect(dailyUse(medication(), [titrating], '2026-03-15')).toBe(3);
		const ended = schedule({ id: 'old', until: '2026-02-28', slots: [slot('am', 250)] });
		const other = schedule({ id: 'other', medicationId: 'someone-else', slots: [slot('am', 250)] });
		expect(dailyUse(medication(), [titrating, ended, other], '2026-03-01')).toBe(1);
		// An as-needed plan in force uses nothing on a schedule.
		const prn = schedule({ id: 'prn', from: '2026-03-01', prn: { amount: 25, maxPer24h: 2, minHoursBetween: 4 } });
		expect(dailyUse(medication(), [ended, prn], '2026-03-01')).toBe(0);
		expect(dailyUse(medication({ status: 'stopped', stopDay: '2026-02-01' }), [titrating], '2026-03-01')).toBe(0);
	});

	it('says how many days are left and when to refill', () => {
		expect(daysLeft(medication(), [schedule()], '2026-03-01')).toBe(10);
		expect(refillSoon(medication(), [schedule()], '2026-03-01')).toBe(false);
		expect(refillSoon(medication({ supplyOnHand: 21 }), [schedule()], '2026-03-01')).toBe(true);
		expect(refillSoon(medication({ refillAtDaysLeft: 10 }), [schedule()], '2026-03-01')).toBe(true);
		expect(refillSoon(medication({ refillAtDaysLeft: 9 }), [schedule()], '2026-03-01')).toBe(false);
	});

	it('knows nothing when the supply or the use is unknown', () => {
		expect(daysLeft(medication({ supplyOnHand: null }), [schedule()], '2026-03-01')).toBeNull();
		expect(daysLeft(medication({ asNeeded: true }), [schedule()], '2026-03-01')).toBeNull();
		expect(daysLeft(medication(), [], '2026-03-01')).toBeNull();
		expect(refillSoon(medication({ supplyOnHand: null }), [schedule()], '2026-03-01')).toBe(false);
	});

	it('counts the supply down after a dose, never below zero', () => {
		expect(supplyAfterDose(medication(), 50)).toBe(28);
		expect(supplyAfterDose(medication({ supplyOnHand: 1 }), 50)).toBe(0);
		expect(supplyAfterDose(medication({ supplyOnHand: 0.3, strength: null, unit: 'mL' }), 0.1)).toBe(0.2);
		expect(supplyAfterDose(medication({ supplyOnHand: null }), 50)).toBeNull();
	});
});
