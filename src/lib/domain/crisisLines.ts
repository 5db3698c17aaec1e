/**
 * Default crisis lines by country. Numbers change rarely but do change: keep them here, in one place,
 * with the date they were last checked (docs/instruments.md). The person can add their own.
 */
export const CRISIS_LINES_CHECKED = '2026-11-01';

export interface CrisisLine {
	name: string;
	/** Digits to dial, used for the tel: link. */
	call?: string;
	/** Digits to text, used for the sms: link. */
	text?: string;
	/** A web address, for directories. */
	url?: string;
	description: string;
}

export interface CountryLines {
	code: string;
	country: string;
	emergency: string[];
	lines: CrisisLine[];
}

export const FIND_A_HELPLINE: CrisisLine = {
	name: 'Find A Helpline',
	url: 'https://findahelpline.com',
	description: 'Free, confidential helplines in more than 130 countries.'
};

export const COUNTRIES: CountryLines[] = [
	{
		code: 'US',
		country: 'United States',
		emergency: ['911'],
		lines: [{ name: '988 Suicide & Crisis Lifeline', call: '988', text: '988', description: 'Call or text 988, any time.' }]
	},
	{
		code: 'CA',
		country: 'Canada',
		emergency: ['911'],
		lines: [{ name: '9-8-8 Suicide Crisis Helpline', call: '988', text: '988', description: 'Call or text 988, any time.' }]
	},
	{
		code: 'GB',
		country: 'United Kingdom',
		emergency: ['999', '112'],
		lines: [{ name: 'Samaritans', call: '116123', description: 'Call 116 123 free, day or night.' }]
	},
	{
		code: 'IE',
		country: 'Ireland',
		emergency: ['112', '999'],
		lines: [{ name: 'Samaritans', call: '116123', description: 'Call 116 123 free, day or night.' }]
	},
	{
		code: 'AU',
		country: 'Australia',
		emergency: ['000'],
		lines: [{ name: 'Lifeline', call: '131114', text: '0477131114', description: 'Call 13 11 14 or text 0477 13 11 14.' }]
	},
	{
		code: 'NZ',
		country: 'New Zealand',
		emergency: ['111'],
		lines: [{ name: 'Need to talk?', call: '1737', text: '1737', description: 'Call or text 1737, free, any time.' }]
	},
	{ code: 'EU', country: 'European Union', emergency: ['112'], lines: [] }
];

export function countryLines(code: string): CountryLines | undefined {
	return COUNTRIES.find((entry) => entry.code === code);
}

/** Guess a country from the browser's language tags (en-GB → GB); the person can change it. */
export function guessCountry(languages: readonly string[]): string {
	for (const tag of languages) {
		const region = tag.split('-')[1]?.toUpperCase();
		if (region && COUNTRIES.some((entry) => entry.code === region)) return region;
	}
	return '';
}

/** How a number is shown: 116123 → "116 123", 988 → "988". */
export function displayNumber(digits: string): string {
	if (digits.length <= 4) return digits;
	if (digits === '116123') return '116 123';
	if (digits === '131114') return '13 11 14';
	if (digits === '0477131114') return '0477 13 11 14';
	return digits;
}
