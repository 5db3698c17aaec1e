/**
 * A rogue peer for the sharing tests: a raw Y.Doc on y-webrtc that knows a board's room and secret and
 * ignores every rule of the app. Bundled for the browser by the test (esbuild) and driven through `window.rogue`.
 */
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

let doc = new Y.Doc();
let provider: WebrtcProvider | null = null;

const owner = () => doc.getMap<unknown>('owner');
const at = () => new Date().toISOString();

function rewriteBoard(change: (board: { goals: { title: string; steps: { text: string; done: boolean }[] }[] | null }) => void) {
	const board = JSON.parse(String(owner().get('board')));
	change(board);
	owner().set('board', JSON.stringify(board));
}

const rogue = {
	join(roomId: string, secret: string, signaling: string) {
		doc = new Y.Doc();
		provider = new WebrtcProvider(roomId, doc, {
			signaling: [signaling],
			password: secret,
			peerOpts: { config: { iceServers: [] } }
		});
	},
	board: () => (typeof owner().get('board') === 'string' ? String(owner().get('board')) : null),
	deleteGoals: () => rewriteBoard((board) => (board.goals = [])),
	rewriteProgress: () =>
		rewriteBoard((board) => {
			for (const goal of board.goals ?? []) {
				goal.title = `${goal.title} (hacked)`;
				for (const step of goal.steps) step.done = true;
			}
		}),
	fakeEnded: () => {
		doc.transact(() => {
			owner().delete('board');
			owner().set('ended', at());
		});
	},
	injectHuge: () => {
		owner().set('junk', 'A'.repeat(1_000_000));
		doc.getArray('comments').push([{ id: 'rogue-huge-000000', author: 'Rogue', text: 'B'.repeat(1_000_000), at: at() }]);
	},
	injectHtml: (html: string) => {
		doc.getArray('comments').push([{ id: 'rogue-html-000000', author: 'Rogue', text: html, at: at() }]);
		doc
			.getArray('suggestions')
			.push([{ id: 'rogue-sugg-000000', author: '<b>Rogue</b>', text: html, goalId: 'no-such-goal', at: at() }]);
		doc.getArray('nudges').push([{ not: 'an entry' }, 42, null]);
	},
	leave: () => provider?.destroy()
};

(window as unknown as { rogue: typeof rogue }).rogue = rogue;
