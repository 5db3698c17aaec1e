import { TABLE_NAMES } from '$lib/domain/records/tables';
import { database } from './database';

/** Whether anything the person wrote is stored (settings alone do not count). */
export async function hasPersonalData(db = database()): Promise<boolean> {
	const tables = TABLE_NAMES.filter((name) => name !== 'settings');
	return db.transaction(
		'r',
		tables.map((name) => db.table(name)),
		async () => {
			for (const name of tables) if ((await db.table(name).count()) > 0) return true;
			return false;
		}
	);
}

/** Whether this person shares a board with anyone: only then does the app load sharing at start. */
export async function hasShares(db = database()): Promise<boolean> {
	return (await db.shares.count()) > 0;
}

/**
 * Whether this person only holds other people's boards and keeps nothing of their own (a therapist's
 * copy): they start on "Boards shared with you" rather than an empty Today.
 */
export async function holdsBoardsOnly(db = database()): Promise<boolean> {
	const own = TABLE_NAMES.filter((name) => name !== 'settings' && name !== 'boards');
	return db.transaction('r', [db.boards, ...own.map((name) => db.table(name))], async () => {
		if ((await db.boards.count()) === 0) return false;
		for (const name of own) if ((await db.table(name).count()) > 0) return false;
		return true;
	});
}

/** How many days have a check-in: Today waits for a few before it reminds of anything. */
export function checkinCount(db = database()): Promise<number> {
	return db.checkins.count();
}
