/**
 * The medication plan as an iCalendar file (RFC 5545) to import into Apple, Google or Outlook calendars,
 * and the records of what it wrote, for the next export.
 *
 * Guarantees:
 * - The events are the doses Today's timetable shows, from the same plan functions (calendarSeries.ts):
 *   one recurring event per schedule, titration step and dose slot, placed on the routine's days.
 * - Imported over the files before it, by a calendar that applies a newer SEQUENCE and honours
 *   STATUS:CANCELLED, it leaves exactly the plan ahead: what left the plan is cancelled, what was cut
 *   short ends (calendarHistory.ts). The records returned are stored by src/lib/db/calendar.ts.
 * - Times are wall-clock times in the person's zone (DTSTART;TZID) and the file carries a VTIMEZONE built
 *   from the tz database the app itself uses, so an 08:00 dose stays at 08:00 when the clocks change. A
 *   dose on a wall time the clocks skip or repeat is a single event at a UTC instant (calendarZone.ts).
 *   UNTIL, DTSTAMP and those instants are UTC, whatever zone the device is in.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalAlarmType, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { addDays, type LocalDay } from '$lib/domain/dates';
import { formatAmount, type Recurrence } from '$lib/domain/medication/plan';
import { routineDayOf, turnClock } from '$lib/domain/medication/routineDay';
import { instantAt } from '$lib/domain/medication/zone';
import type { CalendarEvent, Medication, Routine, Schedule } from '$lib/domain/records';
import { reconcile, type CalendarEventDraft, type WrittenEvent } from './calendarHistory';
import { plannedEvents } from './calendarSeries';
import { ZoneChanges } from './calendarZone';

export type { CalendarEventDraft } from './calendarHistory';

export interface CalendarFile {
	text: string;
	/** One record per event written, to keep in the calendarEvents table. */
	events: CalendarEventDraft[];
}

export interface CalendarInput {
	medications: Medication[];
	schedules: Schedule[];
	routine: Routine;
	timeZone: string;
	/** ISO instant of the export: DTSTAMP, and "today" for what lies ahead. */
	generatedAt: string;
	/** The events earlier exports wrote (the calendarEvents records) of the medications exported. */
	previous?: readonly CalendarEvent[];
}

const MINUTE = 60_000;
/** Zone changes are listed this far past today for plans without an end; each export renews them. */
const OPEN_ENDED_YEARS = 20;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const utcText = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
const wallText = (day: LocalDay, clock: string) => `${day.replace(/-/g, '')}T${clock.replace(':', '')}00`;

const byDay = (days: number[]) =>
	[...new Set(days)]
		.sort((a, b) => a - b)
		.map((day) => WEEKDAYS[day])
		.join(',');

/**
 * RRULE (and EXDATE) as text: ical-generator writes a rule given as text unchanged, which lets EXDATE name
 * a wall time the clocks skip, exactly as the calendar computes the occurrence it removes.
 */
function rule(recurrence: Recurrence, lastDay: LocalDay | null, exclude: LocalDay[], clock: string, timeZone: string): string {
	const parts =
		recurrence.kind === 'weekdays'
			? ['FREQ=WEEKLY', `BYDAY=${byDay(recurrence.days)}`]
			: ['FREQ=DAILY', ...(recurrence.kind === 'everyNDays' ? [`INTERVAL=${recurrence.n}`] : [])];
	// UNTIL is the last moment of the last day, so that day's dose is the last one.
	if (lastDay !== null) parts.push(`UNTIL=${utcText(instantAt(addDays(lastDay, 1), '00:00', timeZone) - 1000)}`);
	const lines = [`RRULE:${parts.join(';')}`];
	if (exclude.length > 0) lines.push(`EXDATE;TZID=${timeZone}:${exclude.map((day) => wallText(day, clock)).join(',')}`);
	return lines.join('\r\n');
}

function eventData(written: WrittenEvent, timeZone: string, stamp: Date): ICalEventData {
	const { event, sequence, cancelled, alarm } = written;
	const common: Omit<ICalEventData, 'start'> = {
		id: event.uid,
		sequence,
		stamp,
		summary: event.summary,
		description: event.description,
		status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		alarms: alarm ? [{ type: ICalAlarmType.display, trigger: 0 }] : []
	};
	if (event.recurrence === null) {
		// A single dose at its instant, in UTC: no calendar has to resolve a wall time.
		const at = event.at ?? instantAt(event.firstDay, event.clock, timeZone);
		return { ...common, start: new Date(at), end: new Date(at + 5 * MINUTE) };
	}
	const start = instantAt(event.firstDay, event.clock, timeZone);
	return {
		...common,
		// TZDate, not Date: ical-generator reads its wall clock in the zone rather than the device's.
		start: new TZDate(start, timeZone),
		end: new TZDate(start + 5 * MINUTE, timeZone),
		timezone: timeZone,
		repeating: rule(event.recurrence, event.lastDay, event.exclude, event.clock, timeZone)
	};
}

export function buildCalendar(input: CalendarInput): CalendarFile {
	const { timeZone } = input;
	const generatedAt = Date.parse(input.generatedAt);
	const today = routineDayOf(generatedAt, turnClock(input.routine), timeZone);
	const zone = new ZoneChanges(timeZone);
	const written = reconcile(plannedEvents(input, zone, today), input.previous ?? [], { generatedAt, today, timeZone });
	const calendar = ical({ name: 'Tandem medication', prodId: { company: 'Tandem', product: 'Medication plan', language: 'EN' } });
	for (const item of written) calendar.createEvent(eventData(item, timeZone, new Date(generatedAt)));
	const series = written.map((item) => item.event).filter((event) => event.at === null && event.recurrence !== null);
	const years = series.flatMap((event) => [event.firstDay, event.lastDay ?? today]).map((day) => Number(day.slice(0, 4)));
	const openEnded = series.some((event) => event.lastDay === null);
	const [fromYear, toYear] = [Math.min(...years), Math.max(...years) + (openEnded ? OPEN_ENDED_YEARS : 0)];
	// Named per event rather than calendar-wide, so DTSTAMP, UNTIL and single doses are written in UTC.
	calendar.timezone({ name: null, generator: () => zone.vtimezone(fromYear, toYear) });
	return { text: calendar.toString(), events: written.map((item) => item.record) };
}

export interface ReminderDose {
	medication: string;
	at: string;
	amount: number;
	unit: string;
}

/**
 * A supporter's calendar of someone's next doses, to remind them: one single event per dose at its
 * instant (UTC, so it is right in any zone), with an alert at that time. UIDs name the owner's board
 * and the dose's instant, so exporting again updates the same events.
 */
export function buildReminderCalendar(input: {
	ownerName: string;
	boardId: string;
	doses: ReminderDose[];
	generatedAt: string;
}): string {
	const calendar = ical({
		name: `${input.ownerName}’s doses`,
		prodId: { company: 'Tandem', product: 'Dose reminders', language: 'EN' }
	});
	for (const dose of input.doses) {
		const start = Date.parse(dose.at);
		calendar.createEvent({
			id: `tandem-board-${input.boardId}-${dose.medication}-${dose.at}@tandem.local`,
			stamp: new Date(input.generatedAt),
			start: new Date(start),
			end: new Date(start + 5 * MINUTE),
			summary: `Remind ${input.ownerName}: ${dose.medication} ${formatAmount(dose.amount, dose.unit)}`,
			alarms: [{ type: ICalAlarmType.display, trigger: 0 }]
		});
	}
	return calendar.toString();
}
