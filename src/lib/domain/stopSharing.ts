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
	const why = hasRelay
		? 'The relay couldn’t be reached and their Tandem wasn’t connected, so it hasn’t been told:'
		: 'Their Tandem wasn’t connected, so it hasn’t been told:';
	return `${stopped} ${why} their copy of your board stays on their device as it was, and is never updated again. You may want to tell ${name} yourself.`;
}
