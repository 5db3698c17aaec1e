import { describe, expect, it } from 'vitest';
import { therapySessionRecord } from '../../../fixtures/factories';
import { heldSessions, knownTopics, nextSession, openHomework } from '$lib/domain/therapy/sessions';

const NOW = Date.parse('2026-11-27T12:00:00.000+00:00');

const session = therapySessionRecord;

describe('the next session', () => {
	it('is the soonest one still ahead, whatever the order stored', () => {
		const sessions = [
			session('later', '2026-12-08T10:00:00.000+00:00'),
			session('past', '2026-11-20T10:00:00.000+00:00'),
			session('soon', '2026-12-01T14:00:00.000+00:00')
		];
		expect(nextSession(sessions, NOW)?.id).toBe('soon');
	});

	it('compares instants by time, not as text, across offsets', () => {
		// 09:30-05:00 is 14:30 UTC: later than 13:00+00:00 though it sorts first as text.
		const sessions = [session('ny', '2026-12-01T09:30:00.000-05:00'), session('london', '2026-12-01T13:00:00.000+00:00')];
		expect(nextSession(sessions, NOW)?.id).toBe('london');
	});

	it('is null when nothing is planned; a session that started a minute ago is held, not next', () => {
		const started = session('started', '2026-11-27T11:59:00.000+00:00');
		expect(nextSession([started], NOW)).toBeNull();
		expect(heldSessions([started], NOW).map((held) => held.id)).toEqual(['started']);
	});
});

describe('held sessions', () => {
	it('are the past ones, most recent first', () => {
		const sessions = [
			session('a', '2026-10-01T10:00:00.000+00:00'),
			session('future', '2026-12-01T10:00:00.000+00:00'),
			session('b', '2026-11-01T10:00:00.000+00:00')
		];
		expect(heldSessions(sessions, NOW).map((held) => held.id)).toEqual(['b', 'a']);
	});
});

describe('open homework', () => {
	it('lists undone items, newest session first, and drops items once done', () => {
		const sessions = [
			session('old', '2026-11-01T10:00:00.000+00:00', {
				homework: [
					{ id: 'h1', text: 'Walk daily', doneAt: null },
					{ id: 'h2', text: 'Sleep diary', doneAt: '2026-11-05T08:00:00.000+00:00' }
				]
			}),
			session('new', '2026-11-20T10:00:00.000+00:00', { homework: [{ id: 'h3', text: 'Thought record twice', doneAt: null }] })
		];
		expect(openHomework(sessions).map((item) => [item.sessionId, item.text])).toEqual([
			['new', 'Thought record twice'],
			['old', 'Walk daily']
		]);
	});
});

describe('known topics', () => {
	it('counts topics case-insensitively, most used first, keeping the first spelling', () => {
		const sessions = [
			session('a', '2026-11-01T10:00:00.000+00:00', { topics: ['Sleep', 'work'] }),
			session('b', '2026-11-08T10:00:00.000+00:00', { topics: ['sleep', 'Family'] }),
			session('c', '2026-11-15T10:00:00.000+00:00', { topics: ['SLEEP', 'work'] })
		];
		expect(knownTopics(sessions)).toEqual(['Sleep', 'work', 'Family']);
	});
});
