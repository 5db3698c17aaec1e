/**
 * Keyboard steps through a chart's points, the way a slider moves: one tab stop for the whole
 * chart, arrows for the neighbouring point, Page Up/Down for a bigger jump, Home/End for the ends.
 */

/** How far Page Up/Down jump: a tenth of the points, at least seven (a week of daily points). */
export function pageStep(count: number): number {
	return Math.max(7, Math.round(count / 10));
}

/** The point a key moves to, or null when the key is not one of ours (let the browser have it). */
export function nextIndex(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	const last = count - 1;
	const clamp = (value: number) => Math.min(last, Math.max(0, value));
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return clamp(index + 1);
		case 'ArrowLeft':
		case 'ArrowDown':
			return clamp(index - 1);
		case 'PageUp':
			return clamp(index + pageStep(count));
		case 'PageDown':
			return clamp(index - pageStep(count));
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}
