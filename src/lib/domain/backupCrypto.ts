/**
 * Backups sealed with a passphrase.
 *
 * Invariants: the key comes from the passphrase through PBKDF2-SHA256 (600,000 iterations, a fresh
 * random 16-byte salt per file) and seals the whole backup JSON with AES-GCM (a fresh random 12-byte
 * IV), all through WebCrypto. GCM authenticates the ciphertext and the file's own header, so a wrong
 * passphrase and a changed byte anywhere are the same failure: nothing is returned, nothing is
 * restored. The passphrase and the key never leave this module.
 */
import * as v from 'valibot';
import { fromBase64, toBase64 } from './bytes';

export const ENCRYPTED_FORMAT = 'tandem-backup-encrypted' as const;
export const PBKDF2_ITERATIONS = 600_000;
/** A passphrase shorter than this is guessable offline from a stolen file, however slow the hash. */
export const MIN_PASSPHRASE = 10;

const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'));

const EncryptedSchema = v.strictObject({
	format: v.literal(ENCRYPTED_FORMAT),
	version: v.literal(1),
	note: v.string(),
	kdf: v.strictObject({
		name: v.literal('PBKDF2'),
		hash: v.literal('SHA-256'),
		iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(10_000_000)),
		salt: Base64
	}),
	cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: Base64 }),
	data: Base64
});
export type EncryptedBackup = v.InferOutput<typeof EncryptedSchema>;

export const WRONG_PASSPHRASE =
	'This passphrase doesn’t open this backup — or the file was changed after it was made. Nothing was restored.';

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
		'deriveKey'
	]);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** The header fields GCM also authenticates, so a changed iteration count or salt fails like a changed byte. */
function associatedData(file: Pick<EncryptedBackup, 'format' | 'version' | 'kdf' | 'cipher'>): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(JSON.stringify([file.format, file.version, file.kdf, file.cipher]));
}

/** Seals a backup's JSON text under a passphrase; returns the file's JSON text. */
export async function encryptBackup(json: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const header = {
		format: ENCRYPTED_FORMAT,
		version: 1 as const,
		note: 'An encrypted Tandem backup. Restore it in Tandem with its passphrase.',
		kdf: { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations, salt: toBase64(salt) },
		cipher: { name: 'AES-GCM' as const, iv: toBase64(iv) }
	};
	const key = await keyFrom(passphrase, salt, iterations);
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: associatedData(header) },
		key,
		new TextEncoder().encode(json)
	);
	return JSON.stringify({ ...header, data: toBase64(new Uint8Array(sealed)) });
}

/** Whether a file's text is an encrypted Tandem backup (so restore asks for the passphrase). */
export function isEncryptedBackup(text: string): boolean {
	return text.trimStart().startsWith('{') && text.includes(`"format":"${ENCRYPTED_FORMAT}"`);
}

export type Decryption = { ok: true; json: string } | { ok: false; message: string };

/** Opens an encrypted backup: its JSON text, or one sentence saying why not. */
export async function decryptBackup(text: string, passphrase: string): Promise<Decryption> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This encrypted backup is damaged: it is not complete JSON. Nothing was restored.' };
	}
	const file = v.safeParse(EncryptedSchema, parsed);
	if (!file.success) return { ok: false, message: 'This encrypted backup is damaged or not from Tandem. Nothing was restored.' };
	const { kdf, cipher, data } = file.output;
	try {
		const key = await keyFrom(passphrase, fromBase64(kdf.salt), kdf.iterations);
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64(cipher.iv), additionalData: associatedData(file.output) },
			key,
			fromBase64(data)
		);
		return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
	} catch {
		return { ok: false, message: WRONG_PASSPHRASE };
	}
}
