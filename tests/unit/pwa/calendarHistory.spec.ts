import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect } from 'vitest';
import { addDays, type LocalDay } from '$lib/domain/dates';
import type { DoseSlot, ScheduleDraft } from '$lib/domain/medication/plan';
import type { PlanOperation } from '$lib/domain/medication/timeline';
import { instantAt } from '$lib/domain/medication/zone';
import type { Routine } from '$lib/domain/records';
import { medicationRecord, slotRecord } from '../../fixtures/factories';
import { importFiles } from '../../fixtures/icalApply';
import { calendarDoses, Exports, operate, timetableLines, windowAfter, withMedication, type Plan } from './calendarKit';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney'];
// Each month ahead crosses a change of the clocks in all three zones (March–April, October–November).
const FIRST_DAYS = ['2026-02-20', '2026-03-15', '2026-09-25', '2026-10-20'];
const ROUTINES: Routine[] = [
	{ wake: '07:00', breakfast: '08:00', lunch: '12:30', dinner: '18:30', bedtime: '22:30' },
	// Bedtimes after midnight: the last dose of a routine day falls on the next calendar day.
	{ wake: '07:30', breakfast: '08:00', lunch: '13:00', dinner: '19:30', bedtime: '00:30' },
	{ wake: '09:00', breakfast: '09:30', lunch: '14:00', dinner: '20:00', bedtime: '01:30' },
	{ wake: '06:00', breakfast: '06:30', lunch: '12:00', dinner: '18:00', bedtime: '22:00' }
];

// Clock times in the gap or the overlap somewhere (00:30–02:59), and ordinary ones.
const slotArbitrary: fc.Arbitrary<Omit<DoseSlot, 'id'>> = fc.oneof(
	fc.constantFrom('breakfast', 'dinner', 'bedtime').map((anchor) => ({ anchor, time: null, amount: 0 })),
	fc
		.constantFrom('00:30', '01:00', '01:30', '02:00', '02:30', '02:59', '08:00', '23:45')
		.map((time) => ({ anchor: null, time, amount: 0 }))
);

const draftArbitrary = (from: LocalDay): fc.Arbitrary<ScheduleDraft> =>
	fc
		.record({
			slots: fc.array(slotArbitrary, { minLength: 1, maxLength: 2 }),
			amount: fc.integer({ min: 1, max: 8 }).map((n) => n * 25),
			recurrence: fc.oneof(
				fc.constant({ kind: 'daily' as const }),
				fc
					.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 })
					.map((days) => ({ kind: 'weekdays' as const, days })),
				fc.record({ n: fc.integer({ min: 2, max: 4 }), lag: fc.integer({ min: 0, max: 5 }) }).map(({ n, lag }) => ({
					kind: 'everyNDays' as const,
					n,
					from: addDays(from, lag)
				}))
			),
			titrating: fc.boolean()
		})
		.map(({ slots, amount, recurrence, titrating }) => ({
			slots: slots.map((slot, index) => slotRecord(`slot${index}`, { ...slot, amount })),
			recurrence,
			titration: titrating
				? {
						kind: 'linear' as const,
						direction: 'up' as const,
						from,
						start: amount,
						step: 25,
						intervalDays: 4,
						target: amount + 75
					}
				: null,
			prn: null,
			takeHomeDays: [],
			from,
			until: null
		}));

interface Story {
	timeZone: string;
	routine: Routine;
	first: LocalDay;
	drafts: ScheduleDraft[];
	asNeeded: boolean;
	/** What happens on each day of the story: an export, or an operation on one of the two medicines. */
	steps: {
		day: number;
		minute: number;
		kind: 'export' | 'change' | 'pause' | 'resume' | 'stop' | 'crossTaper';
		medication: number;
		offset: number;
		length: number;
		next: ScheduleDraft;
	}[];
	/** Which exports a second calendar imported (the last one always). */
	missed: boolean[];
}

const storyArbitrary: fc.Arbitrary<Story> = fc
	.record({ timeZone: fc.constantFrom(...ZONES), routine: fc.constantFrom(...ROUTINES), first: fc.constantFrom(...FIRST_DAYS) })
	.chain(({ timeZone, routine, first }) =>
		fc.record({
			timeZone: fc.constant(timeZone),
			routine: fc.constant(routine),
			first: fc.constant(first),
			drafts: fc.tuple(draftArbitrary(first), draftArbitrary(addDays(first, 3))),
			asNeeded: fc.boolean(),
			steps: fc.array(
				fc.record({
					day: fc.integer({ min: 0, max: 30 }),
					minute: fc.integer({ min: 0, max: 1439 }),
					kind: fc.constantFrom('export', 'export', 'change', 'pause', 'resume', 'stop', 'crossTaper'),
					medication: fc.integer({ min: 0, max: 1 }),
					offset: fc.integer({ min: -2, max: 10 }),
					length: fc.integer({ min: -1, max: 10 }),
					next: draftArbitrary(first)
				}),
				{ minLength: 1, maxLength: 6 }
			),
			missed: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 })
		})
	);

const IDS = ['a', 'b'];

/** The operation a step stands for, from the day it happens on. */
function operationOf(step: Story['steps'][number], today: LocalDay): PlanOperation | null {
	const day = addDays(today, step.offset);
	const next = { ...step.next, from: day };
	switch (step.kind) {
		case 'change':
			return { kind: 'change', day, next };
		case 'pause':
			return { kind: 'pause', day };
		case 'resume':
			return { kind: 'resume', day, next };
		case 'stop':
			return { kind: 'stop', lastDay: day };
		case 'crossTaper':
			return { kind: 'taperOff', day, lastDay: addDays(day, step.length), taper: step.length >= 0 ? next : null };
		default:
			return null;
	}
}

describe('exports over time, whatever the plan does', () => {
	test.prop([storyArbitrary], { numRuns: 100 })(
		'each file imported over the earlier ones holds, for the month ahead, exactly the doses Today shows, and SEQUENCE only rises',
		(story) => {
			const settings = { routine: story.routine, timeZone: story.timeZone };
			const at = (day: number, minute: number) =>
				new Date(instantAt(addDays(story.first, day), '00:00', story.timeZone) + minute * 60_000).toISOString();
			let plan: Plan = { medications: [], schedules: [] };
			story.drafts.forEach((draft, index) => {
				const medication = medicationRecord(IDS[index], { name: `Med ${IDS[index].toUpperCase()}`, startDay: draft.from });
				plan = withMedication(plan, medication, draft, at(-1, index));
			});
			if (story.asNeeded) {
				const prn = medicationRecord('prn', { name: 'Prn', asNeeded: true, startDay: story.first });
				plan = withMedication(
					plan,
					prn,
					{ ...story.drafts[0], prn: { amount: 10, maxPer24h: 2, minHoursBetween: 4 } },
					at(-1, 5)
				);
			}
			const exports = new Exports(settings);
			const files: string[] = [];
			const sequences = new Map<string, number>();
			const ordered = [...story.steps, { ...story.steps[0], kind: 'export' as const, day: 31, minute: 600 }].sort(
				(a, b) => a.day - b.day || a.minute - b.minute
			);
			ordered.forEach((step, index) => {
				// Distinct instants, in order: a plan recorded later wins (timeline.ts), an export comes after it.
				const moment = new Date(Date.parse(at(step.day, step.minute)) + index).toISOString();
				if (step.kind !== 'export') {
					const operation = operationOf(step, addDays(story.first, step.day));
					try {
						plan = operate(plan, IDS[step.medication], operation!, moment);
						if (step.kind === 'crossTaper' && operation?.kind === 'taperOff') {
							const switchedTo = medicationRecord(`to${index}`, { name: `Med ${index}`, startDay: operation.day });
							plan = withMedication(plan, switchedTo, step.next, moment);
						}
					} catch {
						// Refused, as the form would refuse it: nothing changes.
					}
					return;
				}
				const file = exports.export(plan, moment);
				files.push(file.text);
				for (const event of new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent')) {
					const uid = String(event.getFirstPropertyValue('uid'));
					const sequence = Number(event.getFirstPropertyValue('sequence'));
					expect(sequence, uid).toBeGreaterThan(sequences.get(uid) ?? -1);
					sequences.set(uid, sequence);
				}
				const window = windowAfter(moment, 31, settings);
				const expected = timetableLines(plan, settings, window);
				const everyFile = calendarDoses(importFiles(...files), window);
				expect(everyFile.lines).toEqual(expected);
				expect(everyFile.silent).toEqual([]);
				// A calendar that missed some of the earlier files is put right by this one.
				const some = files.filter((_, n) => n === files.length - 1 || !story.missed[n]);
				if (some.length < files.length) expect(calendarDoses(importFiles(...some), window).lines).toEqual(expected);
			});
		},
		120_000
	);
});
