/**
 * Correcting what describes a medication (name, what it is for, form, strength, prescriber, notes),
 * checked with the record's own schema. The dose plan is not here: it changes only from a day, as a
 * care change (planChanges, medicationForm).
 */
import * as v from 'valibot';
import { MedicationSchema, type Medication } from '../records';

export type MedicationDetails = Pick<
	Medication,
	'name' | 'purpose' | 'form' | 'strength' | 'unit' | 'prescriberId' | 'sideEffectNotes'
>;

/** The fields as typed: the strength as text, so a half-typed number is still the person's. */
export interface DetailsFormInput {
	name: string;
	purpose: string;
	form: Medication['form'];
	strength: string;
	unit: Medication['unit'];
	prescriberId: string;
	notes: string;
}

const DetailsSchema = v.pick(MedicationSchema, [
	'name',
	'purpose',
	'form',
	'strength',
	'unit',
	'prescriberId',
	'sideEffectNotes'
]);

/** One sentence per field that can be wrong, saying what it takes. */
const PROBLEMS: Partial<Record<keyof MedicationDetails, string>> = {
	name: 'Please give the medication a name (up to 120 characters).',
	purpose: 'Please keep “what it is for” under 200 characters.',
	strength: 'The strength is a number, 0 or more — or leave it empty.',
	sideEffectNotes: 'The side-effect notes are too long to save; please shorten them a little.'
};

export function detailsFormOf(medication: Medication): DetailsFormInput {
	return {
		name: medication.name,
		purpose: medication.purpose,
		form: medication.form,
		strength: medication.strength === null ? '' : String(medication.strength),
		unit: medication.unit,
		prescriberId: medication.prescriberId ?? '',
		notes: medication.sideEffectNotes
	};
}

/** The details to save, or the first problem in words. */
export function medicationDetails(
	input: DetailsFormInput
): { ok: true; details: MedicationDetails } | { ok: false; message: string } {
	const result = v.safeParse(DetailsSchema, {
		name: input.name,
		purpose: input.purpose.trim(),
		form: input.form,
		// A comma is a decimal point in much of the world.
		strength: input.strength.trim() === '' ? null : Number(input.strength.replace(',', '.')),
		unit: input.unit,
		prescriberId: input.prescriberId || null,
		sideEffectNotes: input.notes.trim()
	});
	if (result.success) return { ok: true, details: result.output };
	const field = String(result.issues[0].path?.[0]?.key ?? '') as keyof MedicationDetails;
	return { ok: false, message: PROBLEMS[field] ?? 'Please check the details.' };
}
