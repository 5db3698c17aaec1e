import { describe, expect, it } from 'vitest';
import type { SideEffect } from '$lib/domain/records';
import { medicationRecord, sideEffectRecord } from '../../../fixtures/factories';
import { COMMON_SIDE_EFFECTS, expectedFromNotes, sideEffectSummary, suggestions } from '$lib/domain/monitoring/sideEffects';

const medication = (id: string, sideEffectNotes: string) => medicationRecord(id, { sideEffectNotes });
const effect = (name: string, severity: SideEffect['severity']) => sideEffectRecord(name, severity);

describe('expectedFromNotes', () => {
	it('takes the phrase before a colon or a dash on each line, skipping advice', () => {
		expect(expectedFromNotes('dry mouth: sip water\nnausea — take with food; call if a rash appears')).toEqual([
			'dry mouth',
			'nausea'
		]);
	});

	it('reads sentences, en dashes and spaced hyphens, and lower-cases', () => {
		expect(expectedFromNotes('Headache – usually passes in a week. Dizziness - stand up slowly. Take 2.5 mg at night.')).toEqual([
			'headache',
			'dizziness'
		]);
	});

	it('reads bulleted and numbered lists, and does not split hyphenated words', () => {
		const notes =
			'- Sleepiness: take it at bedtime\n* Weight-gain: watch portions\n• Insomnia — morning dose\n2) Sweating: common';
		expect(expectedFromNotes(notes)).toEqual(['sleepiness', 'weight-gain', 'insomnia', 'sweating']);
	});

	it('splits a list of effects before one colon, and names each once', () => {
		expect(expectedFromNotes('Nausea, headache / dizziness: usually pass\nnausea: take with food\r\nNAUSEA — again')).toEqual([
			'nausea',
			'headache',
			'dizziness'
		]);
	});

	it('finds nothing in notes without a separator, or in long sentences that hold one', () => {
		expect(expectedFromNotes('')).toEqual([]);
		expect(expectedFromNotes('Take with food. Call the clinic if anything worries you.')).toEqual([]);
		expect(expectedFromNotes('If you miss a dose and it is nearly time for the next one: skip it')).toEqual([]);
		expect(expectedFromNotes(': nothing before the colon')).toEqual([]);
	});
});

describe('suggestions', () => {
	const medications = [medication('sertraline', 'Nausea: take with food\nsweating — common early'), medication('other', '')];

	it('puts the medication’s expected effects first, then the common ones, each once', () => {
		const list = suggestions(medications, 'sertraline');
		expect(list.slice(0, 2)).toEqual(['nausea', 'sweating']);
		expect(list.slice(2)).toEqual(COMMON_SIDE_EFFECTS.filter((name) => name !== 'nausea'));
		expect(new Set(list).size).toBe(list.length);
	});

	it('offers the common ones without a medication or with an unknown one', () => {
		expect(suggestions(medications, null)).toEqual(COMMON_SIDE_EFFECTS);
		expect(suggestions(medications, 'missing')).toEqual(COMMON_SIDE_EFFECTS);
		expect(suggestions(medications, 'other')).toEqual(COMMON_SIDE_EFFECTS);
		expect(COMMON_SIDE_EFFECTS).toHaveLength(10);
	});
});

describe('sideEffectSummary', () => {
	it('counts each effect with the worst it was, most often first', () => {
		const effects = [
			effect('Nausea', 'mild'),
			effect('headache', 'moderate'),
			effect('nausea ', 'severe'),
			effect('dry mouth', 'mild'),
			effect('nausea', 'moderate'),
			effect('dry mouth', 'mild')
		];
		expect(sideEffectSummary(effects)).toEqual([
			{ effect: 'nausea', count: 3, worst: 'severe' },
			{ effect: 'dry mouth', count: 2, worst: 'mild' },
			{ effect: 'headache', count: 1, worst: 'moderate' }
		]);
	});

	it('puts the more severe first among equal counts, then by name', () => {
		const effects = [effect('b', 'mild'), effect('a', 'mild'), effect('c', 'severe')];
		expect(sideEffectSummary(effects).map((entry) => entry.effect)).toEqual(['c', 'a', 'b']);
		expect(sideEffectSummary([])).toEqual([]);
	});
});
