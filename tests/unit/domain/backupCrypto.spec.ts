import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, isEncryptedBackup, WRONG_PASSPHRASE } from '$lib/domain/backupCrypto';

// Fewer iterations keep the unit tests quick; the app always uses PBKDF2_ITERATIONS (600,000), which the e2e test runs.
const FAST = 100_000;
const JSON_TEXT = JSON.stringify({ format: 'tandem-backup', note: 'Ünïcödé and emoji 🌱' });

describe('encrypted backups', () => {
	it('open with the right passphrase, to exactly the text sealed', async () => {
		const file = await encryptBackup(JSON_TEXT, 'correct horse battery', FAST);
		expect(isEncryptedBackup(file)).toBe(true);
		expect(file).not.toContain('Ünïcödé');
		expect(await decryptBackup(file, 'correct horse battery')).toEqual({ ok: true, json: JSON_TEXT });
	});

	it('use a fresh salt and IV every time', async () => {
		const [first, second] = await Promise.all([
			encryptBackup(JSON_TEXT, 'same passphrase', FAST),
			encryptBackup(JSON_TEXT, 'same passphrase', FAST)
		]);
		const a = JSON.parse(first);
		const b = JSON.parse(second);
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.cipher.iv).not.toBe(b.cipher.iv);
		expect(a.data).not.toBe(b.data);
	});

	it('refuse a wrong passphrase with a plain message', async () => {
		const file = await encryptBackup(JSON_TEXT, 'correct horse battery', FAST);
		expect(await decryptBackup(file, 'correct horse batterY')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
	});

	it('refuse a flipped byte in the ciphertext, and a changed header', async () => {
		const file = JSON.parse(await encryptBackup(JSON_TEXT, 'correct horse battery', FAST));
		const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0));
		bytes[5] ^= 0x01;
		const flipped = JSON.stringify({ ...file, data: btoa(String.fromCharCode(...bytes)) });
		expect(await decryptBackup(flipped, 'correct horse battery')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
		const fewerRounds = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: file.kdf.iterations + 1 } });
		expect(await decryptBackup(fewerRounds, 'correct horse battery')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
	});

	it('refuse damaged files without trying a passphrase', async () => {
		const file = await encryptBackup(JSON_TEXT, 'correct horse battery', FAST);
		expect((await decryptBackup(file.slice(0, -20), 'correct horse battery')).ok).toBe(false);
		const weak = JSON.stringify({ ...JSON.parse(file), kdf: { ...JSON.parse(file).kdf, iterations: 10 } });
		expect(await decryptBackup(weak, 'correct horse battery')).toEqual({
			ok: false,
			message: 'This encrypted backup is damaged or not from Tandem. Nothing was restored.'
		});
		expect(isEncryptedBackup('{"format":"tandem-backup"}')).toBe(false);
	});
});
