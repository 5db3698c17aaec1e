/**
 * Invite links: how a supporter learns which room to join and the secret that opens it.
 *
 * Invariants:
 * - The room id and the secret are each 16 random bytes (128 bits) or more from
 *   `crypto.getRandomValues`, written as unpadded base64url, and never equal to each other.
 * - Both live only in the URL fragment (after `#`), which a browser never sends to any server: the
 *   path is always the plain `/join`, with no query. The secret never appears before the `#`.
 * - The fragment is `v=1&room=<id>&key=<secret>&sig=<url>,<url>…[&relay=<url>]`: each name exactly once,
 *   each URL `encodeURIComponent`-ed, signaling URLs joined with commas (an encoded URL has no bare
 *   comma). `relay` is optional, so links made before relays existed still open.
 * - Parsing never throws and never returns part of an invite: a link is either whole and valid, or
 *   refused with one message a person can act on. Signaling URLs are ws:// or wss:// only, 1–5 of
 *   them, each at most 300 characters, so a link cannot point the app at a script or an arbitrary site.
 */
import * as v from 'valibot';
import { fromBase64UrlExact, toBase64Url } from '$lib/domain/bytes';
import { RelayUrlSchema, SignalingUrlsSchema } from '$lib/domain/sharingSettings';

export {
	MAX_SIGNALING_URLS,
	MAX_SIGNALING_URL_LENGTH,
	SignalingUrlSchema,
	SignalingUrlsSchema
} from '$lib/domain/sharingSettings';

export const INVITE_VERSION = '1';
export const INVITE_BYTES = 16;
/** Five 300-character URLs, each at worst tripled by percent-encoding, fit well inside this. */
export const MAX_LINK_LENGTH = 6_000;

export const LINK_DOES_NOT_WORK = 'This link doesn’t work.';
const ASK_AGAIN = 'Ask the person who shared it to send a new invite.';

/**
 * For the connection, not the parser: a wrong secret looks exactly like an owner who is offline (the
 * peers cannot read each other's signaling), so after a while without an answer both are named.
 */
export const NO_ANSWER_MESSAGE =
	'This link doesn’t work yet. The person who shared it may be offline, or the link was changed on the way: if it goes on, ask them for a new invite.';

export interface Invite {
	roomId: string;
	secret: string;
	signalingUrls: string[];
	/** Where each side keeps its sealed part for the other, when they are not online together; null for none. */
	relayUrl: string | null;
}

export type InviteResult = { ok: true; invite: Invite } | { ok: false; message: string };

export function randomToken(bytes = INVITE_BYTES): string {
	return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** At least 128 bits, written the one way the encoder writes them. */
const Token = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z0-9_-]{22,128}$/),
	v.check((text) => (fromBase64UrlExact(text)?.length ?? 0) >= INVITE_BYTES)
);

const FragmentSchema = v.pipe(
	v.strictObject({
		v: v.literal(INVITE_VERSION),
		room: Token,
		key: Token,
		sig: SignalingUrlsSchema,
		relay: v.optional(RelayUrlSchema)
	}),
	v.check((fragment) => fragment.room !== fragment.key)
);

/**
 * A new room and secret for one supporter. The signaling URLs are the owner's own settings; a bad
 * one is a mistake in them, so it throws rather than making a link that cannot work.
 */
export function createInvite(signalingUrls: readonly string[], relayUrl: string | null = null): Invite {
	const urls = v.parse(SignalingUrlsSchema, [...new Set(signalingUrls)]);
	const relay = relayUrl === null ? null : v.parse(RelayUrlSchema, relayUrl);
	let roomId = randomToken();
	const secret = randomToken(2 * INVITE_BYTES);
	while (roomId === secret) roomId = randomToken();
	return { roomId, secret, signalingUrls: urls, relayUrl: relay };
}

export function inviteFragment(
	invite: Pick<Invite, 'roomId' | 'secret' | 'signalingUrls'> & { relayUrl?: string | null }
): string {
	const sig = invite.signalingUrls.map(encodeURIComponent).join(',');
	const relay = invite.relayUrl ? `&relay=${encodeURIComponent(invite.relayUrl)}` : '';
	return `v=${INVITE_VERSION}&room=${invite.roomId}&key=${invite.secret}&sig=${sig}${relay}`;
}

/** `${origin}/join#v=1&room=…&key=…&sig=…`: nothing secret before the `#`. */
export function inviteLink(origin: string, invite: Parameters<typeof inviteFragment>[0]): string {
	const base = new URL('/join', origin);
	return `${base.origin}/join#${inviteFragment(invite)}`;
}

function refused(detail: string, advice = ASK_AGAIN): InviteResult {
	return { ok: false, message: `${LINK_DOES_NOT_WORK} ${detail} ${advice}` };
}

const CUT_SHORT = 'It may have been cut short or changed when it was copied.';

/** The part before `#` must be nothing (a bare fragment) or an http(s) link to /join. */
function isJoinPage(before: string): boolean {
	if (before === '') return true;
	try {
		const url = new URL(before);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname.replace(/\/+$/, '').endsWith('/join');
	} catch {
		return false;
	}
}

/** name=value pairs, each name once; null for a repeated name, an empty pair or bad percent-encoding. */
function pairsOf(fragment: string): Record<string, unknown> | null {
	const pairs: Record<string, unknown> = {};
	for (const part of fragment.split('&')) {
		const at = part.indexOf('=');
		if (at <= 0) return null;
		const name = part.slice(0, at);
		if (Object.hasOwn(pairs, name)) return null;
		const value = part.slice(at + 1);
		try {
			pairs[name] =
				name === 'sig' ? value.split(',').map(decodeURIComponent) : name === 'relay' ? decodeURIComponent(value) : value;
		} catch {
			return null;
		}
	}
	return pairs;
}

/**
 * A whole invite link, or just its fragment (`location.hash`, with its `#`). Never throws; a refusal's
 * message is for the person holding the link.
 */
export function parseInvite(input: unknown): InviteResult {
	if (typeof input !== 'string' || input.length > MAX_LINK_LENGTH) return refused(CUT_SHORT);
	const text = input.trim();
	const hash = text.indexOf('#');
	if (hash < 0) return refused('It has no invite in it: the part after “#” is missing.');
	if (!isJoinPage(text.slice(0, hash))) return refused('It is not a Tandem invite link.');
	const pairs = pairsOf(text.slice(hash + 1));
	if (pairs === null) return refused(CUT_SHORT);
	if (typeof pairs.v === 'string' && /^\d{1,4}$/.test(pairs.v) && Number(pairs.v) > Number(INVITE_VERSION)) {
		return refused('It was made by a newer version of Tandem.', 'Update the app, then open the link again.');
	}
	const result = v.safeParse(FragmentSchema, pairs);
	if (!result.success) {
		const badServer = result.issues.some((issue) => ['sig', 'relay'].includes(String(issue.path?.[0]?.key)));
		return refused(badServer ? 'It names a connection server Tandem can’t use.' : CUT_SHORT);
	}
	const { room, key, sig, relay } = result.output;
	return { ok: true, invite: { roomId: room, secret: key, signalingUrls: [...new Set(sig)], relayUrl: relay ?? null } };
}
