import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	deriveRelayKeys,
	isReplay,
	MAX_BLOB_BYTES,
	nextSeq,
	openBlob,
	sealBlob,
	type RelayMessage
} from '../../../src/lib/share/relayCrypto';

const ROOM = 'AAECAwQFBgcICQoLDA0ODw';
const SECRET = 'ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8';
const TITLE = 'Sleep better — a goal title';

function message(overrides: Partial<RelayMessage> = {}): RelayMessage {
	return {
		writer: 'owner',
		seq: 1_700_000_000_000,
		at: '2026-03-09T10:14:00.000Z',
		update: new TextEncoder().encode(`{"title":"${TITLE}"}`),
		stateVector: new Uint8Array([1, 2, 3]),
		...overrides
	};
}

const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

describe('relay keys', () => {
	it('are the same from the same invite and reveal neither the room nor the secret', async () => {
		const [one, two] = await Promise.all([deriveRelayKeys(ROOM, SECRET), deriveRelayKeys(ROOM, SECRET)]);
		expect(one.documentName).toBe(two.documentName);
		expect(one.token).toBe(two.token);
		expect(one.documentName).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(one.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(one.documentName).not.toBe(one.token);
		for (const derived of [one.documentName, one.token]) {
			expect(derived).not.toContain(ROOM);
			expect(derived).not.toContain(SECRET.slice(0, 10));
		}
	});

	it('differ for another secret in the same room, and for another room with the same secret', async () => {
		const base = await deriveRelayKeys(ROOM, SECRET);
		const otherSecret = await deriveRelayKeys(ROOM, `${SECRET.slice(0, -1)}A`);
		const otherRoom = await deriveRelayKeys(`${ROOM.slice(0, -1)}A`, SECRET);
		for (const other of [otherSecret, otherRoom]) {
			expect(other.documentName).not.toBe(base.documentName);
			expect(other.token).not.toBe(base.token);
		}
	});
});

describe('sealed blobs', () => {
	it('open to exactly what was sealed, and hold none of the plaintext', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const blob = (await sealBlob(keys, message()))!;
		expect(contains(blob, TITLE)).toBe(false);
		expect(contains(blob, '2026-03-09')).toBe(false);
		expect(await openBlob(keys, 'owner', blob)).toEqual({ ok: true, message: message() });
	});

	it('use a fresh IV every time: the same message never seals to the same bytes', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const [one, two] = await Promise.all([sealBlob(keys, message()), sealBlob(keys, message())]);
		expect(Buffer.from(one!).equals(Buffer.from(two!))).toBe(false);
		expect(Buffer.from(one!.slice(1, 13)).equals(Buffer.from(two!.slice(1, 13)))).toBe(false);
	});

	test.prop([fc.nat(), fc.integer({ min: 0, max: 7 })], { numRuns: 40 })(
		'refuse a blob with any one bit flipped',
		async (at, bit) => {
			const keys = await deriveRelayKeys(ROOM, SECRET);
			const blob = (await sealBlob(keys, message()))!;
			blob[at % blob.length] ^= 1 << bit;
			expect(await openBlob(keys, 'owner', blob)).toEqual({ ok: false, reason: 'not-genuine' });
		}
	);

	it('refuse another board’s blob, and a blob moved to the other writer’s slot', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		const other = await deriveRelayKeys(`${ROOM.slice(0, -1)}A`, `${SECRET.slice(0, -1)}A`);
		const theirs = (await sealBlob(other, message()))!;
		expect(await openBlob(keys, 'owner', theirs)).toEqual({ ok: false, reason: 'not-genuine' });
		const owners = (await sealBlob(keys, message()))!;
		expect(await openBlob(keys, 'supporter', owners)).toEqual({ ok: false, reason: 'not-genuine' });
	});

	it('refuse what is not a blob at all, without throwing', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		for (const junk of [undefined, null, 'text', 42, new Uint8Array(0), new Uint8Array(100), { length: 3 }]) {
			expect(await openBlob(keys, 'owner', junk)).toEqual({ ok: false, reason: 'not-genuine' });
		}
	});

	it('are never larger than the board’s 48 KB bar: a bigger message is not sealed', async () => {
		const keys = await deriveRelayKeys(ROOM, SECRET);
		expect(await sealBlob(keys, message({ update: new Uint8Array(MAX_BLOB_BYTES) }))).toBeNull();
		const fits = await sealBlob(keys, message({ update: new Uint8Array(MAX_BLOB_BYTES - 200) }));
		expect(fits!.byteLength).toBeLessThanOrEqual(MAX_BLOB_BYTES);
	});
});

describe('write numbers', () => {
	test.prop([fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { minLength: 1, maxLength: 50 })])(
		'always rise, even when the clock steps back',
		(clocks) => {
			let last = 0;
			for (const now of clocks) {
				const next = nextSeq(last, now);
				expect(next).toBeGreaterThan(last);
				expect(isReplay(last, next)).toBe(true);
				expect(isReplay(next, next)).toBe(false);
				last = next;
			}
		}
	);
});
