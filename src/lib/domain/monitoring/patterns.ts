/**
 * Patterns in the journal, kept honest and simple: two groups of days side by side, each with the
 * number of days behind it, so a mean from three days is never mistaken for a finding. The wording
 * that shows them says "on days with…", never "because of…": nothing here can tell a cause.
 */
import { addDays, type LocalDay } from '../dates';
import type { CareChange, Checkin } from '../records';
import type { Metric } from './series';

export interface Group {
	days: number;
	meanMood: number | null;
}

export interface MetricGroup {
	days: number;
	mean: number | null;
}

/** Sums values as they come, so each pattern is one pass over the journal. */
class Tally {
	days = 0;
	sum = 0;

	add(value: number): void {
		this.days++;
		this.sum += value;
	}

	get mean(): number | null {
		return this.days === 0 ? null : this.sum / this.days;
	}

	group(): Group {
		return { days: this.days, meanMood: this.mean };
	}
}

/**
 * Mood on days whose check-in records at least `threshold` hours of sleep (the night before that
 * day) against days with less. Days missing either answer are left out of both.
 */
export function moodBySleep(checkins: readonly Checkin[], threshold = 7): { withEnough: Group; withLess: Group } {
	const enough = new Tally();
	const less = new Tally();
	for (const { mood, sleepHours } of checkins) {
		if (mood === null || sleepHours === null) continue;
		(sleepHours >= threshold ? enough : less).add(mood);
	}
	return { withEnough: enough.group(), withLess: less.group() };
}

export interface TagPattern {
	tag: string;
	withTag: Group;
	withoutTag: Group;
}

/** Tags as the person wrote them, without repeats on one day or stray spaces. */
function tagsOf(checkin: Checkin): Set<string> {
	return new Set(checkin.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''));
}

/**
 * Mood on days with each tag against days without it, among days that have a mood. Only tags with
 * at least `minDays` days on each side are shown: fewer would be chance dressed up as a pattern.
 * The largest differences, either way, come first.
 */
export function moodByTag(checkins: readonly Checkin[], minDays = 5): TagPattern[] {
	const all = new Tally();
	const byTag = new Map<string, Tally>();
	for (const checkin of checkins) {
		if (checkin.mood === null) continue;
		all.add(checkin.mood);
		for (const tag of tagsOf(checkin)) {
			let tally = byTag.get(tag);
			if (tally === undefined) byTag.set(tag, (tally = new Tally()));
			tally.add(checkin.mood);
		}
	}
	const patterns: (TagPattern & { difference: number })[] = [];
	for (const [tag, withTag] of byTag) {
		const without = new Tally();
		without.days = all.days - withTag.days;
		without.sum = all.sum - withTag.sum;
		if (withTag.days < minDays || without.days < minDays) continue;
		patterns.push({ tag, withTag: withTag.group(), withoutTag: without.group(), difference: withTag.mean! - without.mean! });
	}
	patterns.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.tag.localeCompare(b.tag));
	return patterns.map(({ tag, withTag, withoutTag }) => ({ tag, withTag, withoutTag }));
}

/**
 * A metric in the `days` days before a care change (the change day not included) against the change
 * day and the `days - 1` after it. Each side counts only the days that have a value.
 */
export function beforeAfterChange(
	checkins: readonly Checkin[],
	change: Pick<CareChange, 'day'>,
	metric: Metric,
	days = 14
): { before: MetricGroup; after: MetricGroup } {
	const firstBefore: LocalDay = addDays(change.day, -days);
	const lastAfter: LocalDay = addDays(change.day, days - 1);
	const before = new Tally();
	const after = new Tally();
	for (const checkin of checkins) {
		const value = checkin[metric];
		if (value === null || checkin.day < firstBefore || checkin.day > lastAfter) continue;
		(checkin.day < change.day ? before : after).add(value);
	}
	return { before: { days: before.days, mean: before.mean }, after: { days: after.days, mean: after.mean } };
}
