import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryLines, displayNumber, guessCountry } from '$lib/domain/crisisLines';

describe('crisis lines', () => {
	it('has the published lines and emergency numbers', () => {
		expect(countryLines('US')?.lines[0].call).toBe('988');
		expect(countryLines('CA')?.lines[0].text).toBe('988');
		expect(countryLines('GB')?.lines[0].call).toBe('116123');
		expect(countryLines('IE')?.emergency).toEqual(['112', '999']);
		expect(countryLines('AU')?.lines[0].call).toBe('131114');
		expect(countryLines('AU')?.emergency).toEqual(['000']);
		expect(countryLines('GB')?.emergency).toContain('999');
		expect(countryLines('US')?.emergency).toEqual(['911']);
		expect(countryLines('EU')?.emergency).toEqual(['112']);
	});

	it('only dials digits', () => {
		for (const country of COUNTRIES) {
			for (const line of country.lines) {
				if (line.call) expect(line.call).toMatch(/^\d+$/);
				if (line.text) expect(line.text).toMatch(/^\d+$/);
			}
		}
	});

	it('guesses the country from language tags and falls back to none', () => {
		expect(guessCountry(['en-GB', 'en'])).toBe('GB');
		expect(guessCountry(['fr', 'en-AU'])).toBe('AU');
		expect(guessCountry(['de-DE'])).toBe('');
	});

	it('shows numbers the way they are said', () => {
		expect(displayNumber('116123')).toBe('116 123');
		expect(displayNumber('988')).toBe('988');
	});
});
