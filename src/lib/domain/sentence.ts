/** A schema's message ("add a name") as a sentence a form shows: capital first letter, full stop at the end. */
export function asSentence(message: string): string {
	const text = message.charAt(0).toUpperCase() + message.slice(1);
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
