// The .ics is read back with ical.js, a parser that shares no code with the writer (ical-generator).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/domain/dates';
import type { DoseSlot } from '../../../src/lib/domain/medication/plan';
import { timetableFor } from '../../../src/lib/domain/medication/timetable';
import type { Medication, Routine, Schedule } from '../../../src/lib/domain/records';
import { buildCalendar, type CalendarInput } from '../../../src/lib/pwa/calendar';
import { medicationRecord, scheduleRecord, slotRecord } from '../../fixtures/factories';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';
const ROUTINE: Routine = { wake: '07:00', breakfast: '08:00', lunch: '12:30', dinner: '18:30', bedtime: '22:30' };

const medication = medicationRecord;

const slot = (id: string, overrides: Partial<DoseSlot> = {}) => slotRecord(id, { anchor: 'breakfast', amount: 50, ...overrides });

const schedule = (medicationId: string, slots: DoseSlot[], overrides: Partial<Schedule> = {}) =>
	scheduleRecord(medicationId, slots, { from: '2026-03-01', ...overrides });

function input(medications: Medication[], schedules: Schedule[], overrides: Partial<CalendarInput> = {}): CalendarInput {
	return { medications, schedules, routine: ROUTINE, timeZone: NEW_YORK, generatedAt: '2026-02-20T15:00:00Z', ...overrides };
}

/** Sertraline 50 mg at breakfast, every day from 1 March. */
function single(overrides: Partial<Schedule> = {}, calendar: Partial<CalendarInput> = {}) {
	return input([medication('Sertraline')], [schedule('Sertraline', [slot('am')], overrides)], calendar);
}

const UP_25_TO_100 = {
	kind: 'linear',
	direction: 'up',
	from: '2026-03-01',
	start: 25,
	step: 25,
	intervalDays: 7,
	target: 100
} as const;

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	// Times are resolved with the VTIMEZONE the file itself carries, as a calendar app would.
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	return { calendar, events };
}

function exported(calendarInput: CalendarInput) {
	return parse(buildCalendar(calendarInput));
}

function rule(event: ICAL.Event): ICAL.Recur {
	return event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
}

/** Every occurrence until noon UTC the day after `lastDay`: past that day's doses in every zone used here. */
function occurrences(event: ICAL.Event, lastDay = '2026-12-31'): Date[] {
	const end = Date.parse(`${addDays(lastDay, 1)}T12:00:00Z`);
	const iterator = event.iterator();
	const found: Date[] = [];
	for (let next = iterator.next(); next && next.toJSDate().getTime() < end; next = iterator.next()) {
		found.push(next.toJSDate());
	}
	return found;
}

/** The wall clock in a zone, read by Intl: independent of both the writer and the parser. */
function wall(date: Date, timeZone: string): { day: string; clock: string } {
	const format = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const part = (type: string) => format.formatToParts(date).find((candidate) => candidate.type === type)?.value;
	return { day: `${part('year')}-${part('month')}-${part('day')}`, clock: `${part('hour')}:${part('minute')}` };
}

const days = (event: ICAL.Event, timeZone = NEW_YORK, lastDay?: string) =>
	occurrences(event, lastDay).map((date) => wall(date, timeZone).day);

describe('buildCalendar', () => {
	it('writes one named Tandem calendar carrying the VTIMEZONE of the person’s zone', () => {
		const { calendar } = exported(single());
		expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Tandem/);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tandem medication');
		expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([NEW_YORK]);
	});

	it('writes one event per schedule, titration step and slot, with stable UIDs', () => {
		const twice = schedule('Quetiapine', [slot('am'), slot('pm', { anchor: 'bedtime' })]);
		const titrating = schedule('Sertraline', [slot('am')], { titration: UP_25_TO_100 });
		const calendarInput = input([medication('Sertraline'), medication('Quetiapine')], [titrating, twice]);
		const uids = exported(calendarInput).events.map((event) => event.uid);
		expect(uids.sort()).toEqual([
			...['Quetiapine-plan-am-1@tandem.invalid', 'Quetiapine-plan-pm-1@tandem.invalid'],
			...[1, 2, 3, 4].map((step) => `Sertraline-plan-am-${step}@tandem.invalid`)
		]);
	});

	it('starts a breakfast dose at 08:00 in the person’s zone, named by TZID, with a UTC DTSTAMP', () => {
		const [event] = exported(single()).events;
		expect(event.startDate.zone.tzid).toBe(NEW_YORK);
		expect([event.startDate.toString(), event.endDate.toString()]).toEqual(['2026-03-01T08:00:00', '2026-03-01T08:05:00']);
		const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
		expect(stamp.toJSDate().toISOString()).toBe('2026-02-20T15:00:00.000Z');
	});

	it('keeps an 08:00 dose at 08:00 local across the clocks changing, in New York, London and Sydney', () => {
		for (const [timeZone, change] of [
			[NEW_YORK, '2026-03-08'],
			[LONDON, '2026-03-29'],
			['Australia/Sydney', '2026-04-05']
		]) {
			const [event] = exported(single({ from: '2026-03-01', until: '2026-04-05' }, { timeZone })).events;
			const found = occurrences(event);
			expect(found).toHaveLength(36);
			expect(found.map((date) => wall(date, timeZone))).toEqual(
				Array.from({ length: 36 }, (_, i) => ({ day: addDays('2026-03-01', i), clock: '08:00' }))
			);
			// The instant moves an hour on the change day, so the wall clock could not have stayed by accident.
			const utcHours = found.map((date) => date.getUTCHours());
			expect(Math.abs(utcHours[0] - utcHours[35])).toBe(1);
			expect(found.findIndex((date) => date.getUTCHours() === utcHours[35])).toBe(
				found.findIndex((d) => wall(d, timeZone).day === change)
			);
		}
	});

	it('writes daily, weekday and every-N-days rules that land on the right days', () => {
		const [daily] = exported(single()).events;
		expect([rule(daily).freq, rule(daily).interval, rule(daily).parts.BYDAY]).toEqual(['DAILY', 1, undefined]);

		const [weekdays] = exported(single({ recurrence: { kind: 'weekdays', days: [5, 1, 3] } })).events;
		expect([rule(weekdays).freq, rule(weekdays).parts.BYDAY]).toEqual(['WEEKLY', ['MO', 'WE', 'FR']]);
		expect(days(weekdays, NEW_YORK, '2026-03-13')).toEqual([
			'2026-03-02',
			'2026-03-04',
			'2026-03-06',
			'2026-03-09',
			'2026-03-11',
			'2026-03-13'
		]);

		// The rhythm began on 24 February (24, 27, 2 March…), so the first dose from 1 March is on the 2nd.
		const [everyThree] = exported(single({ recurrence: { kind: 'everyNDays', n: 3, from: '2026-02-24' } })).events;
		expect([rule(everyThree).freq, rule(everyThree).interval]).toEqual(['DAILY', 3]);
		expect(everyThree.startDate.toString()).toBe('2026-03-02T08:00:00');
		expect(days(everyThree, NEW_YORK, '2026-03-12')).toEqual(['2026-03-02', '2026-03-05', '2026-03-08', '2026-03-11']);
	});

	it('ends a range with a UTC UNTIL whose last occurrence is the range’s last day', () => {
		const [daily] = exported(single({ until: '2026-03-20' })).events;
		expect(rule(daily).until?.zone).toBe(ICAL.Timezone.utcTimezone);
		expect(buildCalendar(single({ until: '2026-03-20' }))).toMatch(/RRULE:[^\r\n]*UNTIL=\d{8}T\d{6}Z/);
		expect(days(daily).at(-1)).toBe('2026-03-20');

		const [weekdays] = exported(single({ until: '2026-03-20', recurrence: { kind: 'weekdays', days: [1, 3, 5] } })).events;
		expect(days(weekdays).at(-1)).toBe('2026-03-20');
		const [openEnded] = exported(single()).events;
		expect(rule(openEnded).until).toBeNull();
	});

	it('gives each of four titration steps its own date range, amount and step line', () => {
		const titrating = single({ titration: UP_25_TO_100 });
		const events = exported(titrating).events.sort((a, b) => a.startDate.compare(b.startDate));
		expect(events.map((event) => event.summary)).toEqual([
			'Sertraline 25 mg',
			'Sertraline 50 mg',
			'Sertraline 75 mg',
			'Sertraline 100 mg'
		]);
		const ranges = events.map((event) => days(event, NEW_YORK, '2026-04-30'));
		expect(ranges.map((range) => [range[0], range.at(-1)])).toEqual([
			['2026-03-01', '2026-03-07'],
			['2026-03-08', '2026-03-14'],
			['2026-03-15', '2026-03-21'],
			['2026-03-22', '2026-04-30']
		]);
		const all = ranges.flat();
		expect(new Set(all).size).toBe(all.length);
		expect(events[1].description).toBe('Step 2 of 4, from 8 March 2026. Recorded in Tandem as your prescriber decided.');
	});

	it('adds a display alarm at the dose time to every event', () => {
		const { events } = exported(single({ titration: UP_25_TO_100 }));
		for (const event of events) {
			const alarm = event.component.getFirstSubcomponent('valarm');
			expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
			expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
		}
	});

	it('keeps UIDs and SEQUENCE across exports of an unchanged plan, and raises SEQUENCE after an edit', () => {
		const identity = (text: string) => parse(text).events.map((event) => [event.uid, event.sequence]);
		const first = identity(buildCalendar(single({ titration: UP_25_TO_100 })));
		const later = identity(buildCalendar(single({ titration: UP_25_TO_100 }, { generatedAt: '2026-02-27T09:00:00Z' })));
		expect(later).toEqual(first);
		const edited = identity(buildCalendar(single({ titration: UP_25_TO_100, updatedAt: '2026-02-21T10:00:00.000Z' })));
		expect(edited.map(([uid]) => uid)).toEqual(first.map(([uid]) => uid));
		edited.forEach(([, sequence], index) => expect(sequence).toBeGreaterThan(first[index][1] as number));
	});

	it('leaves out as-needed, paused and already stopped medicines and schedules wholly in the past', () => {
		const prn = { amount: 1, maxPer24h: 3, minHoursBetween: 4 };
		const calendarInput = input(
			[
				medication('A', { asNeeded: true }),
				medication('B'),
				medication('C', { status: 'paused' }),
				medication('D'),
				medication('E'),
				medication('F', { status: 'stopped', stopDay: '2026-02-10' })
			],
			[
				schedule('A', [], { prn }),
				schedule('B', [slot('am')], { prn }),
				schedule('C', [slot('am')]),
				schedule('D', [slot('am')], { from: '2026-01-01', until: '2026-02-19' }),
				schedule('E', [slot('am')]),
				schedule('F', [slot('am')], { from: '2026-01-01' })
			]
		);
		expect(exported(calendarInput).events.map((event) => event.uid)).toEqual(['E-plan-am-1@tandem.invalid']);
	});

	it('escapes commas, semicolons, backslashes and newlines so the name reads back unchanged', () => {
		const name = 'Lithium, slow; release\\XL\nat night';
		const calendarInput = input([medication('m1', { name })], [schedule('m1', [slot('am')])]);
		const [event] = exported(calendarInput).events;
		expect(event.summary).toBe(`${name} 50 mg`);
	});

	it('writes the same file whatever zone the device itself is in', () => {
		const device = process.env.TZ;
		try {
			const texts = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'].map((zone) => {
				process.env.TZ = zone;
				return buildCalendar(single({ titration: UP_25_TO_100 }));
			});
			expect(new Set(texts).size).toBe(1);
		} finally {
			// Assigning undefined would set the text "undefined".
			if (device === undefined) delete process.env.TZ;
			else process.env.TZ = device;
		}
	});

	it('holds exactly the doses the Today timetable shows, day by day', () => {
		const medications = [
			medication('Sertraline', { startDay: '2026-03-02' }),
			medication('Quetiapine'),
			medication('Lithium', { status: 'stopped', stopDay: '2026-05-10' })
		];
		const schedules = [
			// Before the titration begins on the 3rd, the slot's own 12.5 mg is due.
			schedule('Sertraline', [slot('am', { amount: 12.5 })], { titration: { ...UP_25_TO_100, from: '2026-03-03' } }),
			schedule('Quetiapine', [slot('am'), slot('pm', { anchor: 'bedtime' })], {
				recurrence: { kind: 'weekdays', days: [1, 3, 5] },
				until: '2026-04-30',
				titration: {
					kind: 'steps',
					steps: [
						{ from: '2026-03-01', amounts: [50, 100] },
						{ from: '2026-03-15', amounts: [25, 50] },
						{ from: '2026-04-01', amounts: [0, 25] }
					]
				}
			}),
			schedule('Lithium', [slot('night', { anchor: null, time: '21:15', amount: 400 })], {
				recurrence: { kind: 'everyNDays', n: 3, from: '2026-02-25' }
			})
		];
		const calendarInput = input(medications, schedules);
		const lastDay = '2026-06-30';
		const fromCalendar = exported(calendarInput).events.flatMap((event) =>
			occurrences(event, lastDay).map((date) => {
				const { day, clock } = wall(date, NEW_YORK);
				return `${day} ${clock} ${event.summary}`;
			})
		);
		const fromTimetable = Array.from({ length: 122 }, (_, i) => addDays('2026-03-01', i)).flatMap((day) =>
			timetableFor(day, { ...calendarInput, events: [], now: 0 }).map(
				(entry) => `${entry.day} ${entry.clock} ${entry.medication.name} ${entry.amount} ${entry.unit}`
			)
		);
		expect(fromTimetable.length).toBeGreaterThan(150);
		expect(fromCalendar.sort()).toEqual(fromTimetable.sort());
	});
});
