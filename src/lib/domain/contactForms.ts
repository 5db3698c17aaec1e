/**
 * The forms that add people and lines: a care-team contact, a safety contact (from Get help now) and a
 * crisis line of the person's own. Each answers the fields to save, or the first problem as a sentence.
 * Loaded when a form is saved, so the crisis screen itself opens at once.
 */
import * as v from 'valibot';
import { ContactSchema, CrisisLineSchema, type Contact, type CustomCrisisLine } from './records/people';
import { asSentence } from './sentence';

export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const CareTeamDraft = v.pick(ContactSchema, ['name', 'role', 'phone', 'email', 'notes', 'safetyContact']);
const SafetyContactDraft = v.pick(ContactSchema, ['name', 'phone', 'role']);

/** Enough to be an address; the mail app is the real check. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

export function careTeamContact(input: ContactFields): Checked<ContactFields> {
	const result = v.safeParse(CareTeamDraft, { ...input, email: input.email.trim() });
	if (!result.success) return { ok: false, message: asSentence(result.issues[0].message) };
	if (result.output.email && !LOOKS_LIKE_EMAIL.test(result.output.email)) {
		return { ok: false, message: 'That email address doesn’t look complete.' };
	}
	return { ok: true, value: result.output };
}

/** A safety contact keeps what the care team knows about them (email, notes); it is shown under Get help now. */
export function safetyContact(input: Pick<Contact, 'name' | 'phone' | 'role'>, existing: Contact | null): Checked<ContactFields> {
	const result = v.safeParse(SafetyContactDraft, input);
	if (!result.success) return { ok: false, message: asSentence(result.issues[0].message) };
	return {
		ok: true,
		value: { email: existing?.email ?? '', notes: existing?.notes ?? '', ...result.output, safetyContact: true }
	};
}

export function customCrisisLine(input: Pick<CustomCrisisLine, 'name' | 'call' | 'text'>): Checked<CustomCrisisLine> {
	const result = v.safeParse(CrisisLineSchema, { name: input.name, call: input.call.trim(), text: input.text.trim(), note: '' });
	if (!result.success) return { ok: false, message: asSentence(result.issues[0].message) };
	if (!result.output.call && !result.output.text) return { ok: false, message: 'Add a number to call or to text.' };
	return { ok: true, value: result.output };
}
