import { describe, expect, it } from 'vitest';
import { detailsFormOf, medicationDetails } from '$lib/domain/medication/detailsForm';
import { medicationRecord } from '../../../fixtures/factories';

const medication = medicationRecord('med-1', {
	name: 'Sertraline',
	purpose: 'mood',
	strength: 50,
	prescriberId: 'dr-okafor',
	sideEffectNotes: 'Nausea at first'
});

describe('correcting a medication’s details', () => {
	it('saves what was there unchanged', () => {
		const result = medicationDetails(detailsFormOf(medication));
		expect(result).toEqual({
			ok: true,
			details: {
				name: 'Sertraline',
				purpose: 'mood',
				form: 'tablet',
				strength: 50,
				unit: 'mg',
				prescriberId: 'dr-okafor',
				sideEffectNotes: 'Nausea at first'
			}
		});
	});

	it('reads a decimal comma, an empty strength as none, and no prescriber as null', () => {
		const input = { ...detailsFormOf(medication), strength: '2,5', prescriberId: '', notes: '  ', purpose: ' sleep ' };
		expect(medicationDetails(input)).toMatchObject({
			ok: true,
			details: { strength: 2.5, prescriberId: null, sideEffectNotes: '', purpose: 'sleep' }
		});
		expect(medicationDetails({ ...input, strength: ' ' })).toMatchObject({ ok: true, details: { strength: null } });
	});

	it('says what a field takes when it is wrong', () => {
		const input = detailsFormOf(medication);
		expect(medicationDetails({ ...input, strength: 'fifty' })).toEqual({
			ok: false,
			message: 'The strength is a number, 0 or more — or leave it empty.'
		});
		expect(medicationDetails({ ...input, name: '  ' })).toEqual({
			ok: false,
			message: 'Please give the medication a name (up to 120 characters).'
		});
		expect(medicationDetails({ ...input, notes: 'x'.repeat(5_000) })).toEqual({
			ok: false,
			message: 'The side-effect notes are too long to save; please shorten them a little.'
		});
	});
});
