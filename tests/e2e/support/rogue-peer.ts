/**
 * A rogue peer for the sharing tests: a raw Y.Doc on y-webrtc that knows a board's room and secret and
 * ignores every rule of the app. Bundled for the browser by the test (esbuild) and driven through `window.rogue`.
 */
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { connectRelay, type RelayLink } from '../../../src/lib/share/relay';
import { deriveRelayKeys, sealBlob, type RelayKeys, type Writer } from '../../../src/lib/share/relayCrypto';

let doc = new Y.Doc();
let provider: WebrtcProvider | null = null;
let relay: { link: RelayLink; keys: RelayKeys } | null = null;

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
	/** Opens the board's relay document with the secret (so with the right name and token). */
	async relayJoin(roomId: string, secret: string, url: string) {
		const keys = await deriveRelayKeys(roomId, secret);
		const link = connectRelay(url, keys.documentName, keys.token);
		await link.firstSync;
		relay = { link, keys };
	},
	/** Seals everything this rogue's doc now holds (its edits included) into a writer's slot on the relay. */
	async relayForge(writer: Writer) {
		if (!relay) throw new Error('not on the relay');
		const blob = await sealBlob(relay.keys, {
			writer,
			seq: Date.now(),
			at: new Date().toISOString(),
			update: Y.encodeStateAsUpdate(doc),
			stateVector: Y.encodeStateVector(doc)
		});
		relay.link.write(writer, blob!);
		await relay.link.flushed();
	},
	leave: () => {
		provider?.destroy();
		relay?.link.close();
	}
};

(window as unknown as { rogue: typeof rogue }).rogue = rogue;
