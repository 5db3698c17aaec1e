/**
 * One way to write, for every state class: `saving(doing, write)` runs the write (one Dexie
 * transaction in the db layer), then what must follow every write — persistent storage asked for once
 * the person has saved something of their own — and, when the write fails for a storage reason, the
 * one message the person sees (`saveProblem`, shown by the shell) and a `SaveFailed` for the caller,
 * so a form stays open with what was typed and "Saved" is never shown for a write that did not commit.
 * A refusal in words (a plan change before a medicine began) passes through unchanged.
 */
import { SaveFailed, storageTrouble } from './saveFailure';

export { SaveFailed } from './saveFailure';

class SaveProblem {
	/** The latest failed write's message, until dismissed or until a later write succeeds. */
	message = $state<string | null>(null);

	dismiss(): void {
		this.message = null;
	}
}

export const saveProblem = new SaveProblem();

/** Asks for persistent storage after the first save (loaded on demand: settings code, not first-page weight). */
async function afterSave(): Promise<void> {
	const { afterSave } = await import('./persistence.svelte');
	await afterSave();
}

export interface SavingOptions {
	/** Skip the persistent-storage request (a restore asks on its own, a delete has nothing new to keep). */
	quiet?: boolean;
}

export async function saving<T>(doing: string, write: () => Promise<T>, options: SavingOptions = {}): Promise<T> {
	let result: T;
	try {
		result = await write();
	} catch (error) {
		const trouble = storageTrouble(error);
		if (!trouble) throw error;
		const failure = new SaveFailed(doing, trouble, { cause: error });
		saveProblem.message = failure.message;
		throw failure;
	}
	saveProblem.message = null;
	if (!options.quiet) {
		// The save itself is done: "Saved" must not wait for the browser's answer (Firefox asks the person),
		// and a refused persistence request must not turn the save into a failure.
		void afterSave().catch(() => undefined);
	}
	return result;
}

/** A failure already shown to the person: nothing more to report (for taps whose promise nobody awaits). */
export function isReported(reason: unknown): boolean {
	return reason instanceof SaveFailed;
}
