/**
 * Where each board's copy lives in this browser: one IndexedDB database per room, named after it.
 * Kept apart from room.ts so "Delete everything" can remove copies without loading Yjs.
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
