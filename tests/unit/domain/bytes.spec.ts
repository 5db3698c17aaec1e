import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, fromBase64UrlExact, toBase64, toBase64Url } from '$lib/domain/bytes';

describe('base64', () => {
	test.prop([fc.uint8Array({ maxLength: 300 })])('gives back the bytes it was given', (bytes) => {
		expect(fromBase64(toBase64(bytes))).toEqual(bytes);
	});

	it('matches the standard alphabet and padding', () => {
		expect(toBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('+/+/');
		expect(toBase64(new TextEncoder().encode('Tandem'))).toBe('VGFuZGVt');
		expect(toBase64(new Uint8Array([1]))).toBe('AQ==');
	});

	it('encodes a file larger than one slice of arguments', () => {
		const large = new Uint8Array(200_000).map((_, index) => index % 251);
		expect(fromBase64(toBase64(large))).toEqual(large);
	});

	it('refuses text that is not base64', () => {
		expect(() => fromBase64('not base64!')).toThrow();
	});
});

describe('base64url', () => {
	test.prop([fc.uint8Array({ maxLength: 300 })])('is URL-safe, unpadded, and round-trips', (bytes) => {
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
		expect(fromBase64Url(text)).toEqual(bytes);
		expect(fromBase64UrlExact(text)).toEqual(bytes);
	});

	it('uses - and _ where base64 has + and /', () => {
		expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
		expect(toBase64Url(new Uint8Array([1]))).toBe('AQ');
	});

	it('exact decoding takes only the spelling the encoder writes', () => {
		expect(fromBase64UrlExact('AQ')).toEqual(new Uint8Array([1]));
		// "AR" decodes to the same byte with a stray low bit: a changed link, not the same one.
		expect(fromBase64UrlExact('AR')).toBeNull();
		expect(fromBase64UrlExact('AQ==')).toBeNull();
		expect(fromBase64UrlExact('A+Q')).toBeNull();
		expect(fromBase64UrlExact('AQAAA')).toBeNull();
	});
});
