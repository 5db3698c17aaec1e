import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOf } from '$lib/domain/dates';
import { latestInstant, questionnaireDue, todayNotices } from '$lib/domain/monitoring/reminders';

describe('questionnaire reminders', () => {
	const takenAt = new Date(2026, 2, 2, 20, 30);
	const last = instantOf(takenAt);
	const morning = (days: number) => new Date(2026, 2, 2 + days, 8, 0);

	it('is due when there is none yet', () => {
		expect(questionnaireDue(null, morning(0), 14)).toBe(true);
	});

	it('is never due when the person chose “Never”, done or not', () => {
		expect(questionnaireDue(null, morning(0), 0)).toBe(false);
		expect(questionnaireDue(last, morning(400), 0)).toBe(false);
	});

	it('is not due 13 days later and is due from the morning of the 14th, although 14 × 24 hours have not passed', () => {
		expect(questionnaireDue(last, morning(1), 14)).toBe(false);
		expect(questionnaireDue(last, new Date(2026, 2, 15, 23, 59), 14)).toBe(false);
		expect(questionnaireDue(last, morning(14), 14)).toBe(true);
		expect(questionnaireDue(last, morning(40), 14)).toBe(true);
	});

	it('takes another interval', () => {
		expect(questionnaireDue(last, morning(6), 7)).toBe(false);
		expect(questionnaireDue(last, morning(7), 7)).toBe(true);
	});

	describe('in a time zone with summer time', () => {
		const zone = process.env.TZ;
		beforeAll(() => {
			process.env.TZ = 'Europe/London';
		});
		afterAll(() => {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		});

		it('counts calendar days across the clocks going forward and back', () => {
			// The night of 28–29 March 2026 has 23 hours: just after midnight a week on, under 7 × 24 hours have passed.
			const spring = instantOf(new Date(2026, 2, 28, 0, 30));
			expect(questionnaireDue(spring, new Date(2026, 3, 3, 23, 59), 7)).toBe(false);
			expect(questionnaireDue(spring, new Date(2026, 3, 4, 0, 10), 7)).toBe(true);
			// The night of 24–25 October has 25 hours: late on the 6th day, more than 6 × 24 hours have passed.
			const autumn = instantOf(new Date(2026, 9, 24, 23, 30));
			expect(questionnaireDue(autumn, new Date(2026, 9, 30, 23, 45), 7)).toBe(false);
			expect(questionnaireDue(autumn, new Date(2026, 9, 31, 0, 5), 7)).toBe(true);
		});

		test.prop([
			fc.date({ min: new Date(2024, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
			fc.integer({ min: 1, max: 60 }),
			fc.integer({ min: 0, max: 24 * 60 - 1 })
		])('is due from the first minute of the chosen day and not in the last minute before it', (done, everyDays, minute) => {
			const dueDay = new Date(done.getFullYear(), done.getMonth(), done.getDate() + everyDays);
			const onDueDay = new Date(dueDay.getFullYear(), dueDay.getMonth(), dueDay.getDate(), 0, minute);
			const justBefore = new Date(dueDay.getTime() - 60_000);
			expect(questionnaireDue(instantOf(done), onDueDay, everyDays)).toBe(true);
			expect(questionnaireDue(instantOf(done), justBefore, everyDays)).toBe(false);
		});

		test.prop([
			fc.option(fc.date({ min: new Date(2024, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })),
			fc.date({ min: new Date(2024, 0, 1), max: new Date(2032, 0, 1), noInvalidDate: true })
		])('“Never” is never due', (done, now) => {
			expect(questionnaireDue(done === null ? null : instantOf(done), now, 0)).toBe(false);
		});
	});
});

describe('the latest instant', () => {
	it('compares instants as times, whatever their offsets', () => {
		// 08:30 in New York is 13:30 UTC: later than 12:00 UTC, although its string sorts first.
		expect(latestInstant(['2026-02-01T12:00:00.000+00:00', '2026-02-01T08:30:00.000-05:00'])).toBe(
			'2026-02-01T08:30:00.000-05:00'
		);
		expect(latestInstant(['2026-02-01T08:30:00.000-05:00', '2026-01-01T09:00:00.000+00:00'])).toBe(
			'2026-02-01T08:30:00.000-05:00'
		);
		expect(latestInstant([])).toBeNull();
	});
});

describe('what Today reminds a person of', () => {
	const now = new Date(2026, 2, 20, 9, 0);
	const facts = (checkins: number) => ({
		checkins,
		lastBackupAt: null,
		lastQuestionnaires: { phq: null, gad: null },
		questionnaireEveryDays: 14,
		now
	});

	it('stays quiet in the first days: no backup or questionnaire reminder before three check-ins', () => {
		expect(todayNotices(facts(0))).toEqual({ backup: false, phq: false, gad: false });
		expect(todayNotices(facts(2))).toEqual({ backup: false, phq: false, gad: false });
		expect(todayNotices(facts(3))).toEqual({ backup: true, phq: true, gad: true });
	});

	it('then follows the backup and questionnaire rules themselves', () => {
		const recent = instantOf(new Date(2026, 2, 18, 20, 0));
		expect(todayNotices({ ...facts(30), lastBackupAt: recent, lastQuestionnaires: { phq: recent, gad: null } })).toEqual({
			backup: false,
			phq: false,
			gad: true
		});
		expect(todayNotices({ ...facts(30), questionnaireEveryDays: 0 })).toEqual({ backup: true, phq: false, gad: false });
	});
});
