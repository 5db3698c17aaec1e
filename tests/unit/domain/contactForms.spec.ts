import { describe, expect, it } from 'vitest';
import { careTeamContact, customCrisisLine, safetyContact, type ContactFields } from '$lib/domain/contactForms';
import { contactRecord, fieldsOf } from '../../fixtures/factories';

const okafor: ContactFields = {
	name: 'Dr Okafor',
	role: 'psychiatrist',
	phone: '+44 20 7946 0000',
	email: 'okafor@example.org',
	notes: '',
	safetyContact: false
};

describe('a care-team contact', () => {
	it('is saved as typed, the email trimmed', () => {
		expect(careTeamContact({ ...okafor, email: ' okafor@example.org ' })).toEqual({ ok: true, value: okafor });
	});

	it('needs a name, a phone number of digits, and an email that looks complete', () => {
		expect(careTeamContact({ ...okafor, name: ' ' })).toEqual({ ok: false, message: 'Add a name.' });
		expect(careTeamContact({ ...okafor, phone: 'call me' })).toEqual({
			ok: false,
			// The schema's sentence already ends with its full stop: none is added.
			message: 'A phone number can only have digits, spaces and + ( ) - .'
		});
		expect(careTeamContact({ ...okafor, email: 'okafor@' })).toEqual({
			ok: false,
			message: 'That email address doesn’t look complete.'
		});
	});
});

describe('a safety contact', () => {
	it('keeps what the care team knows about the person, and shows under Get help now', () => {
		const existing = contactRecord('okafor', okafor);
		const result = safetyContact({ name: 'Dr Okafor', phone: '020 7946 0001', role: 'psychiatrist' }, existing);
		expect(result).toEqual({ ok: true, value: { ...fieldsOf(existing), phone: '020 7946 0001', safetyContact: true } });
	});

	it('starts with no email or notes for someone new', () => {
		expect(safetyContact({ name: 'Sam', phone: '', role: 'friend' }, null)).toEqual({
			ok: true,
			value: { name: 'Sam', phone: '', role: 'friend', email: '', notes: '', safetyContact: true }
		});
	});
});

describe('a crisis line of the person’s own', () => {
	it('needs a name and a number to call or to text', () => {
		expect(customCrisisLine({ name: 'Night line', call: ' 0800 123 ', text: '' })).toEqual({
			ok: true,
			value: { name: 'Night line', call: '0800 123', text: '', note: '' }
		});
		expect(customCrisisLine({ name: 'Night line', call: ' ', text: '' })).toEqual({
			ok: false,
			message: 'Add a number to call or to text.'
		});
		expect(customCrisisLine({ name: '', call: '0800 123', text: '' })).toEqual({ ok: false, message: 'Add a line’s name.' });
	});
});
