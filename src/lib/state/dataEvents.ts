/**
 * "The data was replaced": Delete everything announces `erased`, a restore `restored`. Live queries
 * follow the database by themselves; this is for what a state class keeps in memory besides them (a
 * lock, acknowledged nudges, a report's snapshot, reminders already rung, a message about the old
 * data). Each class handles the event itself, so no module has to know them all, and nothing
 * outlives the data it came from.
 */
export type DataReplaced = 'erased' | 'restored';

type Handler = (event: DataReplaced) => void | Promise<void>;

const handlers = new Set<Handler>();

/** Registers a handler for as long as the module lives; returns its removal (for tests). */
export function onDataReplaced(handler: Handler): () => void {
	handlers.add(handler);
	return () => handlers.delete(handler);
}

/** Tells every handler; one that fails does not stop the others. */
export async function announceDataReplaced(event: DataReplaced): Promise<void> {
	for (const handler of [...handlers]) {
		try {
			await handler(event);
		} catch (error) {
			console.error('A screen could not reset after the data changed', error);
		}
	}
}
