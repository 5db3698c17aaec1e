/**
 * The parts of sharing that need no Yjs, so screens can use them without loading it: where each board's
 * copy lives in this browser (one IndexedDB database per room, named after it), and the guard against
 * y-webrtc's wrong-secret rejections.
 */
export const BOARD_DATABASE_PREFIX = 'tandem-board-';

export function boardDatabaseName(roomId: string): string {
	return `${BOARD_DATABASE_PREFIX}${roomId}`;
}

/** Deletes one board's copy in this browser (the room must not be open). */
export function deleteBoardCopy(roomId: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(boardDatabaseName(roomId));
		request.onsuccess = request.onerror = request.onblocked = () => resolve();
	});
}

/** Deletes every board copy in this browser (Delete everything). */
export async function deleteAllBoardCopies(): Promise<number> {
	const databases = (await indexedDB.databases?.()) ?? [];
	const names = databases.map((database) => database.name ?? '').filter((name) => name.startsWith(BOARD_DATABASE_PREFIX));
	await Promise.all(names.map((name) => deleteBoardCopy(name.slice(BOARD_DATABASE_PREFIX.length))));
	return names.length;
}

/**
 * y-webrtc decrypts each signaling message in a promise nobody awaits: a peer holding another secret
 * for the same room makes it reject with an OperationError. Those are expected (that is the secret
 * doing its job), so they are swallowed here and reported. Returns the function that stops watching.
 */
export function watchWrongSecrets(onWrongSecret: () => void): () => void {
	const listener = (event: PromiseRejectionEvent) => {
		const reason: unknown = event.reason;
		if (reason instanceof DOMException && reason.name === 'OperationError') {
			event.preventDefault();
			onWrongSecret();
		}
	};
	window.addEventListener('unhandledrejection', listener);
	return () => window.removeEventListener('unhandledrejection', listener);
}
