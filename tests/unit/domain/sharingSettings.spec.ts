import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	blockedSignalingUrls,
	MAX_SIGNALING_URLS,
	parseSharingSettings,
	reachableRelay,
	relayUrlInUse,
	sharingSettingsText,
	SignalingUrlsSchema
} from '$lib/domain/sharingSettings';

/** The refusal message, or a failed test naming what was accepted. */
function refusal(signaling: string, ice = ''): string {
	const result = parseSharingSettings(signaling, ice);
	if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
	return result.message;
}

describe('signaling servers', () => {
	it('leaves both lists empty when nothing is typed, so the build’s own servers are used', () => {
		expect(parseSharingSettings('', '')).toEqual({ ok: true, value: { signalingUrls: [], iceServers: [] } });
		expect(parseSharingSettings('  \n\n ', '\n')).toEqual({ ok: true, value: { signalingUrls: [], iceServers: [] } });
	});

	it('accepts ws:// and wss:// addresses, one a line, trimmed', () => {
		const result = parseSharingSettings(' wss://signal.example\r\nws://127.0.0.1:4444/path \n', '');
		expect(result).toEqual({
			ok: true,
			value: { signalingUrls: ['wss://signal.example', 'ws://127.0.0.1:4444/path'], iceServers: [] }
		});
	});

	it.each([
		['an http address', 'http://signal.example'],
		['a script', 'javascript:alert(1)'],
		['an address carrying a user name and password', 'wss://user:password@signal.example'],
		['text that is not an address', 'signal.example']
	])('refuses %s with one sentence about signaling', (_, url) => {
		const message = refusal(`wss://good.example\n${url}`);
		expect(message).toMatch(/^Check the signaling servers: .+\.$/);
		expect(message).not.toContain('\n');
	});

	it(`refuses more than ${MAX_SIGNALING_URLS} servers`, () => {
		const urls = Array.from({ length: MAX_SIGNALING_URLS + 1 }, (_, i) => `wss://s${i}.example`);
		expect(refusal(urls.join('\n'))).toBe(`Check the signaling servers: at most ${MAX_SIGNALING_URLS} signaling addresses.`);
		expect(parseSharingSettings(urls.slice(1).join('\n'), '').ok).toBe(true);
	});

	it('refuses an address longer than 300 characters', () => {
		expect(refusal(`wss://signal.example/${'a'.repeat(300)}`)).toContain('too long');
	});

	it('SignalingUrlsSchema needs at least one address (an invite cannot have none)', () => {
		expect(v.is(SignalingUrlsSchema, [])).toBe(false);
		expect(v.is(SignalingUrlsSchema, ['wss://signal.example'])).toBe(true);
		expect(v.is(SignalingUrlsSchema, ['https://signal.example'])).toBe(false);
	});
});

describe('ICE servers', () => {
	it('accepts STUN alone and TURN with a user name and password', () => {
		const ice = ['stun:stun.example:3478', 'turn:turn.example:3478 user pass', 'turns:turn.example:5349?transport=tcp user pass'];
		expect(parseSharingSettings('', ice.join('\n'))).toEqual({
			ok: true,
			value: {
				signalingUrls: [],
				iceServers: [
					{ urls: 'stun:stun.example:3478' },
					{ urls: 'turn:turn.example:3478', username: 'user', credential: 'pass' },
					{ urls: 'turns:turn.example:5349?transport=tcp', username: 'user', credential: 'pass' }
				]
			}
		});
	});

	it.each([
		['no user name', 'turn:turn.example:3478'],
		['no password', 'turn:turn.example:3478 user'],
		['TLS and no password', 'turns:turn.example:5349 user']
	])('refuses a TURN server with %s', (_, line) => {
		expect(refusal('', line)).toBe('Check the ICE servers: a TURN server needs a user name and a password.');
	});

	it.each([
		['an http address', 'http://turn.example'],
		['a script', 'javascript:alert(1)'],
		['a made-up scheme', 'stunx:host:3478'],
		['a path', 'stun:host:3478/path'],
		['another transport', 'turn:host:3478?transport=sctp user pass'],
		['a bare word', 'garbage']
	])('refuses %s as an ICE server', (_, line) => {
		expect(refusal('', line)).toMatch(/^Check the ICE servers: .+\.$/);
	});

	it('refuses more than five ICE servers', () => {
		const ice = Array.from({ length: 6 }, (_, i) => `stun:s${i}.example:3478`).join('\n');
		expect(refusal('', ice)).toBe('Check the ICE servers: at most 5 ICE servers.');
	});

	it('refuses a line with more than an address, a user name and a password, rather than dropping words', () => {
		expect(refusal('', 'turn:turn.example:3478 user pass word')).toBe(
			'Check the ICE servers: each line is an address, then a user name and a password, with no spaces inside them.'
		);
	});

	it('refuses a server the build’s security policy would block, naming the ones it allows', () => {
		const allowed = ['ws://127.0.0.1:4444', 'wss://signal.example.org'];
		const result = parseSharingSettings('wss://signal.example.org/room\nwss://other.example.org', '', allowed);
		expect(result).toEqual({
			ok: false,
			message:
				'This copy of Tandem may only reach the signaling servers it was built with (ws://127.0.0.1:4444, wss://signal.example.org), so it can’t use wss://other.example.org. To use your own, build Tandem with TANDEM_SIGNALING_URLS (see the README).'
		});
		expect(parseSharingSettings('wss://signal.example.org/room', '', allowed).ok).toBe(true);
		expect(blockedSignalingUrls(['ws://127.0.0.1:4444', 'ws://127.0.0.1:4445', 'wss://127.0.0.1:4444'], allowed)).toEqual([
			'ws://127.0.0.1:4445',
			'wss://127.0.0.1:4444'
		]);
	});

	it('says why a signaling address with a user name is refused', () => {
		expect(refusal('wss://user:secret@signal.example', '')).toBe(
			'Check the signaling servers: a signaling address can’t contain a user name or password.'
		);
	});

	it('names the signaling servers first when both are wrong', () => {
		expect(refusal('http://signal.example', 'garbage')).toMatch(/^Check the signaling servers/);
	});
});

describe('the Settings text', () => {
	it('round-trips: parse → text → parse gives the same settings', () => {
		const first = parseSharingSettings(
			'wss://signal.example\nws://127.0.0.1:4444',
			'stun:stun.example:3478\nturns:turn.example:5349?transport=tcp user pass'
		);
		if (!first.ok) throw new Error(first.message);
		const text = sharingSettingsText(first.value);
		expect(text).toEqual({
			signaling: 'wss://signal.example\nws://127.0.0.1:4444',
			ice: 'stun:stun.example:3478\nturns:turn.example:5349?transport=tcp user pass'
		});
		expect(parseSharingSettings(text.signaling, text.ice)).toEqual(first);
	});

	it('writes empty settings as empty text', () => {
		expect(sharingSettingsText({ signalingUrls: [], iceServers: [] })).toEqual({ signaling: '', ice: '' });
	});
});

describe('the relay new invites name', () => {
	const built = ['ws://127.0.0.1:4455'];
	const allowed = ['ws://127.0.0.1:4455', 'ws://localhost:4455'];

	it('is the build’s first by default, the person’s choice if the build may reach it, and none when they chose none', () => {
		expect(relayUrlInUse(undefined, built, allowed)).toBe('ws://127.0.0.1:4455');
		expect(relayUrlInUse('ws://localhost:4455', built, allowed)).toBe('ws://localhost:4455');
		expect(relayUrlInUse(null, built, allowed)).toBeNull();
	});

	it('falls back to the build’s own when the choice is one this build can no longer reach, and is none in a build without one', () => {
		expect(relayUrlInUse('wss://gone.example', built, allowed)).toBe('ws://127.0.0.1:4455');
		expect(relayUrlInUse(undefined, [], [])).toBeNull();
	});

	it('is used from an invite only when the page’s policy lets it connect there', () => {
		expect(reachableRelay('ws://localhost:4455/', allowed)).toBe('ws://localhost:4455/');
		expect(reachableRelay('wss://elsewhere.example', allowed)).toBeNull();
		expect(reachableRelay(null, allowed)).toBeNull();
		expect(reachableRelay(undefined, allowed)).toBeNull();
	});
});
