import { describe, expect, it } from 'vitest';
import type { BoardView, SupporterEntry } from '$lib/share/board';
import { INBOX_DAYS, inboxMessages, inboxSuggestions, pendingSuggestions } from '$lib/share/inbox';
import { shareRecord } from '../../fixtures/factories';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const entry = (id: string, at: string, goalId?: string): SupporterEntry => ({
	id,
	author: 'Sam',
	text: `note ${id}`,
	at,
	goalId
});
const view = (fields: Partial<BoardView>): BoardView => ({
	snapshot: null,
	ended: null,
	comments: [],
	suggestions: [],
	nudges: [],
	...fields
});

const sam = shareRecord('sam', { displayName: 'Sam' });
const jo = shareRecord('jo', { displayName: 'Jo', scope: { ...shareRecord('jo').scope, goalIds: ['sleep'] } });
const goalTitles = new Map([
	['sleep', 'Sleep 7 hours'],
	['walk', 'Walk daily']
]);

describe('messages waiting for the owner', () => {
	const views = {
		sam: view({ comments: [entry('c1', daysAgo(1)), entry('c2', daysAgo(3), 'walk'), entry('old', daysAgo(INBOX_DAYS + 1))] }),
		jo: view({ comments: [entry('c3', daysAgo(2), 'sleep')] })
	};

	it('are the recent ones not yet thanked for, newest first, each with who sent it', () => {
		const messages = inboxMessages([sam, jo], views, ['c3'], NOW);
		expect(messages.map((message) => [message.id, message.from, message.shareId])).toEqual([
			['c1', 'Sam', 'sam'],
			['c2', 'Sam', 'sam']
		]);
	});

	it('about one goal are only that goal’s', () => {
		expect(inboxMessages([sam, jo], views, [], NOW, 'sleep').map((message) => message.id)).toEqual(['c3']);
	});

	it('of a share with no board yet are none', () => {
		expect(inboxMessages([sam], {}, [], NOW)).toEqual([]);
	});
});

describe('suggested steps waiting for an answer', () => {
	const suggestions = [
		entry('s1', daysAgo(1), 'sleep'),
		entry('s2', daysAgo(1), 'walk'),
		entry('s3', daysAgo(1), 'deleted-goal')
	];

	it('leave out the answered ones and goals that no longer exist, and carry the goal’s title', () => {
		const answered = { ...sam, answers: [{ id: 's2', answer: 'accepted' as const }] };
		expect(pendingSuggestions(answered, view({ suggestions }), goalTitles)).toEqual([
			{ ...suggestions[0], goalId: 'sleep', goalTitle: 'Sleep 7 hours' }
		]);
	});

	it('leave out goals no longer on that supporter’s board', () => {
		expect(pendingSuggestions(jo, view({ suggestions }), goalTitles).map((suggestion) => suggestion.id)).toEqual(['s1']);
	});

	it('from every supporter, or about one goal, say who sent them', () => {
		const views = { sam: view({ suggestions }), jo: view({ suggestions: [entry('s4', daysAgo(2), 'sleep')] }) };
		expect(inboxSuggestions([jo, sam], views, goalTitles).map((suggestion) => [suggestion.id, suggestion.from])).toEqual([
			['s4', 'Jo'],
			['s1', 'Sam'],
			['s2', 'Sam']
		]);
		expect(inboxSuggestions([jo, sam], views, goalTitles, 'walk').map((suggestion) => suggestion.id)).toEqual(['s2']);
	});
});
