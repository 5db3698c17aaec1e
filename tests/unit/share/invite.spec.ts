import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ShareSchema } from '$lib/domain/records';
import {
	createInvite,
	inviteFragment,
	inviteLink,
	LINK_DOES_NOT_WORK,
	MAX_LINK_LENGTH,
	parseInvite,
	type Invite
} from '$lib/share/invite';

const ORIGIN = 'https://tandem.example';
const SIGNALING = ['wss://signal.tandem.example', 'ws://127.0.0.1:4444/path?room=a,b&x=1'];

/** Fixed, valid parts for hand-made fragments: 16 and 32 bytes of base64url. */
const ROOM = 'AAECAwQFBgcICQoLDA0ODw';
const KEY = 'ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8';
const SIG = encodeURIComponent('wss://signal.tandem.example');

function link(fragment: string): string {
	return `${ORIGIN}/join#${fragment}`;
}

describe('invites', () => {
	it('round-trips a link into the same room, secret and signaling URLs', () => {
		const invite = createInvite(SIGNALING);
		const parsed = parseInvite(inviteLink(ORIGIN, invite));
		expect(parsed).toEqual({ ok: true, invite });
		expect(parseInvite(`#${inviteFragment(invite)}`)).toEqual({ ok: true, invite });
	});

	it('puts the room id and the secret only after the “#”', () => {
		const invite = createInvite(SIGNALING);
		const url = inviteLink(ORIGIN, invite);
		const [before, after] = url.split('#');
		expect(before).toBe(`${ORIGIN}/join`);
		expect(before).not.toContain(invite.secret);
		expect(before).not.toContain(invite.roomId);
		expect(after).toContain(`key=${invite.secret}`);
		expect(url.indexOf(invite.secret)).toBeGreaterThan(url.indexOf('#'));
		expect(new URL(url).search).toBe('');
	});

	it('makes 128-bit-or-more random ids that the share record accepts, different every time', () => {
		const invites: Invite[] = Array.from({ length: 50 }, () => createInvite(SIGNALING));
		for (const invite of invites) {
			expect(invite.roomId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
			expect(invite.secret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
			expect(invite.roomId).not.toBe(invite.secret);
			expect(v.is(ShareSchema.entries.roomId, invite.roomId)).toBe(true);
			expect(v.is(ShareSchema.entries.secret, invite.secret)).toBe(true);
		}
		expect(new Set(invites.map((invite) => invite.secret)).size).toBe(50);
		expect(new Set(invites.map((invite) => invite.roomId)).size).toBe(50);
	});

	it('refuses to make a link with a signaling address that is not ws:// or wss://', () => {
		expect(() => createInvite(['https://signal.example'])).toThrow();
		expect(() => createInvite([])).toThrow();
		expect(() => createInvite(Array.from({ length: 6 }, (_, i) => `wss://s${i}.example`))).toThrow();
	});

	it('carries the relay after the “#” too, and a link without one (made before relays) still opens', () => {
		const invite = createInvite(SIGNALING, 'wss://relay.tandem.example/r?x=1,2');
		const url = inviteLink(ORIGIN, invite);
		expect(url.split('#')[0]).toBe(`${ORIGIN}/join`);
		expect(parseInvite(url)).toEqual({ ok: true, invite });
		expect(invite.relayUrl).toBe('wss://relay.tandem.example/r?x=1,2');
		const without = createInvite(SIGNALING);
		expect(without.relayUrl).toBeNull();
		expect(inviteLink(ORIGIN, without)).not.toContain('relay=');
		expect(() => createInvite(SIGNALING, 'https://relay.example')).toThrow();
	});

	it('keeps a duplicated signaling URL once', () => {
		expect(createInvite(['wss://a.example', 'wss://a.example']).signalingUrls).toEqual(['wss://a.example']);
	});
});

const longUrl = `wss://s.example/${'a'.repeat(300)}`;
const MALFORMED: [string, unknown][] = [
	['no fragment', `${ORIGIN}/join`],
	['an empty string', ''],
	['an empty fragment', `${ORIGIN}/join#`],
	['a short key', link(`v=1&room=${ROOM}&key=${KEY.slice(0, 21)}&sig=${SIG}`)],
	['a short room id', link(`v=1&room=${ROOM.slice(0, 20)}&key=${KEY}&sig=${SIG}`)],
	['bad base64 in the key', link(`v=1&room=${ROOM}&key=${KEY.slice(0, 40)}+/=&sig=${SIG}`)],
	['a non-canonical base64 room id', link(`v=1&room=${ROOM.slice(0, 21)}B&key=${KEY}&sig=${SIG}`)],
	['an http:// signaling URL', link(`v=1&room=${ROOM}&key=${KEY}&sig=${encodeURIComponent('http://signal.example')}`)],
	['a javascript: signaling URL', link(`v=1&room=${ROOM}&key=${KEY}&sig=${encodeURIComponent('javascript:alert(1)')}`)],
	['a javascript: link', `javascript:alert(1)//#v=1&room=${ROOM}&key=${KEY}&sig=${SIG}`],
	['a data: link', `data:text/html,<script>alert(1)</script>#v=1&room=${ROOM}&key=${KEY}&sig=${SIG}`],
	['a link to another page', `${ORIGIN}/goals#v=1&room=${ROOM}&key=${KEY}&sig=${SIG}`],
	['a 10 KB fragment', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&pad=${'x'.repeat(10_240)}`)],
	['a missing room', link(`v=1&key=${KEY}&sig=${SIG}`)],
	['a missing key', link(`v=1&room=${ROOM}&sig=${SIG}`)],
	['no signaling URL', link(`v=1&room=${ROOM}&key=${KEY}`)],
	['an empty signaling URL', link(`v=1&room=${ROOM}&key=${KEY}&sig=`)],
	['a duplicated room', link(`v=1&room=${ROOM}&room=${ROOM}&key=${KEY}&sig=${SIG}`)],
	['a duplicated key', link(`v=1&room=${ROOM}&key=${KEY}&key=${KEY}&sig=${SIG}`)],
	['a duplicated signaling parameter', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&sig=${SIG}`)],
	['no version', link(`room=${ROOM}&key=${KEY}&sig=${SIG}`)],
	['a newer version', link(`v=2&room=${ROOM}&key=${KEY}&sig=${SIG}`)],
	['an unknown parameter', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&admin=1`)],
	['broken percent-encoding', link(`v=1&room=${ROOM}&key=${KEY}&sig=%E0%A4%A`)],
	['six signaling URLs', link(`v=1&room=${ROOM}&key=${KEY}&sig=${Array(6).fill(SIG).join(',')}`)],
	['a signaling URL over 300 characters', link(`v=1&room=${ROOM}&key=${KEY}&sig=${encodeURIComponent(longUrl)}`)],
	['a signaling URL with a password', link(`v=1&room=${ROOM}&key=${KEY}&sig=${encodeURIComponent('wss://u:p@s.example')}`)],
	['the same room id and key', link(`v=1&room=${ROOM}&key=${ROOM}&sig=${SIG}`)],
	['an empty pair', link(`v=1&&room=${ROOM}&key=${KEY}&sig=${SIG}`)],
	['a name without a value', link(`v=1&room&key=${KEY}&sig=${SIG}`)],
	['not text at all', null],
	['a number', 42],
	['an https:// relay', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&relay=${encodeURIComponent('https://relay.example')}`)],
	['a relay with a password', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&relay=${encodeURIComponent('wss://u:p@r.example')}`)],
	['two relays', link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}&relay=${SIG}&relay=${SIG}`)]
];

describe('malformed invite links', () => {
	it('accepts the well-formed link the malformed ones are made from', () => {
		expect(parseInvite(link(`v=1&room=${ROOM}&key=${KEY}&sig=${SIG}`))).toEqual({
			ok: true,
			invite: { roomId: ROOM, secret: KEY, signalingUrls: ['wss://signal.tandem.example'], relayUrl: null }
		});
	});

	it.each(MALFORMED)('refuses %s kindly, without throwing', (_name, input) => {
		let result: ReturnType<typeof parseInvite> | undefined;
		expect(() => (result = parseInvite(input))).not.toThrow();
		expect(result?.ok).toBe(false);
		if (result && !result.ok) {
			expect(result.message.startsWith(LINK_DOES_NOT_WORK)).toBe(true);
			expect(result.message).toMatch(/new invite|Update the app/);
			// A refusal never echoes the link (or its secret) back.
			expect(result.message).not.toContain(KEY);
		}
	});

	it('has at least 20 malformed cases, and the 10 KB one is over the length limit', () => {
		expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
		expect(link('x'.repeat(10_240)).length).toBeGreaterThan(MAX_LINK_LENGTH);
	});

	it('says which part is wrong: a newer version, or a server it cannot use', () => {
		const newer = parseInvite(link(`v=2&room=${ROOM}&key=${KEY}&sig=${SIG}`));
		const server = parseInvite(link(`v=1&room=${ROOM}&key=${KEY}&sig=${encodeURIComponent('http://s.example')}`));
		expect(!newer.ok && newer.message).toContain('newer version');
		expect(!server.ok && server.message).toContain('connection server');
	});
});
