/**
 * The app lock: what a passcode or passphrase must be, how it is stored, and how long wrong tries wait.
 *
 * Invariants: the secret itself is never stored — only a PBKDF2-SHA256 hash (600,000 iterations, a
 * random 16-byte salt) made through WebCrypto, compared in constant time. The lock keeps people out
 * of Tandem's screens on this device; it does not encrypt the browser's storage, and the screens say so.
 */
import * as v from 'valibot';
import { fromBase64, toBase64 } from './bytes';

export const LOCK_ITERATIONS = 600_000;
export const IDLE_CHOICES = [1, 5, 15, 30, 60] as const;

export type SecretKind = 'passcode' | 'passphrase';

export const LockConfigSchema = v.strictObject({
	version: v.literal(1),
	kind: v.picklist(['passcode', 'passphrase']),
	salt: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
	hash: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
	iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(10_000_000)),
	idleMinutes: v.picklist(IDLE_CHOICES),
	/** A platform authenticator's credential id (fingerprint or face), when the person added one. */
	credentialId: v.nullable(v.pipe(v.string(), v.maxLength(1_024)))
});
export type LockConfig = v.InferOutput<typeof LockConfigSchema>;

export const LockStateSchema = v.strictObject({
	failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** Epoch ms before which no try is accepted. */
	waitUntil: v.pipe(v.number(), v.minValue(0))
});
export type LockState = v.InferOutput<typeof LockStateSchema>;

/** A stored config, or null when there is none or it is not one Tandem wrote. */
export function readLockConfig(raw: string | null): LockConfig | null {
	if (raw === null) return null;
	try {
		const parsed = v.safeParse(LockConfigSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

export function readLockState(raw: string | null): LockState {
	try {
		const parsed = v.safeParse(LockStateSchema, JSON.parse(raw ?? ''));
		if (parsed.success) return parsed.output;
	} catch {
		// A missing or damaged counter starts again from zero tries.
	}
	return { failures: 0, waitUntil: 0 };
}

/** Why a new secret can't be used, or null. */
export function secretProblem(kind: SecretKind, secret: string, repeat: string): string | null {
	if (kind === 'passcode' && !/^\d{6,}$/.test(secret)) return 'A passcode is at least 6 digits, and only digits.';
	if (kind === 'passphrase' && secret.length < 8) return 'A passphrase is at least 8 characters.';
	if (secret !== repeat) return 'The two entries are not the same.';
	return null;
}

/**
 * Seconds to wait after this many wrong tries in a row: two free mistakes, then 5 s, doubling to at
 * most 15 minutes — slow enough to stop guessing through a 6-digit passcode, kind to a shaky thumb.
 */
export function backoffSeconds(failures: number): number {
	if (failures < 3) return 0;
	return Math.min(900, 5 * 2 ** (failures - 3));
}

async function derive(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, [
		'deriveBits'
	]);
	return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
}

export async function createLockConfig(
	kind: SecretKind,
	secret: string,
	idleMinutes: LockConfig['idleMinutes'],
	iterations = LOCK_ITERATIONS
): Promise<LockConfig> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(secret, salt, iterations);
	return { version: 1, kind, salt: toBase64(salt), hash: toBase64(hash), iterations, idleMinutes, credentialId: null };
}

/** Whether the secret matches, compared in constant time over the whole hash. */
export async function secretMatches(config: LockConfig, secret: string): Promise<boolean> {
	const expected = fromBase64(config.hash);
	const actual = await derive(secret, fromBase64(config.salt), config.iterations);
	let difference = expected.length ^ actual.length;
	for (let index = 0; index < expected.length; index++) difference |= expected[index] ^ (actual[index] ?? 0);
	return difference === 0;
}

/** Whether the app has been idle (or hidden) long enough to lock again. */
export function idleExpired(lastActive: number, now: number, idleMinutes: number): boolean {
	return now - lastActive >= idleMinutes * 60_000;
}
