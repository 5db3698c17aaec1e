/**
 * The app lock's behaviour: unlocking with the passcode (wrong tries wait longer each time), with the
 * device's fingerprint or face (WebAuthn) where offered, locking again after idle minutes or time
 * away, and setting, changing or removing the lock. Loaded only when a lock is set or being set.
 */
import { rawLockConfig, rawLockState, writeLockConfig, writeLockState } from '$lib/db/deviceLock';
import { fromBase64Url, toBase64Url } from '$lib/domain/bytes';
import {
	backoffSeconds,
	createLockConfig,
	idleExpired,
	readLockConfig,
	readLockState,
	secretMatches,
	type LockConfig,
	type LockState,
	type SecretKind
} from '$lib/domain/lock';
import { lockGate } from './lockGate.svelte';
import { onDataReplaced } from './dataEvents';
import { saving } from './saving.svelte';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

class AppLock {
	config = $state.raw<LockConfig | null>(readLockConfig(rawLockConfig()));
	tries = $state.raw<LockState>(readLockState(rawLockState()));
	#lastActive = Date.now();
	/** Stops the idle watcher; null while it is not running. */
	#stopWatching: (() => void) | null = null;

	constructor() {
		// The lock protected what Delete everything removed: it goes too, in storage and in memory.
		onDataReplaced((event) => {
			if (event === 'erased') this.forget();
		});
	}

	/** Seconds left before another try is accepted. */
	waitLeft(now: number): number {
		return Math.max(0, Math.ceil((this.tries.waitUntil - now) / 1000));
	}

	async unlock(secret: string): Promise<'unlocked' | 'wrong' | 'wait'> {
		const config = this.config;
		if (!config) return this.#open();
		if (this.waitLeft(Date.now()) > 0) return 'wait';
		if (await secretMatches(config, secret)) return this.#open();
		const failures = this.tries.failures + 1;
		this.#saveTries({ failures, waitUntil: Date.now() + backoffSeconds(failures) * 1000 });
		return 'wrong';
	}

	/** Unlocks with the platform authenticator the person registered (user verification required). */
	async unlockWithDevice(): Promise<boolean> {
		const id = this.config?.credentialId;
		if (!id) return false;
		try {
			const assertion = await navigator.credentials.get({
				publicKey: {
					challenge: crypto.getRandomValues(new Uint8Array(32)),
					allowCredentials: [{ type: 'public-key', id: fromBase64Url(id) }],
					userVerification: 'required',
					timeout: 60_000
				}
			});
			if (!assertion) return false;
			this.#open();
			return true;
		} catch {
			return false;
		}
	}

	#open(): 'unlocked' {
		this.#saveTries({ failures: 0, waitUntil: 0 });
		this.#lastActive = Date.now();
		lockGate.locked = false;
		this.watch();
		return 'unlocked';
	}

	lockNow(): void {
		if (this.config) lockGate.locked = true;
	}

	/** Locks again after the chosen idle minutes, or on return after that long away. */
	watch(): void {
		if (this.#stopWatching || typeof window === 'undefined') return;
		const touch = () => (this.#lastActive = Date.now());
		for (const type of ACTIVITY) window.addEventListener(type, touch, { passive: true, capture: true });
		const check = () => {
			const config = this.config;
			if (!config || lockGate.locked) return;
			if (idleExpired(this.#lastActive, Date.now(), config.idleMinutes)) this.lockNow();
		};
		document.addEventListener('visibilitychange', check);
		const timer = setInterval(check, 5_000);
		this.#stopWatching = () => {
			for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
			document.removeEventListener('visibilitychange', check);
			clearInterval(timer);
			this.#stopWatching = null;
		};
	}

	async set(kind: SecretKind, secret: string, idleMinutes: LockConfig['idleMinutes']): Promise<void> {
		const config = await createLockConfig(kind, secret, idleMinutes);
		// A full or refusing storage is told like any failed save; the lock then stays off.
		await saving('turn on the app lock', async () => writeLockConfig(JSON.stringify(config)), { quiet: true });
		this.config = config;
		this.#saveTries({ failures: 0, waitUntil: 0 });
		lockGate.enabled = true;
		this.#lastActive = Date.now();
		this.watch();
	}

	setIdleMinutes(idleMinutes: LockConfig['idleMinutes']): void {
		if (!this.config) return;
		this.#store({ ...this.config, idleMinutes });
	}

	/** Removes the lock, given the current secret. */
	async remove(secret: string): Promise<boolean> {
		if (!this.config || !(await secretMatches(this.config, secret))) return false;
		this.forget();
		return true;
	}

	/**
	 * Forgets the lock: its stored config and tries, this instance's copy, the idle watcher and the gate.
	 * Without a secret only after "Delete everything", which removed what the lock protected.
	 */
	forget(): void {
		writeLockConfig(null);
		this.config = null;
		this.tries = { failures: 0, waitUntil: 0 };
		this.#stopWatching?.();
		lockGate.enabled = false;
		lockGate.locked = false;
	}

	async deviceUnlockAvailable(): Promise<boolean> {
		try {
			return (
				typeof PublicKeyCredential !== 'undefined' && (await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable())
			);
		} catch {
			return false;
		}
	}

	/** Registers this device's fingerprint or face as a second way in; nothing leaves the device. */
	async addDeviceUnlock(): Promise<boolean> {
		if (!this.config) return false;
		try {
			const credential = (await navigator.credentials.create({
				publicKey: {
					challenge: crypto.getRandomValues(new Uint8Array(32)),
					rp: { name: 'Tandem' },
					user: { id: crypto.getRandomValues(new Uint8Array(16)), name: 'Tandem on this device', displayName: 'Tandem' },
					pubKeyCredParams: [
						{ type: 'public-key', alg: -7 },
						{ type: 'public-key', alg: -257 }
					],
					authenticatorSelection: {
						authenticatorAttachment: 'platform',
						userVerification: 'required',
						residentKey: 'discouraged'
					},
					timeout: 60_000
				}
			})) as PublicKeyCredential | null;
			if (!credential) return false;
			this.#store({ ...this.config, credentialId: toBase64Url(new Uint8Array(credential.rawId)) });
			return true;
		} catch {
			return false;
		}
	}

	removeDeviceUnlock(): void {
		if (this.config) this.#store({ ...this.config, credentialId: null });
	}

	#store(config: LockConfig): void {
		writeLockConfig(JSON.stringify(config));
		this.config = config;
	}

	#saveTries(tries: LockState): void {
		this.tries = tries;
		writeLockState(JSON.stringify(tries));
	}
}

export const appLock = new AppLock();
