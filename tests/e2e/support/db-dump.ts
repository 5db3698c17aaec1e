import type { Page } from '@playwright/test';

/**
 * Every record in the app's IndexedDB, read with the raw API (not through the app), table by table
 * in key order. Comparing two dumps shows whether anything at all changed.
 */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const request = indexedDB.open('tandem');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const names = [...db.objectStoreNames];
					if (names.length === 0) {
						db.close();
						resolve({});
						return;
					}
					const transaction = db.transaction(names, 'readonly');
					const dump: Record<string, unknown[]> = {};
					for (const name of names) {
						const read = transaction.objectStore(name).getAll();
						read.onsuccess = () => (dump[name] = read.result);
					}
					transaction.oncomplete = () => {
						db.close();
						resolve(dump);
					};
					transaction.onerror = () => reject(transaction.error);
				};
			})
	);
}
