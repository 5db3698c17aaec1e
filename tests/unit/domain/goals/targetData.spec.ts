import { describe, expect, it } from 'vitest';
import {
	adherenceShare,
	checkinReader,
	copingReader,
	daysBackFrom,
	doseRecordedOn,
	indexGoalData,
	latestDaily,
	latestScore,
	scoreReader,
	type MedicationData
} from '$lib/domain/goals/targetData';
import { instantAt } from '$lib/domain/medication/zone';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import {
	assessmentRecord,
	checkinRecord,
	copingUseRecord,
	doseEventRecord,
	medicationRecord,
	scheduleRecord,
	slotRecord
} from '../../../fixtures/factories';

const LONDON = 'Europe/London';

describe('indexGoalData', () => {
	it('finds the first day anything was recorded, whatever kind of record it is', () => {
		const checkins = [checkinRecord('2026-03-05', { mood: 3 })];
		const assessments = [assessmentRecord('GAD-7', '2026-03-03T22:30:00.000-05:00', 4)];
		const copingUses = [copingUseRecord('grounding', '2026-03-04T09:00:00.000+00:00')];
		expect(indexGoalData({}).firstDay).toBeNull();
		expect(indexGoalData({ checkins }).firstDay).toBe('2026-03-05');
		expect(indexGoalData({ checkins, copingUses }).firstDay).toBe('2026-03-04');
		// The day on the clock where it was answered, not the UTC day (4 March).
		expect(indexGoalData({ checkins, copingUses, assessments }).firstDay).toBe('2026-03-03');
		const medication = plan([doseEventRecord('A', null, '2026-03-01', 'taken', '2026-03-01T10:00:00+00:00')]);
		expect(indexGoalData({ checkins, medication }).firstDay).toBe('2026-03-01');
	});

	it('keeps the later edit when a day has two check-ins', () => {
		const index = indexGoalData({
			checkins: [
				checkinRecord('2026-03-05', { mood: 2, updatedAt: '2026-03-05T20:00:00.000+00:00' }),
				checkinRecord('2026-03-05', { mood: 4, updatedAt: '2026-03-05T21:00:00.000+00:00' }),
				checkinRecord('2026-03-05', { mood: 1, updatedAt: '2026-03-05T08:00:00.000+00:00' })
			]
		});
		expect(checkinReader(index, 'mood').value('2026-03-05')).toBe(4);
	});
});

describe('the daily readers', () => {
	const index = indexGoalData({
		checkins: [checkinRecord('2026-03-05', { panicAttacks: 0 }), checkinRecord('2026-03-06', { mood: 3 })],
		copingUses: [
			copingUseRecord('breathing-box', '2026-03-05T09:00:00.000+00:00'),
			copingUseRecord('breathing-box', '2026-03-05T19:00:00.000+00:00'),
			copingUseRecord('grounding', '2026-03-06T09:00:00.000+00:00')
		],
		assessments: [assessmentRecord('PHQ-8', '2026-03-06T09:00:00.000+00:00', 7)]
	});

	it('reads a check-in field, a count of 0 being a value and a blank field none', () => {
		const panic = checkinReader(index, 'panicAttacks');
		expect([panic.value('2026-03-05'), panic.recorded('2026-03-05')]).toEqual([0, true]);
		expect([panic.value('2026-03-06'), panic.recorded('2026-03-06')]).toEqual([null, false]);
		expect([panic.value('2026-03-07'), panic.recorded('2026-03-07')]).toEqual([null, false]);
	});

	it('counts coping uses per tool and for any tool, 0 on a day without one', () => {
		const box = copingReader(index, 'breathing-box');
		expect([box.value('2026-03-05'), box.value('2026-03-06'), box.recorded('2026-03-06')]).toEqual([2, 0, false]);
		const any = copingReader(index, null);
		expect([any.value('2026-03-05'), any.value('2026-03-06'), any.recorded('2026-03-06')]).toEqual([2, 1, true]);
		expect(copingReader(index, 'breathing-478').value('2026-03-05')).toBe(0);
	});

	it('reads a PHQ-8 score for the PHQ-9 and keeps it out of the GAD-7', () => {
		expect(scoreReader(index, 'phq9').value('2026-03-06')).toBe(7);
		expect(scoreReader(index, 'gad7').recorded('2026-03-06')).toBe(false);
	});
});

describe('latest values', () => {
	it('count days back from today once per today, across a month end', () => {
		const index = indexGoalData({});
		const back = daysBackFrom(index, '2026-03-02');
		expect([back(0), back(1), back(2), back(30)]).toEqual(['2026-03-02', '2026-03-01', '2026-02-28', '2026-01-31']);
		expect(index.daysBack.get('2026-03-02')).toHaveLength(31);
		expect(daysBackFrom(index, '2026-03-02')(29)).toBe('2026-02-01');
		expect(index.daysBack.size).toBe(1);
	});

	it('find the latest score before a day, and none once it is on or before the stale day', () => {
		const index = indexGoalData({
			assessments: [
				assessmentRecord('PHQ-9', '2026-02-01T09:00:00.000+00:00', 12),
				assessmentRecord('PHQ-9', '2026-02-10T09:00:00.000+00:00', 8)
			]
		});
		expect(latestScore(index, 'phq9', '2026-02-09', '2026-01-01')).toBe(12);
		expect(latestScore(index, 'phq9', '2026-02-10', '2026-01-01')).toBe(8);
		expect(latestScore(index, 'phq9', '2026-03-01', '2026-02-09')).toBe(8);
		expect(latestScore(index, 'phq9', '2026-03-01', '2026-02-10')).toBeNull();
		expect(latestScore(index, 'phq9', '2026-01-31', '2026-01-01')).toBeNull();
		expect(latestScore(index, 'gad7', '2026-03-01', '2026-01-01')).toBeNull();
	});

	it('find the latest check-in value within 28 days', () => {
		const index = indexGoalData({ checkins: [checkinRecord('2026-02-01', { energy: 2 })] });
		const back = daysBackFrom(index, '2026-03-01');
		expect(latestDaily(checkinReader(index, 'energy'), back, 0)).toBeNull();
		expect(latestDaily(checkinReader(index, 'energy'), back, 1)).toBe(2);
	});
});

/** Monday 9 March 2026 in London, noon: A is due at 08:00 and 20:00 daily from 2 March. */
function plan(events: MedicationData['events']): MedicationData {
	return {
		medications: [medicationRecord('A', { startDay: '2026-03-02' }), medicationRecord('B', { startDay: '2026-03-02' })],
		schedules: [
			scheduleRecord('A', [slotRecord('am', { time: '08:00' }), slotRecord('pm', { time: '20:00' })], { from: '2026-03-02' }),
			scheduleRecord('B', [slotRecord('b', { time: '09:00' })], { from: '2026-03-02' })
		],
		events,
		routine: DEFAULT_ROUTINE,
		timeZone: LONDON,
		onTimeMinutes: 60,
		now: instantAt('2026-03-09', '12:00', LONDON)
	};
}

describe('adherenceShare', () => {
	const week = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];

	it('counts doses with no record as missed and leaves as-needed doses out', () => {
		const events = week
			.slice(0, 6)
			.flatMap((day) => [
				doseEventRecord('A', 'am', day, 'taken', `${day}T08:00:00+00:00`),
				doseEventRecord('A', null, day, 'taken', `${day}T15:00:00+00:00`)
			]);
		const index = indexGoalData({ medication: plan(events) });
		// 6 taken of 14 due; B has 7 due and none taken.
		expect(adherenceShare(index, 'A', week)).toEqual({ percent: (6 * 100) / 14, daysWithData: 6 });
		expect(adherenceShare(index, null, week)).toEqual({ percent: (6 * 100) / 21, daysWithData: 6 });
		expect(adherenceShare(index, 'nobody', week)).toEqual({ percent: null, daysWithData: 0 });
		expect(adherenceShare(indexGoalData({}), 'A', week)).toEqual({ percent: null, daysWithData: 0 });
	});

	it('counts a week once, for every medication and every target that asks', () => {
		const index = indexGoalData({ medication: plan([]) });
		expect(adherenceShare(index, 'A', week)).toEqual({ percent: 0, daysWithData: 0 });
		expect(adherenceShare(index, 'B', week)).toEqual({ percent: 0, daysWithData: 0 });
		expect(adherenceShare(index, null, week)).toEqual({ percent: 0, daysWithData: 0 });
		expect(index.medication?.counted.size).toBe(1);
		adherenceShare(index, 'A', week.slice(1));
		expect(index.medication?.counted.size).toBe(2);
	});

	it('knows the days with a scheduled dose recorded', () => {
		const index = indexGoalData({
			medication: plan([
				doseEventRecord('A', 'pm', '2026-03-09', 'skipped'),
				doseEventRecord('B', null, '2026-03-08', 'taken', '2026-03-08T10:00:00+00:00')
			])
		});
		expect(doseRecordedOn(index, 'A', '2026-03-09')).toBe(true);
		expect(doseRecordedOn(index, null, '2026-03-09')).toBe(true);
		expect(doseRecordedOn(index, 'B', '2026-03-09')).toBe(false);
		expect(doseRecordedOn(index, 'B', '2026-03-08')).toBe(false);
		expect(doseRecordedOn(indexGoalData({}), 'A', '2026-03-09')).toBe(false);
	});
});
