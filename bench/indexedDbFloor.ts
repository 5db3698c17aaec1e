/**
 * The floor under the restore figure: how long this browser's own IndexedDB takes to add as many records as
 * the ten-year backup holds, in one transaction, into a scratch database with no index at all and no app code.
 * A restore cannot be faster than this; the difference is the indexes and the app's own work.
 */
import type { Page } from '@playwright/test';
import type { Figure } from './figures';

export async function indexedDbFloor(page: Page, records: number): Promise<Figure> {
	const ms = await page.evaluate(async (count) => {
		const name = 'bench-indexeddb-floor';
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(name, 1);
			request.onupgradeneeded = () => request.result.createObjectStore('records', { keyPath: 'id' });
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		// About the size of an average record in the backup (14 MB / 46,909 ≈ 300 bytes of JSON).
		const note = 'x'.repeat(200);
		const started = performance.now();
		await new Promise<void>((resolve, reject) => {
			const transaction = db.transaction('records', 'readwrite');
			const store = transaction.objectStore('records');
			for (let i = 0; i < count; i++) store.add({ id: `record-${i}`, day: `day-${i % 3650}`, kind: i % 7, note });
			transaction.oncomplete = () => resolve();
			transaction.onerror = () => reject(transaction.error);
		});
		const elapsed = performance.now() - started;
		db.close();
		await new Promise((resolve) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = request.onerror = resolve;
		});
		return elapsed;
	}, records);
	return {
		name: 'indexeddb-floor-ten-years',
		value: ms,
		unit: 'ms',
		digits: 0,
		notes: [
			`${records.toLocaleString('en')} adds of ~300-byte records in one transaction, no index, no app code: the restore's floor`
		]
	};
}
