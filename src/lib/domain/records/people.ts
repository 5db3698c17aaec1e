import * as v from 'valibot';
import { ClockTimeSchema, Phone, InstantSchema, LocalDaySchema, recordBase, requiredText, text } from './primitives';

export const CONTACT_ROLES = ['psychiatrist', 'therapist', 'gp', 'nurse', 'pharmacist', 'friend', 'family', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const ContactSchema = v.strictObject({
	...recordBase,
	name: requiredText(120, 'a name'),
	role: v.picklist(CONTACT_ROLES, 'a contact role is not one Tandem knows'),
	phone: Phone,
	email: text(200, 'an email address'),
	notes: text(4_000, 'a note'),
	safetyContact: v.boolean('“safety contact” must be yes or no')
});
export type Contact = v.InferOutput<typeof ContactSchema>;

export const ROUTINE_MOMENTS = ['wake', 'breakfast', 'lunch', 'dinner', 'bedtime'] as const;
export type RoutineMoment = (typeof ROUTINE_MOMENTS)[number];

export const CrisisLineSchema = v.strictObject({
	name: requiredText(120, 'a line’s name'),
	call: Phone,
	text: Phone,
	note: text(300, 'a note')
});
export type CustomCrisisLine = v.InferOutput<typeof CrisisLineSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;

export const SettingsSchema = v.strictObject({
	...recordBase,
	routine: v.strictObject({
		wake: ClockTimeSchema,
		breakfast: ClockTimeSchema,
		lunch: ClockTimeSchema,
		dinner: ClockTimeSchema,
		bedtime: ClockTimeSchema
	}),
	country: v.pipe(v.string('a country must be text'), v.regex(/^[A-Z]{2}$|^$/, 'a country code is two capital letters')),
	customCrisisLines: v.pipe(v.array(CrisisLineSchema), v.maxLength(20, 'too many crisis lines')),
	/** When the person last saved their routine; null until they have looked at it once. */
	routineSetAt: v.nullable(InstantSchema),
	theme: v.picklist(THEMES, 'the theme is not light, dark or system'),
	remindersOn: v.boolean(),
	onTimeWindowMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(240, 'the on-time window is over 4 hours')),
	usePhq8: v.boolean(),
	/** Days between questionnaire reminders on Today; 0 turns them off. */
	questionnaireEveryDays: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(0),
		v.maxValue(90, 'questionnaire reminders are at most every 90 days')
	),
	/** The person's own check-in tags (activities and situations), in their order. */
	checkinTags: v.pipe(
		v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40, 'a tag is too long'))),
		v.maxLength(60, 'too many tags')
	),
	substanceUseRecovery: v.boolean(),
	recoveryStartDay: v.nullable(LocalDaySchema),
	lastBackupAt: v.nullable(InstantSchema),
	persistenceRequested: v.boolean(),
	signalingUrls: v.pipe(
		v.array(v.pipe(v.string(), v.url('a signaling address is not a URL'), v.maxLength(300))),
		v.maxLength(10)
	),
	/** The relay new invites name: absent for the build's own, null for none (added in issue 15). */
	relayUrl: v.optional(v.nullable(v.pipe(v.string(), v.url('a relay address is not a URL'), v.maxLength(300)))),
	iceServers: v.pipe(
		v.array(
			v.strictObject({
				urls: v.pipe(v.string(), v.maxLength(300)),
				username: v.optional(text(200)),
				credential: v.optional(text(200))
			})
		),
		v.maxLength(10)
	)
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Routine = Settings['routine'];
