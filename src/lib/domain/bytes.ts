/**
 * Bytes as text, one way everywhere: base64 for files (backups, the lock's salt and hash)
 * and unpadded base64url for what goes in a key name, a link or a relay document name. Decoding throws on text that is not
 * base64 (`atob`'s own error); `fromBase64UrlExact` instead answers null, and only for the one spelling
 * the encoder writes, for text that arrives from outside.
 */

// String.fromCharCode takes its bytes as arguments: a large backup is passed in slices.
const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let index = 0; index < bytes.length; index += SLICE) {
		binary += String.fromCharCode(...bytes.subarray(index, index + SLICE));
	}
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
	return bytes;
}

/** Base64 with `-` and `_` for `+` and `/`, and no `=` padding: safe in a URL and a storage key. */
export function toBase64Url(bytes: Uint8Array): string {
	return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	return fromBase64(padded);
}

/** The bytes of unpadded base64url text, or null when it is not exactly what `toBase64Url` writes. */
export function fromBase64UrlExact(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const bytes = fromBase64Url(text);
	// Stray low bits in the last character decode to the same bytes: only the encoder's spelling is taken.
	return toBase64Url(bytes) === text ? bytes : null;
}
