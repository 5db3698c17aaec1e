/**
 * What supports a goal on the goal map — its medicines, coping tools, therapy topics and the recent
 * sessions that talked about those topics — and the short words the map fits into its boxes.
 */
import { COPING_TOOL_NAMES, type CopingTool } from '../coping/whatHelps';
import type { Goal } from '../records/goals';
import { COPING_TOOLS } from '../records/therapy';

export const SUPPORT_KINDS = ['medication', 'coping', 'topic', 'session'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_NAMES: Record<SupportKind, string> = {
	medication: 'Medicine',
	coping: 'Coping tool',
	topic: 'Therapy topic',
	session: 'Session'
};

/** Recent sessions are the useful ones; more than three per goal would bury the map. */
export const SESSIONS_PER_GOAL = 3;

export interface SessionRef {
	id: string;
	at: string;
	topics: readonly string[];
}

export interface SupportRef {
	/** One node per key, however many goals share it: `medication:<id>`, `topic:<topic in lower case>`… */
	key: string;
	kind: SupportKind;
	recordId: string;
	text: string;
	title: string;
	href: string;
	/** A session's instant, for ordering; null for the other kinds. */
	at: string | null;
}

/** Topics match whatever their case or spacing: "Sleep routine" and "sleep routine " are one topic. */
export function topicKey(topic: string): string {
	return topic.trim().toLowerCase();
}

/** Each tool opens its own guide; a tool Tandem does not know opens the therapy page. */
export function copingHref(tool: string): string {
	if (tool.startsWith('breathing-')) return '/therapy/breathing';
	if (tool === 'thought-record') return '/therapy/thoughts';
	if (tool === 'grounding') return '/therapy/grounding';
	return '/therapy';
}

function copingName(tool: string): string {
	return (COPING_TOOLS as readonly string[]).includes(tool) ? COPING_TOOL_NAMES[tool as CopingTool] : tool;
}

/** A session supports a goal when it talked about one of the goal's topics. */
function talksAbout(session: SessionRef, topics: ReadonlySet<string>): boolean {
	return session.topics.some((topic) => topics.has(topicKey(topic)));
}

let dayFormat: Intl.DateTimeFormat | undefined;
/**
 * "27 November 2026": the day as it was where the session was logged (the instant carries that
 * offset). One formatter for the whole map: building one per session cost more than the layout.
 */
function dayOf(at: string): string {
	dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	return dayFormat.format(Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10))));
}

/** Newest first, so the first matches are the most recent; ties by id keep the map stable. */
export function newestFirst<T extends SessionRef>(sessions: readonly T[]): T[] {
	return sessions
		.map((session) => ({ session, time: Date.parse(session.at) }))
		.sort((a, b) => b.time - a.time || (a.session.id < b.session.id ? -1 : 1))
		.map(({ session }) => session);
}

/** Everything that supports `goal`, each once. `sessions` must be newest first (see `newestFirst`). */
export function supportsOf(
	goal: Goal,
	medicationNames: ReadonlyMap<string, string>,
	sessions: readonly SessionRef[]
): SupportRef[] {
	const refs = new Map<string, SupportRef>();
	const add = (ref: Omit<SupportRef, 'title' | 'at'> & Partial<SupportRef>) => {
		if (!refs.has(ref.key)) refs.set(ref.key, { title: ref.text, at: null, ...ref });
	};
	for (const id of goal.medicationIds) {
		const name = medicationNames.get(id);
		// A deleted medicine has no page to open.
		if (name !== undefined) add({ key: `medication:${id}`, kind: 'medication', recordId: id, text: name, href: `/meds/${id}` });
	}
	for (const tool of goal.copingTools) {
		add({ key: `coping:${tool}`, kind: 'coping', recordId: tool, text: copingName(tool), href: copingHref(tool) });
	}
	const topics = new Set<string>();
	for (const topic of goal.topics) {
		const key = topicKey(topic);
		if (key === '') continue;
		topics.add(key);
		add({ key: `topic:${key}`, kind: 'topic', recordId: key, text: topic.trim(), href: '/therapy' });
	}
	let linked = 0;
	for (const session of sessions) {
		if (linked === SESSIONS_PER_GOAL) break;
		if (!talksAbout(session, topics)) continue;
		linked++;
		const day = dayOf(session.at);
		const about = session.topics.join(', ');
		add({
			key: `session:${session.id}`,
			kind: 'session',
			recordId: session.id,
			text: day,
			title: about ? `${day}: ${about}` : day,
			href: `/therapy/sessions/${session.id}`,
			at: session.at
		});
	}
	return [...refs.values()];
}

export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `text` shortened to `max` characters, at a word break when one is near, with an ellipsis. */
function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Words wrapped into at most `maxLines` lines of `maxChars`; what does not fit ends in "…". */
export function fitText(text: string, maxChars: number, maxLines = 1): string[] {
	const words = text.trim().split(/\s+/);
	const lines: string[] = [];
	let current = '';
	for (let i = 0; i < words.length;) {
		const joined = current ? `${current} ${words[i]}` : words[i];
		if (joined.length <= maxChars) {
			current = joined;
			i++;
		} else if (current && lines.length < maxLines - 1) {
			lines.push(current);
			current = '';
		} else return [...lines, shorten([current, ...words.slice(i)].filter(Boolean).join(' '), maxChars)];
	}
	return current ? [...lines, current] : lines;
}
