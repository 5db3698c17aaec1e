import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adherence } from '../../../../src/lib/domain/medication/adherence';
import { doseTiming, timingText, type DoseTiming } from '../../../../src/lib/domain/medication/doseTiming';
import { timetableFor } from '../../../../src/lib/domain/medication/timetable';
import { instantAt, instantIn } from '../../../../src/lib/domain/medication/zone';
import type { DoseEvent } from '../../../../src/lib/domain/records';
import { DEFAULT_ROUTINE } from '../../../../src/lib/domain/settings';
import { medicationRecord, scheduleRecord, slotRecord, STAMP } from '../../../fixtures/factories';

const MINUTE = 60_000;
const DUE = Date.UTC(2026, 2, 9, 8, 0);

describe('how late a dose is', () => {
	it('is on time within the window either side of the due time, late or early past it', () => {
		expect(doseTiming(DUE, DUE + 60 * MINUTE, 60)).toEqual({ kind: 'onTime' });
		expect(doseTiming(DUE, DUE - 60 * MINUTE, 60)).toEqual({ kind: 'onTime' });
		expect(doseTiming(DUE, DUE + 61 * MINUTE, 60)).toEqual({ kind: 'late', minutes: 61 });
		expect(doseTiming(DUE, DUE - 90 * MINUTE, 60)).toEqual({ kind: 'early', minutes: 90 });
		expect(doseTiming(DUE, DUE + 20 * MINUTE, 15)).toEqual({ kind: 'late', minutes: 20 });
	});

	it('is said in hours and minutes, rounded as a person would', () => {
		const late = (minutes: number): DoseTiming => ({ kind: 'late', minutes });
		expect(timingText(late(45))).toBe('45 min late');
		expect(timingText(late(61))).toBe('1 h late');
		expect(timingText(late(95))).toBe('1 h 30 min late');
		expect(timingText(late(130))).toBe('2 h late');
		expect(timingText({ kind: 'early', minutes: 90 })).toBe('1 h 30 min early');
		expect(timingText({ kind: 'onTime' })).toBe('on time');
	});

	test.prop([fc.integer({ min: -600, max: 600 }), fc.integer({ min: 5, max: 240 })])(
		'is on time exactly when the gap is within the window, and late only after the due time',
		(offset, window) => {
			const timing = doseTiming(DUE, DUE + offset * MINUTE, window);
			expect(timing.kind === 'onTime').toBe(Math.abs(offset) <= window);
			if (timing.kind === 'late') expect(timing.minutes).toBe(offset);
			if (timing.kind === 'early') expect(timing.minutes).toBe(-offset);
		}
	);
});

describe('Today and adherence agree on which doses were on time', () => {
	const LONDON = 'Europe/London';
	const DAY = '2026-03-09';
	const medication = medicationRecord('A', { startDay: '2026-01-01' });
	const schedule = scheduleRecord('A', [slotRecord('am', { anchor: 'breakfast' }), slotRecord('pm', { time: '20:00' })]);
	const due = { am: instantAt(DAY, DEFAULT_ROUTINE.breakfast, LONDON), pm: instantAt(DAY, '20:00', LONDON) };

	function taken(slotId: 'am' | 'pm', offsetMinutes: number, storedDue: boolean): DoseEvent {
		return {
			id: slotId,
			createdAt: STAMP,
			updatedAt: STAMP,
			medicationId: 'A',
			dueDay: DAY,
			slotId,
			amount: 10,
			status: 'taken',
			takenAt: new Date(due[slotId] + offsetMinutes * MINUTE).toISOString(),
			// Older records have no stored due time: both read the routine's then.
			dueAt: storedDue ? instantIn(due[slotId], LONDON) : null,
			reason: ''
		};
	}

	test.prop([
		fc.integer({ min: -300, max: 300 }),
		fc.integer({ min: -300, max: 300 }),
		fc.integer({ min: 5, max: 240 }),
		fc.boolean()
	])('for any time taken and any window', (amOffset, pmOffset, window, storedDue) => {
		const events = [taken('am', amOffset, storedDue), taken('pm', pmOffset, storedDue)];
		const now = Date.UTC(2026, 2, 10, 12, 0);
		const common = { medications: [medication], schedules: [schedule], events, routine: DEFAULT_ROUTINE, now, timeZone: LONDON };
		const entries = timetableFor(DAY, { ...common, onTimeMinutes: window });
		const shown = entries.filter((entry) => entry.timing?.kind === 'onTime').length;
		const counted = adherence({ ...common, from: DAY, to: DAY, onTimeMinutes: window }).overall.onTime;
		expect(shown).toBe(counted);
	});
});
