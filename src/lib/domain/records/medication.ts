import * as v from 'valibot';
import { MAX_AMOUNT } from './limits';
import { ROUTINE_MOMENTS } from './people';
import {
	ClockTimeSchema,
	decimal,
	Id,
	IdList,
	InstantSchema,
	integer,
	LocalDaySchema,
	recordBase,
	requiredText,
	text
} from './primitives';

export const MEDICATION_FORMS = ['tablet', 'capsule', 'liquid', 'patch', 'injection', 'other'] as const;
export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mL', 'units', 'drops', 'puffs', 'patch', 'tablet'] as const;

const amount = decimal(0, MAX_AMOUNT, 'an amount');

export const MedicationSchema = v.strictObject({
	...recordBase,
	name: requiredText(120, 'a medication name'),
	purpose: text(200, 'what it is for'),
	form: v.picklist(MEDICATION_FORMS, 'the form is not one Tandem knows'),
	strength: v.nullable(decimal(0, MAX_AMOUNT, 'a strength')),
	unit: v.picklist(DOSE_UNITS, 'the unit is not one Tandem knows'),
	prescriberId: v.nullable(Id),
	startDay: LocalDaySchema,
	stopDay: v.nullable(LocalDaySchema),
	status: v.picklist(['active', 'paused', 'stopped'], 'the status is not active, paused or stopped'),
	sideEffectNotes: text(4_000, 'the side-effect notes'),
	asNeeded: v.boolean(),
	clinicDispensed: v.boolean(),
	/** Units on hand (tablets, capsules, mL…), counted down as doses are taken. */
	supplyOnHand: v.nullable(decimal(0, 100_000, 'the supply on hand')),
	/** Show "refill soon" when this many days or fewer are left. */
	refillAtDaysLeft: v.nullable(integer(0, 90, 'the refill reminder'))
});
export type Medication = v.InferOutput<typeof MedicationSchema>;

/** A dose time: at a routine moment (moves with it) or at a fixed clock time; exactly one is set. */
export const DoseSlotSchema = v.strictObject({
	id: Id,
	anchor: v.nullable(v.picklist(ROUTINE_MOMENTS, 'a dose slot’s routine moment is not one Tandem knows')),
	time: v.nullable(ClockTimeSchema),
	amount
});

const Weekday = integer(0, 6, 'a weekday');

export const RecurrenceSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('daily') }),
	v.strictObject({ kind: v.literal('weekdays'), days: v.pipe(v.array(Weekday), v.minLength(1), v.maxLength(7)) }),
	v.strictObject({ kind: v.literal('everyNDays'), n: integer(2, 365, 'the number of days'), from: LocalDaySchema })
]);

export const TitrationSchema = v.variant('kind', [
	v.strictObject({
		kind: v.literal('linear'),
		/** Up to titrate, down to taper; the target must lie in that direction from the start. */
		direction: v.picklist(['up', 'down'], 'the direction is not up or down'),
		from: LocalDaySchema,
		start: amount,
		step: amount,
		intervalDays: integer(1, 365, 'the interval'),
		target: amount
	}),
	v.strictObject({
		kind: v.literal('steps'),
		steps: v.pipe(
			v.array(v.strictObject({ from: LocalDaySchema, amounts: v.pipe(v.array(amount), v.maxLength(12)) })),
			v.maxLength(100, 'too many titration steps')
		)
	})
]);

export const PrnLimitsSchema = v.strictObject({
	amount,
	maxPer24h: integer(1, 48, 'the most doses a day'),
	minHoursBetween: decimal(0, 72, 'the hours between doses')
});

export const ScheduleSchema = v.strictObject({
	...recordBase,
	medicationId: Id,
	slots: v.pipe(v.array(DoseSlotSchema), v.maxLength(12, 'more than 12 doses a day')),
	recurrence: RecurrenceSchema,
	titration: v.nullable(TitrationSchema),
	prn: v.nullable(PrnLimitsSchema),
	/** For clinic-dispensed medication: weekdays (0 = Sunday) taken at home; other days at the clinic. */
	takeHomeDays: v.pipe(v.array(Weekday), v.maxLength(7)),
	from: LocalDaySchema,
	until: v.nullable(LocalDaySchema)
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

export const DOSE_STATUSES = ['taken', 'skipped', 'missed'] as const;

export const DoseEventSchema = v.strictObject({
	...recordBase,
	medicationId: Id,
	dueDay: LocalDaySchema,
	/** The schedule slot id, or null for an as-needed dose. */
	slotId: v.nullable(Id),
	amount,
	status: v.picklist(DOSE_STATUSES, 'a dose status is not taken, skipped or missed'),
	takenAt: v.nullable(InstantSchema),
	/**
	 * When a scheduled dose was due, as the plan and routine said when it was marked (null for an
	 * as-needed dose). Adherence measures "on time" against it, so a later routine change never
	 * rewrites the past.
	 */
	dueAt: v.nullable(InstantSchema),
	reason: text(500, 'a reason')
});
export type DoseEvent = v.InferOutput<typeof DoseEventSchema>;

export const CARE_CHANGE_KINDS = [
	'start',
	'stop',
	'doseStep',
	'doseChange',
	'switch',
	'scheduleChange',
	'pause',
	'resume',
	'therapyChange'
] as const;

export const CareChangeSchema = v.strictObject({
	...recordBase,
	day: LocalDaySchema,
	kind: v.picklist(CARE_CHANGE_KINDS, 'a care change kind is not one Tandem knows'),
	medicationIds: IdList,
	what: requiredText(200, 'what changed'),
	from: text(200, '“from”'),
	to: text(200, '“to”'),
	reason: text(2_000, 'the reason'),
	decidedBy: text(200, 'who decided'),
	goalIds: IdList
});
export type CareChange = v.InferOutput<typeof CareChangeSchema>;

/** A calendar event UID a past .ics export held, so a later export can cancel what left the plan. */
export const CalendarEventSchema = v.strictObject({
	...recordBase,
	/** The event's UID in the file (RFC 5545), unique. */
	uid: v.pipe(
		v.string('an event UID must be text'),
		v.minLength(1, 'an event UID is empty'),
		v.maxLength(255, 'an event UID is too long'),
		v.regex(/^[A-Za-z0-9@._-]+$/, 'an event UID has characters Tandem never writes')
	),
	medicationId: Id,
	summary: text(300, 'an event title'),
	/** The SEQUENCE last written for this UID; a later file must write a higher one. */
	sequence: integer(0, 2_147_483_647, 'an event sequence'),
	timeZone: text(64, 'a time zone'),
	/** The first dose day of the series (a calendar day), and the clock time it rang at. */
	firstDay: LocalDaySchema,
	clock: ClockTimeSchema,
	/** The rhythm on the calendar's days; null for a single dose (one on a day the clocks change). */
	recurrence: v.nullable(RecurrenceSchema),
	/** The furthest last dose day any file gave this UID (null: no end): while it is ahead, exports write it again. */
	lastDay: v.nullable(LocalDaySchema),
	/** Written as cancelled in the last file that held it. */
	cancelled: v.boolean()
});
export type CalendarEvent = v.InferOutput<typeof CalendarEventSchema>;
