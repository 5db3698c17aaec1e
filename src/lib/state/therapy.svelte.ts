/** The session log for the Therapy screen and Today: the next appointment, past sessions, open homework. */
import {
	allSessions,
	deleteSession,
	saveSession,
	setHomeworkDone,
	type NewCareContact,
	type SessionFields
} from '$lib/db/therapy';
import type { TherapySession } from '$lib/domain/records';
import { heldSessions, knownTopics, nextSession, openHomework, type OpenHomework } from '$lib/domain/therapy/sessions';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';

class TherapyState {
	#sessions = new LiveQuery<TherapySession[]>(allSessions, []);

	get loaded(): boolean {
		return this.#sessions.loaded;
	}

	get all(): TherapySession[] {
		return this.#sessions.current;
	}

	#next = $derived(nextSession(this.#sessions.current, clock.now));
	#held = $derived(heldSessions(this.#sessions.current, clock.now));
	#planned = $derived(this.#sessions.current.filter((session) => Date.parse(session.at) > clock.now));
	#openHomework = $derived(openHomework(this.#sessions.current));
	#topics = $derived(knownTopics(this.#sessions.current));

	get next(): TherapySession | null {
		return this.#next;
	}

	/** Sessions already held, most recent first. */
	get held(): TherapySession[] {
		return this.#held;
	}

	/** Planned sessions, soonest first. */
	get planned(): TherapySession[] {
		return this.#planned;
	}

	get openHomework(): OpenHomework[] {
		return this.#openHomework;
	}

	get topics(): string[] {
		return this.#topics;
	}

	byId(id: string): TherapySession | undefined {
		return this.all.find((session) => session.id === id);
	}

	/** `withNew`: the person the session was with, added to the care team in the same write. */
	save(fields: SessionFields, id: string | null, withNew: NewCareContact | null = null): Promise<string> {
		return saving('save this session', () => saveSession(fields, id, new Date(), withNew));
	}

	remove(id: string): Promise<void> {
		return saving('delete this session', () => deleteSession(id), { quiet: true });
	}

	setHomeworkDone(sessionId: string, itemId: string, done: boolean): Promise<void> {
		return saving('tick this homework', () => setHomeworkDone(sessionId, itemId, done));
	}
}

export const therapy = new TherapyState();
