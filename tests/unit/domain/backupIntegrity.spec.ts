import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { integrityProblem } from '$lib/domain/backupIntegrity';
import { addDays } from '$lib/domain/dates';
import { firstOverlap } from '$lib/domain/medication/timeline';
import type { AllRecords } from '$lib/domain/records';
import { calendarEventRecord, medicationRecord, scheduleRecord, shareRecord, slotRecord } from '../../fixtures/factories';
import { monthBackup } from '../../fixtures/tenYears';

function tables(): AllRecords {
	return monthBackup().tables;
}

describe('the invariants a restored backup must keep', () => {
	it('finds nothing wrong with data the app wrote', () => {
		expect(integrityProblem(tables())).toBeNull();
	});

	it('lets references dangle where the app itself leaves them behind', () => {
		const data = tables();
		// Deleting a contact unlinks nothing: prescribers, sessions, goals, the safety plan and shares keep the id.
		data.contacts = [];
		// A deleted side effect keeps its agenda item; a deleted goal stays in a share's scope.
		data.agendaItems[0] = { ...data.agendaItems[0], source: 'sideEffect', sourceId: 'side-deleted' };
		data.shares = [
			shareRecord('share-1', {
				contactId: 'contact-deleted',
				scope: {
					goalIds: ['goal-deleted'],
					adherence: true,
					wellbeingSummary: false,
					upcomingDoses: false,
					questionnaireBands: false
				}
			})
		];
		// A superseded schedule is removed whole; doses marked under it keep its slot id.
		data.doseEvents[0] = { ...data.doseEvents[0], slotId: 'slot-of-a-removed-schedule' };
		expect(integrityProblem(data)).toBeNull();
	});

	it('accepts a schedule cut short before its later dated steps, as a change from a day leaves it', () => {
		const data = tables();
		const schedule = data.schedules.find((row) => row.titration?.kind === 'steps' && row.titration.steps.length > 1)!;
		data.schedules = data.schedules.map((row) => (row === schedule ? { ...row, until: row.from } : row));
		expect(integrityProblem(data)).toBeNull();
	});

	it('accepts schedules that follow one another, and a taper down to nothing', () => {
		const data = tables();
		const slots = [slotRecord('slot-a', { anchor: 'breakfast' })];
		data.medications.push(medicationRecord('med-taper', { startDay: '2026-01-01' }));
		data.schedules.push(
			scheduleRecord('med-taper', slots, { id: 'taper-1', until: '2026-01-31' }),
			scheduleRecord('med-taper', slots, {
				id: 'taper-2',
				from: '2026-02-01',
				titration: { kind: 'linear', direction: 'down', from: '2026-02-01', start: 20, step: 5, intervalDays: 7, target: 0 }
			})
		);
		expect(integrityProblem(data)).toBeNull();
	});

	it('refuses a taper whose target is above its start', () => {
		const data = tables();
		const titration = {
			kind: 'linear',
			direction: 'down',
			from: '2026-10-02',
			start: 20,
			step: 5,
			intervalDays: 7,
			target: 30
		} as const;
		data.schedules[2] = { ...data.schedules[2], titration };
		expect(integrityProblem(data)).toMatch(
			/^Medication schedules, record 3: its dose plan can’t be right: when tapering down, the target \(30 mg\) must be below the starting dose \(20 mg\)\. Nothing was restored\.$/
		);
	});

	it('refuses dated steps out of order', () => {
		const data = tables();
		const steps = [
			{ from: '2026-10-10', amounts: [10] },
			{ from: '2026-10-05', amounts: [20] }
		];
		data.schedules[1] = { ...data.schedules[1], titration: { kind: 'steps', steps } };
		expect(integrityProblem(data)).toMatch(/record 2: its dose plan can’t be right: step 2 starts before step 1/);
	});

	it('knows which coping tools a target can count', () => {
		const data = tables();
		const goal = data.goals.find((row) => row.target?.metric === 'copingUses')!;
		expect(goal.target?.subjectId).toBe('breathing-box');
		goal.target = { ...goal.target!, subjectId: 'juggling' };
		expect(integrityProblem(data)).toMatch(
			/Goals, record \d+: its target counts a coping tool Tandem doesn’t know \(“juggling”\)/
		);
	});

	it('refuses a calendar series that ends before it begins', () => {
		const data = tables();
		data.calendarEvents = [calendarEventRecord('event-1', 'med-0', { firstDay: '2026-03-01', lastDay: '2026-02-28' })];
		expect(integrityProblem(data)).toMatch(
			/Calendar events exported, record 1: its last day \(28 February 2026\) comes before its first \(1 March 2026\)/
		);
	});

	it('names the first broken record only, in one sentence', () => {
		const data = tables();
		data.doseEvents[3] = { ...data.doseEvents[3], medicationId: 'med-9' };
		data.goalSteps[0] = { ...data.goalSteps[0], goalId: 'goal-99' };
		expect(integrityProblem(data)).toBe(
			'Doses recorded, record 4: it is for a medication that isn’t in the backup (id “med-9”). Nothing was restored.'
		);
	});

	const rangeArbitrary = fc.record({
		medication: fc.constantFrom('med-0', 'med-1'),
		from: fc.integer({ min: 0, max: 60 }),
		length: fc.option(fc.integer({ min: 0, max: 20 }))
	});

	test.prop([fc.array(rangeArbitrary, { maxLength: 10 })])(
		'refuses schedules sharing a day exactly when timeline.firstOverlap finds a pair',
		(ranges) => {
			const data = tables();
			data.schedules = ranges.map(({ medication, from, length }, index) =>
				scheduleRecord(medication, [slotRecord('am', { anchor: 'wake' })], {
					id: `range-${index}`,
					from: addDays('2026-10-02', from),
					until: length === null ? null : addDays('2026-10-02', from + length)
				})
			);
			const overlapping = firstOverlap(data.schedules) !== null;
			expect(integrityProblem(data)?.includes('same days') ?? false).toBe(overlapping);
		}
	);
});
