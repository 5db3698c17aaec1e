/**
 * What a relay may hold of a board: sealed blobs it cannot read, forge, or move between boards.
 *
 * Invariants:
 * - Everything comes from the invite's secret with HKDF-SHA-256 (Web Crypto), salted with the room id,
 *   under three distinct `info` strings: the relay's document name, the write token, and the AES-GCM key.
 *   So the relay (or the signaling server, which sees room ids) learns neither the room nor the secret
 *   from the name, and a stranger who knows neither can't find, read or overwrite a board.
 * - A blob is `version ‖ IV ‖ AES-GCM(key, IV, plaintext, AAD)`, with a fresh random 96-bit IV per write.
 *   The AAD names the document and the writer ("owner" or "supporter"), so a blob moved to another
 *   board, or from one writer's slot to the other's, fails authentication like a flipped bit does.
 * - The plaintext repeats the document and writer and carries a write number (`seq`, rising with each
 *   write) and the writer's own clock (`at`): the only times ever shown come from here, never from the
 *   relay. A reader refuses a `seq` lower than one it already accepted (a replayed older blob), and one
 *   more than a day ahead of its own clock (which would make every later genuine blob look replayed).
 * - Opening never throws: a blob is either whole and genuine, or refused with a reason.
 */
import * as v from 'valibot';
import { toBase64Url } from '$lib/domain/bytes';

export const RELAY_FORMAT = 1;
export const WRITERS = ['owner', 'supporter'] as const;
export type Writer = (typeof WRITERS)[number];

/** The board's own bar: no blob, sealed, is larger (MAX_BOARD_BYTES in board.ts). */
export const MAX_BLOB_BYTES = 48 * 1024;
const IV_BYTES = 12;
const HEADER_LIMIT = 1_000;
/** A write number (a millisecond clock) more than a day ahead of this device's clock is not believed. */
const FUTURE_MS = 86_400_000;

export interface RelayKeys {
	/** The relay's name for this board: 256 bits of HKDF output, base64url (43 characters). */
	documentName: string;
	/** Sent to the relay to be allowed to connect and write; the relay keeps only its hash. */
	token: string;
	key: CryptoKey;
}

export interface RelayMessage {
	writer: Writer;
	/** Rises with every write by this writer (a millisecond clock, kept rising). */
	seq: number;
	/** The writer's own clock when it wrote: what "as of" times are read from. */
	at: string;
	/** A Yjs update: what the other side may lack of this writer's doc. */
	update: Uint8Array;
	/** The writer's whole Yjs state vector, so the other side can send only what it lacks. */
	stateVector: Uint8Array;
}

export type OpenResult = { ok: true; message: RelayMessage } | { ok: false; reason: 'not-genuine' | 'too-large' };

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

async function hkdfBits(material: CryptoKey, roomId: string, info: string): Promise<Uint8Array> {
	const bits = await crypto.subtle.deriveBits(
		{ name: 'HKDF', hash: 'SHA-256', salt: utf8(`tandem-relay/${roomId}`), info: utf8(info) },
		material,
		256
	);
	return new Uint8Array(bits);
}

export async function deriveRelayKeys(roomId: string, secret: string): Promise<RelayKeys> {
	const material = await crypto.subtle.importKey('raw', utf8(secret), 'HKDF', false, ['deriveBits', 'deriveKey']);
	const [name, token] = await Promise.all([
		hkdfBits(material, roomId, 'tandem relay document name v1'),
		hkdfBits(material, roomId, 'tandem relay write token v1')
	]);
	const key = await crypto.subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt: utf8(`tandem-relay/${roomId}`), info: utf8('tandem relay board key v1') },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
	return { documentName: toBase64Url(name), token: toBase64Url(token), key };
}

const additionalData = (documentName: string, writer: Writer) => utf8(`tandem-relay/${RELAY_FORMAT}/${documentName}/${writer}`);

const HeaderSchema = v.strictObject({
	v: v.literal(RELAY_FORMAT),
	doc: v.string(),
	writer: v.picklist(WRITERS),
	seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
	at: v.pipe(v.string(), v.isoTimestamp())
});

/** Plaintext: three length-prefixed parts (header JSON, update, state vector). */
function pack(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const size = parts.reduce((sum, part) => sum + 4 + part.byteLength, 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	let at = 0;
	for (const part of parts) {
		view.setUint32(at, part.byteLength);
		out.set(part, at + 4);
		at += 4 + part.byteLength;
	}
	return out;
}

function unpack(bytes: Uint8Array, count: number): Uint8Array[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const parts: Uint8Array[] = [];
	let at = 0;
	for (let index = 0; index < count; index++) {
		if (at + 4 > bytes.byteLength) return null;
		const length = view.getUint32(at);
		if (at + 4 + length > bytes.byteLength) return null;
		parts.push(bytes.slice(at + 4, at + 4 + length));
		at += 4 + length;
	}
	return at === bytes.byteLength ? parts : null;
}

/** Seals one writer's message for this board. Returns null when it would be larger than MAX_BLOB_BYTES. */
export async function sealBlob(keys: RelayKeys, message: RelayMessage): Promise<Uint8Array | null> {
	const header = utf8(
		JSON.stringify({ v: RELAY_FORMAT, doc: keys.documentName, writer: message.writer, seq: message.seq, at: message.at })
	);
	const plaintext = pack([header, message.update, message.stateVector]);
	if (1 + IV_BYTES + plaintext.byteLength + 16 > MAX_BLOB_BYTES) return null;
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: additionalData(keys.documentName, message.writer) },
		keys.key,
		plaintext
	);
	const blob = new Uint8Array(1 + IV_BYTES + sealed.byteLength);
	blob[0] = RELAY_FORMAT;
	blob.set(iv, 1);
	blob.set(new Uint8Array(sealed), 1 + IV_BYTES);
	return blob;
}

/** Opens a blob found in `writer`'s slot of this board; anything changed, moved or malformed is refused. */
export async function openBlob(keys: RelayKeys, writer: Writer, blob: unknown): Promise<OpenResult> {
	if (!(blob instanceof Uint8Array) || blob.byteLength < 1 + IV_BYTES + 16 || blob[0] !== RELAY_FORMAT)
		return { ok: false, reason: 'not-genuine' };
	if (blob.byteLength > MAX_BLOB_BYTES) return { ok: false, reason: 'too-large' };
	let plaintext: Uint8Array;
	try {
		const opened = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: blob.slice(1, 1 + IV_BYTES), additionalData: additionalData(keys.documentName, writer) },
			keys.key,
			blob.slice(1 + IV_BYTES)
		);
		plaintext = new Uint8Array(opened);
	} catch {
		return { ok: false, reason: 'not-genuine' };
	}
	const parts = unpack(plaintext, 3);
	if (!parts || parts[0].byteLength > HEADER_LIMIT) return { ok: false, reason: 'not-genuine' };
	let header: unknown;
	try {
		header = JSON.parse(new TextDecoder().decode(parts[0]));
	} catch {
		return { ok: false, reason: 'not-genuine' };
	}
	const result = v.safeParse(HeaderSchema, header);
	if (!result.success || result.output.doc !== keys.documentName || result.output.writer !== writer)
		return { ok: false, reason: 'not-genuine' };
	const { seq, at } = result.output;
	if (seq > Date.now() + FUTURE_MS) return { ok: false, reason: 'not-genuine' };
	return { ok: true, message: { writer, seq, at, update: parts[1], stateVector: parts[2] } };
}

/** The next write number: the clock, but always above the last one (clocks can step back). */
export function nextSeq(last: number, now = Date.now()): number {
	return Math.max(Math.floor(now), last + 1);
}

/** A write number lower than one already accepted from the same writer is an older blob served again. */
export function isReplay(seq: number, highestSeen: number): boolean {
	return seq < highestSeen;
}
