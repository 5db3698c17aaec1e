/**
 * Therapy sessions: what Today and the Therapy screen show from the log — the next appointment,
 * sessions already held, and homework not yet done.
 */
import type { TherapySession } from '../records/therapy';

export const SESSION_KIND_LABELS: Record<TherapySession['kind'], string> = {
	individual: 'Individual session',
	group: 'Group session',
	'check-in': 'Phone or video check-in'
};

/** A session counts as held once its start time has passed; a later one is planned. */
export function isPlanned(session: Pick<TherapySession, 'at'>, now: number): boolean {
	return Date.parse(session.at) > now;
}

/** The next planned session, or null. */
export function nextSession<T extends Pick<TherapySession, 'at'>>(sessions: readonly T[], now: number): T | null {
	let next: T | null = null;
	for (const session of sessions) {
		if (isPlanned(session, now) && (next === null || Date.parse(session.at) < Date.parse(next.at))) next = session;
	}
	return next;
}

/** Sessions already held, the most recent first. */
export function heldSessions<T extends Pick<TherapySession, 'at'>>(sessions: readonly T[], now: number): T[] {
	return sessions.filter((session) => !isPlanned(session, now)).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export interface OpenHomework {
	sessionId: string;
	sessionAt: string;
	id: string;
	text: string;
}

/** Homework not yet done, from the most recent session first; it stays on Today until ticked. */
export function openHomework(sessions: readonly TherapySession[]): OpenHomework[] {
	return [...sessions]
		.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
		.flatMap((session) =>
			session.homework
				.filter((item) => item.doneAt === null)
				.map((item) => ({ sessionId: session.id, sessionAt: session.at, id: item.id, text: item.text }))
		);
}

/** Every topic the person has talked about, most used first, for suggestions and goal links. */
export function knownTopics(sessions: readonly Pick<TherapySession, 'topics'>[]): string[] {
	const counts = new Map<string, { topic: string; count: number }>();
	for (const session of sessions) {
		for (const topic of session.topics) {
			const key = topic.toLocaleLowerCase();
			const entry = counts.get(key) ?? { topic, count: 0 };
			entry.count += 1;
			counts.set(key, entry);
		}
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)).map((entry) => entry.topic);
}

/** The topics with one more, trimmed and cut to length; a topic already there (any case) is not added twice. */
export function withTopic(topics: readonly string[], text: string): string[] {
	const trimmed = text.trim().slice(0, 500);
	if (!trimmed || topics.some((existing) => existing.toLowerCase() === trimmed.toLowerCase())) return [...topics];
	return [...topics, trimmed];
}
