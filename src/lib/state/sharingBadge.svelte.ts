/**
 * How many things from supporters wait for the owner (new encouragement, suggested steps, dose
 * reminders), for the count on the Sharing entry. Set by the sharing runtime, which loads only when a
 * share exists; this module itself is tiny, so the navigation can show the count without loading sharing.
 */
class SharingBadge {
	count = $state(0);
	/** The newest dose reminder's words, for a screen reader (the notice is quiet: it never covers anything). */
	announcement = $state('');
}

export const sharingBadge = new SharingBadge();
