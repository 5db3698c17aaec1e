// See https://svelte.dev/docs/kit/types#app.d.ts
/// <reference types="vite-plugin-pwa/client" />
declare global {
	const __APP_VERSION__: string;
	const __BUILD_ID__: string;
	/** Signaling servers new invites use unless Settings → Sharing names others (signaling.config.js). */
	const __SIGNALING_URLS__: string[];
	/** Signaling servers the page's Content Security Policy lets it reach (connect-src). */
	const __ALLOWED_SIGNALING_URLS__: string[];
	/** Relays new invites may name, the first by default (signaling.config.js); empty when built without one. */
	const __RELAY_URLS__: string[];
	/** Relays the page's Content Security Policy lets it reach (connect-src). */
	const __ALLOWED_RELAY_URLS__: string[];
	namespace App {}
}

export {};
