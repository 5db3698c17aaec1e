/** localStorage as the browser has it, for state that keeps something there (the lock, reminders set aside). */
export class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, String(value));
	removeItem = (key: string) => void this.#items.delete(key);
	clear = () => this.#items.clear();
	key = (index: number) => [...this.#items.keys()][index] ?? null;
	get length() {
		return this.#items.size;
	}
}
