import { describe, expect, it } from 'vitest';
import { beforeAfterChange, moodBySleep, moodByTag } from '$lib/domain/monitoring/patterns';
import { checkinRecord } from '../../../fixtures/factories';

const checkin = checkinRecord;

describe('moodBySleep', () => {
	const journal = [
		checkin('2026-03-01', { mood: 4, sleepHours: 8 }),
		checkin('2026-03-02', { mood: 2, sleepHours: 5 }),
		checkin('2026-03-03', { mood: 3, sleepHours: 7 }),
		checkin('2026-03-04', { mood: 1, sleepHours: 6.5 }),
		checkin('2026-03-05', { mood: 5, sleepHours: 9 }),
		checkin('2026-03-06', { mood: null, sleepHours: 8 }),
		checkin('2026-03-07', { mood: 3, sleepHours: null })
	];

	it('compares mood after 7 hours or more (7 itself counts) with mood after less, leaving out half-filled days', () => {
		expect(moodBySleep(journal)).toEqual({ withEnough: { days: 3, meanMood: 4 }, withLess: { days: 2, meanMood: 1.5 } });
	});

	it('takes another threshold', () => {
		expect(moodBySleep(journal, 8)).toEqual({ withEnough: { days: 2, meanMood: 4.5 }, withLess: { days: 3, meanMood: 2 } });
	});

	it('says how many days are behind each side, even none', () => {
		expect(moodBySleep([])).toEqual({ withEnough: { days: 0, meanMood: null }, withLess: { days: 0, meanMood: null } });
	});
});

describe('moodByTag', () => {
	const journal = [
		checkin('2026-03-01', { mood: 4, tags: ['walk', 'friends'] }),
		checkin('2026-03-02', { mood: 2, tags: ['work'] }),
		checkin('2026-03-03', { mood: 3, tags: ['walk', 'work'] }),
		checkin('2026-03-04', { mood: 1, tags: ['work', 'alcohol'] }),
		checkin('2026-03-05', { mood: 5, tags: ['walk', 'friends', ' walk'] }),
		checkin('2026-03-06', { mood: null, tags: ['walk'] }),
		checkin('2026-03-07', { mood: 3, tags: [] })
	];

	it('compares days with each tag against days without, largest difference first', () => {
		expect(moodByTag(journal, 2)).toEqual([
			// friends: 4,5 → 4.5 against 2,3,1,3 → 2.25
			{ tag: 'friends', withTag: { days: 2, meanMood: 4.5 }, withoutTag: { days: 4, meanMood: 2.25 } },
			// walk (counted once on the 5th): 4,3,5 → 4 against 2,1,3 → 2
			{ tag: 'walk', withTag: { days: 3, meanMood: 4 }, withoutTag: { days: 3, meanMood: 2 } },
			// work: 2,3,1 → 2 against 4,5,3 → 4; as large a difference as walk, the other way
			{ tag: 'work', withTag: { days: 3, meanMood: 2 }, withoutTag: { days: 3, meanMood: 4 } }
		]);
	});

	it('leaves out tags with too few days on either side', () => {
		expect(moodByTag(journal, 3).map((pattern) => pattern.tag)).toEqual(['walk', 'work']);
		expect(moodByTag(journal)).toEqual([]);
		// A tag on every day has no days without it to compare with.
		const everyDay = journal.map((entry) => ({ ...entry, tags: [...entry.tags, 'meds'] }));
		expect(moodByTag(everyDay, 1).map((pattern) => pattern.tag)).not.toContain('meds');
	});
});

describe('beforeAfterChange', () => {
	const journal = [
		checkin('2026-02-28', { mood: 1, stress: 9 }),
		checkin('2026-03-01', { mood: 2, stress: 8 }),
		checkin('2026-03-10', { mood: null, stress: 6 }),
		checkin('2026-03-14', { mood: 4 }),
		checkin('2026-03-15', { mood: 5, stress: 2 }),
		checkin('2026-03-28', { mood: 3 }),
		checkin('2026-03-29', { mood: 1, stress: 10 })
	];
	const change = { day: '2026-03-15' };

	it('compares the 14 days before the change day with the change day and the 13 after', () => {
		expect(beforeAfterChange(journal, change, 'mood')).toEqual({
			before: { days: 2, mean: 3 },
			after: { days: 2, mean: 4 }
		});
		expect(beforeAfterChange(journal, change, 'stress')).toEqual({
			before: { days: 2, mean: 7 },
			after: { days: 1, mean: 2 }
		});
	});

	it('takes another number of days, and says when a side has none', () => {
		expect(beforeAfterChange(journal, change, 'mood', 3)).toEqual({ before: { days: 1, mean: 4 }, after: { days: 1, mean: 5 } });
		expect(beforeAfterChange(journal, change, 'cravings')).toEqual({
			before: { days: 0, mean: null },
			after: { days: 0, mean: null }
		});
	});
});
