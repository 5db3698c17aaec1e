/**
 * Side-effect suggestions and summaries. Suggestions come first from what the prescriber said to
 * expect of the chosen medication, then from the effects common to most psychiatric medicines.
 */
import { SEVERITIES, type Medication, type SideEffect } from '../records';

export type Severity = (typeof SEVERITIES)[number];

export const COMMON_SIDE_EFFECTS: string[] = [
	'dry mouth',
	'fatigue',
	'nausea',
	'headache',
	'dizziness',
	'sleepiness',
	'insomnia',
	'weight change',
	'sexual side effects',
	'restlessness'
];

/** Lines, and sentences within them; a full stop inside "2.5 mg" has no space after it and is kept. */
const PIECES = /\r?\n|;|[.!?]\s+/;
/** The effect ends at a colon, a dash, or a hyphen with space around it ("dry-mouth" is one word). */
const SEPARATOR = /:|—|–|\s-{1,2}(?:\s|$)/;
/** List markers a note may start its lines with: "-", "*", "•", "1.", "2)". */
const BULLET = /^(?:[-*•]+|\d+[.)])\s*/;
/** Anything longer is a sentence that happens to hold a colon ("If you miss a dose: …"), not an effect. */
const MAX_EFFECT_LENGTH = 40;

function effectOf(piece: string): string | null {
	const line = piece.trim().replace(BULLET, '');
	const match = SEPARATOR.exec(line);
	if (match === null) return null;
	const effect = line.slice(0, match.index).trim().toLowerCase();
	return effect !== '' && effect.length <= MAX_EFFECT_LENGTH ? effect : null;
}

/**
 * The effects a prescriber's notes name, in order: the phrase before ':' or a dash on each line or
 * sentence ("dry mouth: sip water" → "dry mouth"), split at commas and slashes ("nausea, headache:
 * usually pass" → both). Lines with no such phrase are advice, not effects, and are skipped.
 */
export function expectedFromNotes(notes: string): string[] {
	const effects = new Set<string>();
	for (const piece of notes.split(PIECES)) {
		const phrase = effectOf(piece);
		if (phrase === null) continue;
		for (const effect of phrase.split(/[,/]/)) {
			const name = effect.trim().replace(/[.!?]+$/, '');
			if (name !== '') effects.add(name);
		}
	}
	return [...effects];
}

/** That medication's expected effects first, then the common ones, each once. */
export function suggestions(medications: readonly Medication[], medicationId: string | null): string[] {
	const medication = medicationId === null ? undefined : medications.find((candidate) => candidate.id === medicationId);
	const expected = medication === undefined ? [] : expectedFromNotes(medication.sideEffectNotes);
	return [...new Set([...expected, ...COMMON_SIDE_EFFECTS])];
}

export interface SideEffectCount {
	effect: string;
	count: number;
	worst: Severity;
}

function severityRank(severity: Severity): number {
	return SEVERITIES.indexOf(severity);
}

/**
 * How often each effect was logged and the worst it was. "Dry mouth" and "dry mouth " are one effect;
 * the most often logged come first, then the more severe, then by name.
 */
export function sideEffectSummary(effects: readonly SideEffect[]): SideEffectCount[] {
	const byEffect = new Map<string, SideEffectCount>();
	for (const { effect, severity } of effects) {
		const name = effect.trim().toLowerCase();
		const entry = byEffect.get(name);
		if (entry === undefined) byEffect.set(name, { effect: name, count: 1, worst: severity });
		else {
			entry.count++;
			if (severityRank(severity) > severityRank(entry.worst)) entry.worst = severity;
		}
	}
	return [...byEffect.values()].sort(
		(a, b) => b.count - a.count || severityRank(b.worst) - severityRank(a.worst) || a.effect.localeCompare(b.effect)
	);
}
