/**
 * What stopping a share achieved, said plainly: whether the supporter's Tandem was told, and so whether
 * its copy of the board goes. A supporter hears of it live (connected at that moment) or later from the
 * relay; when neither was possible their copy stays as it was, and the person should know that.
 */

/** 'relay': the relay holds the ended board; 'live': only a connected supporter was told; 'not-told': neither. */
export type StopOutcome = 'relay' | 'live' | 'not-told';

export function stoppedText(name: string, outcome: StopOutcome, hasRelay: boolean): string {
	const stopped = `Stopped sharing with ${name}. The link no longer works.`;
	if (outcome === 'relay')
		return `${stopped} Their copy of your board is deleted the next time their Tandem opens, if it isn’t already.`;
	if (outcome === 'live') return `${stopped} Their Tandem was connected, so it was told and deletes its copy of your board.`;
	return `${stopped} ${notTold(hasRelay)} their copy of your board stays on their device as it was, and is never updated again. You may want to tell ${name} yourself.`;
}

/** After a new link: the old board ends like a stopped one, and the supporter needs the new link either way. */
export function renewedText(outcome: StopOutcome, hasRelay: boolean): string {
	const made = 'New link made. The old one no longer works: send this one instead.';
	if (outcome !== 'not-told') return made;
	return `${made} ${notTold(hasRelay)} the board from the old link stays on their device as it was, and is never updated again.`;
}

function notTold(hasRelay: boolean): string {
	return hasRelay
		? 'The relay couldn’t be reached and their Tandem wasn’t connected, so it hasn’t been told:'
		: 'Their Tandem wasn’t connected, so it hasn’t been told:';
}
