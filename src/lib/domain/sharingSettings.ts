/**
 * Where sharing connects: signaling servers (to find the other device) and ICE servers (STUN/TURN, to
 * get through routers). Both are the person's own choice in Settings → Sharing, checked here; nothing
 * else is ever contacted.
 */
import * as v from 'valibot';

export const MAX_SIGNALING_URLS = 5;
export const MAX_SIGNALING_URL_LENGTH = 300;
export const MAX_ICE_SERVERS = 5;

/** ws:// or wss:// only: anything else (http:, javascript:, data:) is refused. */
function isWebSocketUrl(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '';
	} catch {
		return false;
	}
}

export const SignalingUrlSchema = v.pipe(
	v.string(),
	v.maxLength(MAX_SIGNALING_URL_LENGTH, 'a signaling address is too long'),
	v.check(isWebSocketUrl, 'a signaling address must start with ws:// or wss://'),
	v.check((text) => !/^wss?:\/\/[^/]*@/i.test(text), 'a signaling address can’t contain a user name or password')
);

/** A relay is reached the same way: ws:// or wss://, no credentials in the address. */
export const RelayUrlSchema = v.pipe(
	v.string(),
	v.maxLength(MAX_SIGNALING_URL_LENGTH, 'a relay address is too long'),
	v.check(isWebSocketUrl, 'a relay address must start with ws:// or wss://'),
	v.check((text) => !/^wss?:\/\/[^/]*@/i.test(text), 'a relay address can’t contain a user name or password')
);

export const SignalingUrlsSchema = v.pipe(
	v.array(SignalingUrlSchema),
	v.minLength(1, 'add a signaling address'),
	v.maxLength(MAX_SIGNALING_URLS, `at most ${MAX_SIGNALING_URLS} signaling addresses`)
);

/** stun:host[:port] or turn(s):host[:port][?transport=udp|tcp], as RTCPeerConnection takes them. */
const IceUrlSchema = v.pipe(
	v.string(),
	v.trim(),
	v.maxLength(300, 'an ICE server address is too long'),
	v.regex(
		/^(stun|stuns|turn|turns):[A-Za-z0-9.\-[\]:]+(\?transport=(udp|tcp))?$/,
		'an ICE server address must look like stun:host:3478 or turn:host:3478'
	)
);

const IceServerSchema = v.pipe(
	v.strictObject({
		urls: IceUrlSchema,
		username: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'a TURN user name is too long'))),
		credential: v.optional(v.pipe(v.string(), v.maxLength(200, 'a TURN password is too long')))
	}),
	v.check(
		(server) => !server.urls.startsWith('turn') || (Boolean(server.username) && Boolean(server.credential)),
		'a TURN server needs a user name and a password'
	)
);
export type IceServer = v.InferOutput<typeof IceServerSchema>;

export interface SharingConnection {
	/** Empty: the app's own (the build's) signaling servers. */
	signalingUrls: string[];
	iceServers: IceServer[];
	/** The relay new invites name: undefined for the build's first, null for none. */
	relayUrl?: string | null;
}

/** The relay new invites name: the person's choice if this build may still reach it, else the build's first. */
export function relayUrlInUse(
	chosen: string | null | undefined,
	built: readonly string[],
	allowed: readonly string[]
): string | null {
	if (chosen === null) return null;
	if (chosen !== undefined && blockedSignalingUrls([chosen], allowed).length === 0) return chosen;
	return built[0] ?? null;
}

/** The relay an invite names, if this page's policy lets it connect there; otherwise none (the board still works live). */
export function reachableRelay(url: string | null | undefined, allowed: readonly string[]): string | null {
	if (!url) return null;
	return blockedSignalingUrls([url], allowed).length === 0 ? url : null;
}

export type SharingSettingsResult = { ok: true; value: SharingConnection } | { ok: false; message: string };

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** Scheme, host and port: what a Content Security Policy's connect-src matches a server by. */
function serverOf(url: string): string {
	const parsed = new URL(url);
	return `${parsed.protocol}//${parsed.host}`;
}

/**
 * The signaling servers in `urls` that the page's Content Security Policy (`allowed`, fixed when the app
 * is built) would block: the browser refuses to connect to those.
 */
export function blockedSignalingUrls(urls: readonly string[], allowed: readonly string[]): string[] {
	const reachable = new Set(allowed.map(serverOf));
	return urls.filter((url) => !reachable.has(serverOf(url)));
}

/**
 * The Settings form: signaling addresses one per line (none = the app's own), and ICE servers one per
 * line as "url" or "url username password". With `allowed` (the build's policy), a signaling server the
 * browser would block is refused here rather than failing silently later. One plain sentence for the
 * first problem.
 */
export function parseSharingSettings(signalingText: string, iceText: string, allowed?: readonly string[]): SharingSettingsResult {
	const signaling = lines(signalingText);
	if (signaling.length > 0) {
		const result = v.safeParse(SignalingUrlsSchema, signaling);
		if (!result.success) return { ok: false, message: `Check the signaling servers: ${result.issues[0].message}.` };
		const blocked = allowed ? blockedSignalingUrls(signaling, allowed) : [];
		if (blocked.length > 0) {
			return {
				ok: false,
				message: `This copy of Tandem may only reach the signaling servers it was built with (${allowed!.join(', ')}), so it can’t use ${blocked[0]}. To use your own, build Tandem with TANDEM_SIGNALING_URLS (see the README).`
			};
		}
	}
	const iceLines = lines(iceText).map((line) => line.split(/\s+/));
	if (iceLines.some((words) => words.length > 3)) {
		return {
			ok: false,
			message: 'Check the ICE servers: each line is an address, then a user name and a password, with no spaces inside them.'
		};
	}
	const ice = iceLines.map(([urls, username, credential]) => {
		return { urls, ...(username ? { username } : {}), ...(credential ? { credential } : {}) };
	});
	const iceResult = v.safeParse(
		v.pipe(v.array(IceServerSchema), v.maxLength(MAX_ICE_SERVERS, `at most ${MAX_ICE_SERVERS} ICE servers`)),
		ice
	);
	if (!iceResult.success) return { ok: false, message: `Check the ICE servers: ${iceResult.issues[0].message}.` };
	return { ok: true, value: { signalingUrls: signaling, iceServers: iceResult.output } };
}

/** The form's text for stored settings (the inverse of parseSharingSettings). */
export function sharingSettingsText(connection: SharingConnection): { signaling: string; ice: string } {
	return {
		signaling: connection.signalingUrls.join('\n'),
		ice: connection.iceServers
			.map((server) => [server.urls, server.username, server.credential].filter(Boolean).join(' '))
			.join('\n')
	};
}
