import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/db/database';
import { addStep, loadGoalBoard, saveGoal } from '$lib/db/goals';
import {
	answerSuggestion,
	createShare,
	deleteBoard,
	deleteShare,
	loadBoard,
	loadBoards,
	storedSettings,
	loadShares,
	renewShare,
	saveJoinedBoard,
	updateBoard,
	type ShareFields,
	type SuggestionToAnswer
} from '$lib/db/sharing';
import { emptyGoal, goalFields } from '$lib/domain/goals/goalForm';
import { createInvite } from '$lib/share/invite';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const LATER = new Date('2026-11-28T09:00:00.000Z');
const TODAY = '2026-11-27';
const SIGNALING = ['ws://127.0.0.1:4444'];

function shareFields(overrides: Partial<ShareFields> = {}): ShareFields {
	return {
		contactId: null,
		displayName: 'Dr Okafor',
		role: 'clinician',
		scope: { goalIds: null, adherence: true, wellbeingSummary: true, upcomingDoses: false, questionnaireBands: false },
		ownerName: 'Sam',
		...overrides
	};
}

function suggestion(id: string, goalId: string, overrides: Partial<SuggestionToAnswer> = {}): SuggestionToAnswer {
	return { id, goalId, text: 'Walk to the bus stop', author: 'Dr Okafor', ...overrides };
}

function goal(title: string): Promise<string> {
	return saveGoal(goalFields({ ...emptyGoal(TODAY), title }), null, NOW);
}

async function stepsOf(goalId: string) {
	return (await loadGoalBoard()).steps.filter((step) => step.goalId === goalId);
}

async function answersOf(shareId: string) {
	return (await database().shares.get(shareId))?.answers;
}

beforeEach(async () => {
	resetDatabaseForTests();
	await indexedDB.deleteDatabase('tandem');
});

afterEach(() => resetDatabaseForTests());

describe('shares', () => {
	it('stores a new share with no answers yet and not yet connected', async () => {
		const invite = createInvite(SIGNALING);
		const share = await createShare(shareFields(), invite, NOW);
		expect(share).toMatchObject({
			displayName: 'Dr Okafor',
			roomId: invite.roomId,
			secret: invite.secret,
			signalingUrls: SIGNALING,
			createdAt: share.updatedAt,
			lastConnectedAt: null,
			endedAt: null,
			answers: []
		});
		expect(await loadShares()).toEqual([share]);
	});

	it('refuses a share with an empty name, with a message, and stores nothing', async () => {
		await expect(createShare(shareFields({ displayName: '  ' }), createInvite(SIGNALING), NOW)).rejects.toThrow(
			'This invite can’t be saved: add a supporter’s name.'
		);
		expect(await loadShares()).toEqual([]);
	});

	it('renews with a new room and secret, and forgets the last connection', async () => {
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);
		await database().shares.update(share.id, { lastConnectedAt: share.createdAt });
		const fresh = createInvite(SIGNALING);

		const renewed = await renewShare(share.id, fresh, LATER);
		expect(renewed).toMatchObject({ id: share.id, roomId: fresh.roomId, secret: fresh.secret, lastConnectedAt: null });
		expect(renewed.roomId).not.toBe(share.roomId);
		expect(renewed.secret).not.toBe(share.secret);
		expect(renewed.updatedAt).not.toBe(share.updatedAt);
		expect(await loadShares()).toEqual([renewed]);
	});

	it('refuses to renew a share that is gone', async () => {
		await expect(renewShare('missing', createInvite(SIGNALING), NOW)).rejects.toThrow('no longer on this device');
		expect(await loadShares()).toEqual([]);
	});

	it('deletes a share', async () => {
		const kept = await createShare(shareFields({ displayName: 'Alex', role: 'friend' }), createInvite(SIGNALING), NOW);
		const stopped = await createShare(shareFields(), createInvite(SIGNALING), NOW);
		await deleteShare(stopped.id);
		expect(await loadShares()).toEqual([kept]);
	});
});

describe('answering a suggested step', () => {
	it('on “accepted” adds the step at the end of the goal, by its author, and records the answer', async () => {
		const goalId = await goal('Walk daily');
		await addStep(goalId, 'Find shoes', '', NOW);
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);

		await answerSuggestion(share.id, suggestion('s-1', goalId), 'accepted', LATER);

		expect((await stepsOf(goalId)).map((step) => [step.text, step.order, step.suggestedBy])).toEqual([
			['Find shoes', 0, ''],
			['Walk to the bus stop', 1, 'Dr Okafor']
		]);
		expect(await answersOf(share.id)).toEqual([{ id: 's-1', answer: 'accepted' }]);
	});

	it('adds nothing when the same suggestion is answered again', async () => {
		const goalId = await goal('Walk daily');
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);

		await answerSuggestion(share.id, suggestion('s-1', goalId), 'accepted', NOW);
		await answerSuggestion(share.id, suggestion('s-1', goalId), 'accepted', LATER);
		await answerSuggestion(share.id, suggestion('s-1', goalId), 'declined', LATER);

		expect(await stepsOf(goalId)).toHaveLength(1);
		expect(await answersOf(share.id)).toEqual([{ id: 's-1', answer: 'accepted' }]);
	});

	it('refuses a goal outside the share’s scope and changes nothing', async () => {
		const shared = await goal('Walk daily');
		const private_ = await goal('Drink less');
		const share = await createShare(
			shareFields({ scope: { ...shareFields().scope, goalIds: [shared] } }),
			createInvite(SIGNALING),
			NOW
		);

		await expect(answerSuggestion(share.id, suggestion('s-1', private_), 'accepted', LATER)).rejects.toThrow(
			'That goal isn’t on the board you share with them.'
		);
		expect((await loadGoalBoard()).steps).toEqual([]);
		expect(await answersOf(share.id)).toEqual([]);
	});

	it('refuses a goal that is gone and records no answer', async () => {
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);
		await expect(answerSuggestion(share.id, suggestion('s-1', 'deleted-goal'), 'accepted', LATER)).rejects.toThrow(
			'no longer on this device'
		);
		expect(await database().goalSteps.count()).toBe(0);
		expect(await answersOf(share.id)).toEqual([]);
	});

	it('on “declined” records the answer and adds no step', async () => {
		const goalId = await goal('Walk daily');
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);

		await answerSuggestion(share.id, suggestion('s-1', goalId), 'declined', LATER);

		expect(await stepsOf(goalId)).toEqual([]);
		expect(await answersOf(share.id)).toEqual([{ id: 's-1', answer: 'declined' }]);
	});

	it('keeps only the 200 newest answers', async () => {
		const goalId = await goal('Walk daily');
		const share = await createShare(shareFields(), createInvite(SIGNALING), NOW);
		const old = Array.from({ length: 200 }, (_, i) => ({ id: `old-${i}`, answer: 'declined' as const }));
		await database().shares.update(share.id, { answers: old });

		await answerSuggestion(share.id, suggestion('new', goalId), 'declined', LATER);

		const answers = (await answersOf(share.id)) ?? [];
		expect(answers).toHaveLength(200);
		expect(answers[0].id).toBe('old-1');
		expect(answers.at(-1)).toEqual({ id: 'new', answer: 'declined' });
	});

	it('refuses a share that is gone', async () => {
		const goalId = await goal('Walk daily');
		await expect(answerSuggestion('missing', suggestion('s-1', goalId), 'accepted', LATER)).rejects.toThrow(
			'no longer on this device'
		);
		expect(await stepsOf(goalId)).toEqual([]);
	});
});

describe('the settings a board is projected with', () => {
	it('are read inside a liveQuery (read-only, no error), the defaults until stored, and follow changes', async () => {
		const values: Awaited<ReturnType<typeof storedSettings>>[] = [];
		const errors: unknown[] = [];
		const subscription = liveQuery(() => storedSettings(NOW)).subscribe({
			next: (value) => values.push(value),
			error: (error: unknown) => errors.push(error)
		});
		try {
			await vi.waitFor(() => expect(values.length + errors.length).toBeGreaterThan(0));
			expect(errors).toEqual([]);
			expect(values[0].onTimeWindowMinutes).toBe(60);
			expect(await database().settings.count()).toBe(0);

			await database().settings.put({ ...values[0], onTimeWindowMinutes: 30 });
			await vi.waitFor(() => expect(values.at(-1)?.onTimeWindowMinutes).toBe(30));
			expect(errors).toEqual([]);
		} finally {
			subscription.unsubscribe();
		}
	});
});

describe('boards held as a supporter', () => {
	function joined(overrides: { ownerName?: string; displayName?: string } = {}) {
		const { roomId, secret, signalingUrls } = createInvite(SIGNALING);
		return { ownerName: 'Sam', displayName: 'Dr Okafor', roomId, secret, signalingUrls, ...overrides };
	}

	it('saves a joined board, and returns the one already held for the same room instead of adding another', async () => {
		const fields = joined();
		const first = await saveJoinedBoard(fields, NOW);
		expect(first).toMatchObject({ ownerName: 'Sam', displayName: 'Dr Okafor', endedAt: null });
		expect(Date.parse(first.lastUpdatedAt!)).toBe(NOW.getTime());
		const again = await saveJoinedBoard({ ...fields, ownerName: 'Someone else' }, LATER);
		expect(again.id).toBe(first.id);
		expect(await loadBoards()).toHaveLength(1);
		expect((await loadBoard(first.id))?.ownerName).toBe('Sam');
	});

	it('refuses a malformed room id and stores nothing', async () => {
		await expect(saveJoinedBoard({ ...joined(), roomId: 'short' }, NOW)).rejects.toThrow(/This board can’t be saved/);
		expect(await loadBoards()).toEqual([]);
	});

	it('updates a board with valid values and refuses a blank owner name, keeping the last good one', async () => {
		const board = await saveJoinedBoard(joined(), NOW);
		await updateBoard(board.id, { lastUpdatedAt: LATER.toISOString(), ownerName: 'Sam K' }, LATER);
		expect(await loadBoard(board.id)).toMatchObject({ ownerName: 'Sam K', lastUpdatedAt: LATER.toISOString() });
		await expect(updateBoard(board.id, { ownerName: '  ' }, LATER)).rejects.toThrow(/This board can’t be saved/);
		expect((await loadBoard(board.id))?.ownerName).toBe('Sam K');
	});

	it('deletes a board', async () => {
		const board = await saveJoinedBoard(joined(), NOW);
		await deleteBoard(board.id);
		expect(await loadBoards()).toEqual([]);
	});
});
