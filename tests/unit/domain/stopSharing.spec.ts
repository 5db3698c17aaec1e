import { describe, expect, it } from 'vitest';
import { renewedText, stoppedText } from '$lib/domain/stopSharing';

describe('what stopping a share says', () => {
	it('promises the copy goes only when the supporter was told, live or through the relay', () => {
		expect(stoppedText('Sam', 'relay', true)).toBe(
			'Stopped sharing with Sam. The link no longer works. Their copy of your board is deleted the next time their Tandem opens, if it isn’t already.'
		);
		expect(stoppedText('Sam', 'live', false)).toContain('Their Tandem was connected, so it was told and deletes its copy');
	});

	it('says plainly when nobody could be told, and why, with what to do', () => {
		const unreachable = stoppedText('Sam', 'not-told', true);
		expect(unreachable).toContain('The relay couldn’t be reached and their Tandem wasn’t connected, so it hasn’t been told');
		expect(unreachable).toContain('their copy of your board stays on their device as it was, and is never updated again');
		expect(unreachable).toContain('You may want to tell Sam yourself.');
		expect(stoppedText('Sam', 'not-told', false)).toContain('Their Tandem wasn’t connected, so it hasn’t been told');
		expect(stoppedText('Sam', 'not-told', false)).not.toContain('relay');
	});
});

describe('what a new link says about the old one', () => {
	it('asks for the new link to be sent, and says when the old board could not be ended', () => {
		expect(renewedText('relay', true)).toBe('New link made. The old one no longer works: send this one instead.');
		expect(renewedText('live', false)).toBe('New link made. The old one no longer works: send this one instead.');
		expect(renewedText('not-told', true)).toContain(
			'The relay couldn’t be reached and their Tandem wasn’t connected, so it hasn’t been told: the board from the old link stays on their device as it was'
		);
	});
});
