// The .ics is read back with ical.js, a parser that shares no code with the writer (ical-generator).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/dates';
import type { DoseSlot, ScheduleDraft } from '$lib/domain/medication/plan';
import { timetableFor } from '$lib/domain/medication/timetable';
import type { Medication, Routine, Schedule } from '$lib/domain/records';
import { buildCalendar, type CalendarInput } from '$lib/pwa/calendar';
import { medicationRecord, scheduleRecord, slotRecord } from '../../fixtures/factories';
import { importFiles } from '../../fixtures/icalApply';
import { calendarLines, Exports, operate, timetableLines, windowAfter, windowOf, withMedication } from './calendarKit';

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
	return parse(buildCalendar(calendarInput).text);
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
		expect(buildCalendar(single({ until: '2026-03-20' })).text).toMatch(/RRULE:[^\r\n]*UNTIL=\d{8}T\d{6}Z/);
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

	it('keeps UIDs across exports and an edit, and a later file outranks an earlier one even without records', () => {
		const identity = (text: string) => parse(text).events.map((event) => [event.uid, event.sequence] as const);
		const first = identity(buildCalendar(single({ titration: UP_25_TO_100 })).text);
		// No records: a file from before they were kept, or after a restore of an older backup.
		const edited = identity(
			buildCalendar(
				single({ titration: UP_25_TO_100, updatedAt: '2026-02-21T10:00:00.000Z' }, { generatedAt: '2026-02-21T10:05:00Z' })
			).text
		);
		expect(edited.map(([uid]) => uid)).toEqual(first.map(([uid]) => uid));
		edited.forEach(([, sequence], index) => expect(sequence).toBeGreaterThan(first[index][1]));
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
				// A pause ends the schedule the day before it (timeline.ts).
				schedule('C', [slot('am')], { from: '2026-01-01', until: '2026-02-14' }),
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
				return buildCalendar(single({ titration: UP_25_TO_100 })).text;
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

describe('the calendar over time: a file imported over the last one holds exactly the plan', () => {
	const settings = { routine: ROUTINE, timeZone: NEW_YORK };
	const breakfast = (amount: number, change: Partial<ScheduleDraft> = {}): ScheduleDraft => ({
		slots: [slot('am', { amount })],
		recurrence: { kind: 'daily' },
		titration: null,
		prn: null,
		takeHomeDays: [],
		from: '2026-03-01',
		until: null,
		...change
	});
	const sertraline = withMedication(
		{ medications: [], schedules: [] },
		medication('sertraline', { name: 'Sertraline', startDay: '2026-03-01' }),
		breakfast(25, { titration: UP_25_TO_100 }),
		'2026-03-01T14:00:00Z'
	);
	const lamotrigine = withMedication(
		{ medications: [], schedules: [] },
		medication('lamotrigine', { name: 'Lamotrigine', startDay: '2026-03-01' }),
		breakfast(50),
		'2026-03-01T14:00:00Z'
	);

	it('a titration stopped part-way leaves no later step in the calendar (issue case 2)', () => {
		const exports = new Exports(settings);
		const first = exports.export(sertraline, '2026-03-01T15:00:00Z');
		const stopped = operate(sertraline, 'sertraline', { kind: 'stop', lastDay: '2026-03-10' }, '2026-03-05T14:00:00Z');
		const second = exports.export(stopped, '2026-03-05T15:00:00Z');
		const held = importFiles(first.text, second.text);
		const window = windowAfter('2026-03-05T15:00:00Z', 60, settings);
		const lines = calendarLines(held, window);
		expect(lines).toEqual(timetableLines(stopped, settings, window));
		expect(lines).toHaveLength(6);
		expect(lines.at(-1)).toBe('2026-03-10T12:00:00.000Z Sertraline 50 mg');
		expect(lines.join('\n')).not.toMatch(/75 mg|100 mg/);
	});

	it('a dose changed from today replaces the old dose from today on (issue case 2)', () => {
		const exports = new Exports(settings);
		const first = exports.export(lamotrigine, '2026-03-01T15:00:00Z');
		const changed = operate(
			lamotrigine,
			'lamotrigine',
			{ kind: 'change', day: '2026-03-12', next: breakfast(100) },
			'2026-03-12T13:00:00Z'
		);
		const second = exports.export(changed, '2026-03-12T14:00:00Z');
		const window = windowAfter('2026-03-12T14:00:00Z', 31, settings);
		const lines = calendarLines(importFiles(first.text, second.text), window);
		expect(lines).toEqual(timetableLines(changed, settings, window));
		expect(lines).toHaveLength(31);
		expect(lines.every((entry) => entry.endsWith('Lamotrigine 100 mg'))).toBe(true);
	});

	it('a paused medicine rings no more, and rings again at its new dose once resumed (issue case 2)', () => {
		const exports = new Exports(settings);
		const first = exports.export(lamotrigine, '2026-03-01T15:00:00Z');
		const paused = operate(lamotrigine, 'lamotrigine', { kind: 'pause', day: '2026-03-12' }, '2026-03-12T13:00:00Z');
		const second = exports.export(paused, '2026-03-12T14:00:00Z');
		const afterPause = windowOf('2026-03-12', '2026-04-30', ROUTINE, NEW_YORK);
		expect(calendarLines(importFiles(first.text, second.text), afterPause)).toEqual([]);

		const resumed = operate(
			paused,
			'lamotrigine',
			{ kind: 'resume', day: '2026-03-20', next: breakfast(25) },
			'2026-03-15T13:00:00Z'
		);
		const third = exports.export(resumed, '2026-03-15T14:00:00Z');
		const window = windowAfter('2026-03-15T14:00:00Z', 31, settings);
		const lines = calendarLines(importFiles(first.text, second.text, third.text), window);
		expect(lines).toEqual(timetableLines(resumed, settings, window));
		expect(lines[0]).toBe('2026-03-20T12:00:00.000Z Lamotrigine 25 mg');
	});

	it('cancels what left the plan with a higher SEQUENCE and no alarm, and keeps cancelling it while it could still ring', () => {
		const exports = new Exports(settings);
		const first = exports.export(sertraline, '2026-03-01T15:00:00Z');
		const stopped = operate(sertraline, 'sertraline', { kind: 'stop', lastDay: '2026-03-10' }, '2026-03-05T14:00:00Z');
		const second = exports.export(stopped, '2026-03-05T15:00:00Z');
		const sequences = new Map(parse(first.text).events.map((event) => [event.uid, event.sequence]));
		const cancelled = parse(second.text).events.filter(
			(event) => event.component.getFirstPropertyValue('status') === 'CANCELLED'
		);
		expect(cancelled.map((event) => event.summary).sort()).toEqual([
			'Cancelled: Sertraline 100 mg',
			'Cancelled: Sertraline 75 mg'
		]);
		for (const event of cancelled) {
			expect(event.sequence).toBeGreaterThan(sequences.get(event.uid)!);
			expect(event.component.getAllSubcomponents('valarm')).toEqual([]);
		}
		// A calendar that never got the second file still loses the later steps with the third.
		const third = exports.export(stopped, '2026-03-20T15:00:00Z');
		const window = windowAfter('2026-03-20T15:00:00Z', 60, settings);
		expect(calendarLines(importFiles(first.text, third.text), window)).toEqual([]);
		// Step 3 (15 to 21 March) can ring no more once its days are over; step 4 had no end, so it stays cancelled.
		const later = exports.export(stopped, '2026-03-25T15:00:00Z');
		expect(parse(later.text).events.map((event) => event.summary)).toEqual(['Cancelled: Sertraline 100 mg']);
	});

	it('writes a higher SEQUENCE for every UID at every export, even of an unchanged plan', () => {
		const exports = new Exports(settings);
		const files = ['2026-03-01T15:00:00Z', '2026-03-01T15:00:00Z', '2026-03-02T09:00:00Z'].map((at) =>
			exports.export(sertraline, at)
		);
		const sequences = files.map((file) => new Map(parse(file.text).events.map((event) => [event.uid, event.sequence])));
		expect([...sequences[0].keys()]).toHaveLength(4);
		for (const [uid, sequence] of sequences[0]) {
			expect(sequences[1].get(uid)).toBeGreaterThan(sequence);
			expect(sequences[2].get(uid)).toBeGreaterThan(sequences[1].get(uid)!);
		}
	});

	it('reads the plan through timeline.ts: where old data has two schedules a day, only the later-recorded one rings', () => {
		const older = schedule('lamotrigine', [slot('am', { amount: 50 })], { id: 'older', createdAt: '2026-02-01T10:00:00.000Z' });
		const newer = schedule('lamotrigine', [slot('am', { amount: 75 })], {
			id: 'newer',
			from: '2026-03-10',
			createdAt: '2026-02-02T10:00:00.000Z'
		});
		const plan = { medications: [medication('lamotrigine', { name: 'Lamotrigine' })], schedules: [older, newer] };
		const file = new Exports(settings).export(plan, '2026-03-01T15:00:00Z');
		const window = windowAfter('2026-03-01T15:00:00Z', 31, settings);
		const lines = calendarLines(importFiles(file.text), window);
		expect(lines).toEqual(timetableLines(plan, settings, window));
		expect(lines).toHaveLength(31);
	});

	it('places a bedtime dose after midnight on the next calendar day, as Today does', () => {
		const lateNight = { ...ROUTINE, wake: '07:30', bedtime: '00:30' };
		const night = { routine: lateNight, timeZone: NEW_YORK };
		const started = withMedication(
			{ medications: [], schedules: [] },
			medication('quetiapine', { name: 'Quetiapine', startDay: '2026-03-02' }),
			{
				...breakfast(50),
				slots: [slot('pm', { anchor: 'bedtime', amount: 50 })],
				recurrence: { kind: 'weekdays', days: [1, 3, 5] }
			},
			'2026-03-01T14:00:00Z'
		);
		const plan = operate(started, 'quetiapine', { kind: 'stop', lastDay: '2026-03-13' }, '2026-03-01T14:30:00Z');
		const file = new Exports(night).export(plan, '2026-03-01T15:00:00Z');
		const window = windowOf('2026-03-01', '2026-03-31', lateNight, NEW_YORK);
		const lines = calendarLines(importFiles(file.text), window);
		expect(lines).toEqual(timetableLines(plan, night, window));
		// Monday, Wednesday and Friday nights: the doses fall on Tuesday, Thursday and Saturday at 00:30.
		expect(lines.map((entry) => wall(new Date(entry.slice(0, 24)), NEW_YORK))).toEqual(
			['03', '05', '07', '10', '12', '14'].map((day) => ({ day: `2026-03-${day}`, clock: '00:30' }))
		);
	});
});

describe('the calendar across the clocks changing (issue case 6)', () => {
	// Bed at 22:00 and up at 06:00: the routine's day turns at 02:00, so a 02:30 dose falls on its own day.
	const routine = { ...ROUTINE, wake: '06:00', bedtime: '22:00' };
	const at = (clock: string, from: string) => ({
		medications: [medication('m', { name: 'Lithium', startDay: from })],
		schedules: [schedule('m', [slot('night', { anchor: null, time: clock, amount: 300 })], { from })]
	});

	it('never starts a series inside the spring-forward gap: 8 March rings at 03:00 once, later days at 02:30', () => {
		const settings = { routine, timeZone: NEW_YORK };
		const plan = at('02:30', '2026-03-08');
		const file = new Exports(settings).export(plan, '2026-03-01T15:00:00Z');
		const series = parse(file.text).events.filter((event) => event.isRecurring());
		expect(series.map((event) => event.startDate.toString())).toEqual(['2026-03-09T02:30:00']);
		const window = windowOf('2026-03-01', '2026-03-31', routine, NEW_YORK);
		const lines = calendarLines(importFiles(file.text), window);
		expect(lines).toEqual(timetableLines(plan, settings, window));
		expect(lines.slice(0, 2).map((entry) => wall(new Date(entry.slice(0, 24)), NEW_YORK))).toEqual([
			{ day: '2026-03-08', clock: '03:00' },
			{ day: '2026-03-09', clock: '02:30' }
		]);
	});

	it.each([
		[NEW_YORK, '02:30', '2026-03-01'],
		[NEW_YORK, '01:30', '2026-10-20'],
		[LONDON, '01:30', '2026-03-20'],
		[LONDON, '01:30', '2026-10-20'],
		['Australia/Sydney', '02:30', '2026-03-30'],
		['Australia/Sydney', '02:30', '2026-09-28']
	])('in %s a %s dose from %s rings when Today says, on the change day too', (timeZone, clock, from) => {
		const settings = { routine, timeZone };
		const plan = at(clock, from);
		const file = new Exports(settings).export(plan, `${from}T12:00:00Z`);
		const window = windowOf(from, addDays(from, 20), routine, timeZone);
		const lines = calendarLines(importFiles(file.text), window);
		expect(lines).toHaveLength(21);
		expect(lines).toEqual(timetableLines(plan, settings, window));
	});
});
