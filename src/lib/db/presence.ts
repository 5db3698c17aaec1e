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

/** How many days have a check-in: Today waits for a few before it reminds of anything. */
export function checkinCount(db = database()): Promise<number> {
	return db.checkins.count();
}
