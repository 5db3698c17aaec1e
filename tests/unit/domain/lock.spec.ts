import { describe, expect, it } from 'vitest';
import {
	backoffSeconds,
	createLockConfig,
	idleExpired,
	readLockConfig,
	readLockState,
	secretMatches,
	secretProblem
} from '$lib/domain/lock';

// Fewer iterations keep the unit tests quick; the app uses LOCK_ITERATIONS (600,000), which the e2e test checks.
const FAST = 100_000;

describe('the app lock', () => {
	it('asks for six or more digits for a passcode and eight characters for a passphrase', () => {
		expect(secretProblem('passcode', '12345', '12345')).toBe('A passcode is at least 6 digits, and only digits.');
		expect(secretProblem('passcode', '12345a', '12345a')).toBe('A passcode is at least 6 digits, and only digits.');
		expect(secretProblem('passcode', '123456', '123457')).toBe('The two entries are not the same.');
		expect(secretProblem('passcode', '123456', '123456')).toBeNull();
		expect(secretProblem('passphrase', 'seven77', 'seven77')).toBe('A passphrase is at least 8 characters.');
		expect(secretProblem('passphrase', 'blue kettle', 'blue kettle')).toBeNull();
	});

	it('stores a salted hash that matches only the secret, never the secret itself', async () => {
		const config = await createLockConfig('passcode', '482916', 5, FAST);
		expect(JSON.stringify(config)).not.toContain('482916');
		expect(await secretMatches(config, '482916')).toBe(true);
		expect(await secretMatches(config, '482917')).toBe(false);
		expect(await secretMatches(config, '')).toBe(false);
		const again = await createLockConfig('passcode', '482916', 5, FAST);
		expect(again.salt).not.toBe(config.salt);
		expect(again.hash).not.toBe(config.hash);
	});

	it('reads back only a config Tandem wrote', async () => {
		const config = await createLockConfig('passphrase', 'blue kettle', 15, FAST);
		expect(readLockConfig(JSON.stringify(config))).toEqual(config);
		expect(readLockConfig(null)).toBeNull();
		expect(readLockConfig('not json')).toBeNull();
		expect(readLockConfig(JSON.stringify({ ...config, iterations: 10 }))).toBeNull();
		expect(readLockState('garbage')).toEqual({ failures: 0, waitUntil: 0 });
	});

	it('lets two mistakes go, then waits 5 s, doubling up to 15 minutes', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 10, 30].map(backoffSeconds)).toEqual([0, 0, 0, 5, 10, 20, 40, 640, 900]);
	});

	it('locks again once the idle minutes have passed, not before', () => {
		expect(idleExpired(0, 59_999, 1)).toBe(false);
		expect(idleExpired(0, 60_000, 1)).toBe(true);
	});
});
