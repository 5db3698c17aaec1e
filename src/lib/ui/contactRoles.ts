import type { ContactRole } from '$lib/domain/records/people';

/** How each contact role is named to the person. */
export const ROLE_LABELS: Record<ContactRole, string> = {
	psychiatrist: 'Psychiatrist',
	therapist: 'Therapist',
	gp: 'Doctor (GP)',
	nurse: 'Nurse',
	pharmacist: 'Pharmacist',
	friend: 'Friend',
	family: 'Family',
	other: 'Someone else'
};
