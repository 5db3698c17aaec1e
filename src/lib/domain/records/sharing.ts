import * as v from 'valibot';
import { Id, IdList, InstantSchema, recordBase, requiredText, text } from './primitives';

const Secret = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22,128}$/, 'a room id or secret is malformed'));

export const ShareSchema = v.strictObject({
	...recordBase,
	contactId: v.nullable(Id),
	displayName: requiredText(120, 'a supporter’s name'),
	role: v.picklist(['clinician', 'friend'], 'a supporter’s role is not clinician or friend'),
	scope: v.strictObject({
		goalIds: v.nullable(IdList),
		adherence: v.boolean(),
		wellbeingSummary: v.boolean(),
		upcomingDoses: v.boolean(),
		questionnaireBands: v.boolean()
	}),
	roomId: Secret,
	secret: Secret,
	signalingUrls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(10)),
	lastConnectedAt: v.nullable(InstantSchema),
	endedAt: v.nullable(InstantSchema),
	/** The owner's name as this supporter sees it (added after schema 1: optional, so older records stay valid). */
	ownerName: v.optional(requiredText(120, 'your name as they see it')),
	/** The relay this invite names, for when the two are not online together (added in issue 15: optional). */
	relayUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(300)))),
	/** The owner's answers to this supporter's suggested steps, so the supporter sees them (optional, as above). */
	answers: v.optional(
		v.pipe(
			v.array(v.strictObject({ id: Id, answer: v.picklist(['accepted', 'declined']) })),
			v.maxLength(200, 'too many answers to suggestions')
		)
	)
});
export type Share = v.InferOutput<typeof ShareSchema>;

export const BoardSchema = v.strictObject({
	...recordBase,
	ownerName: requiredText(120, 'the owner’s name'),
	roomId: Secret,
	secret: Secret,
	signalingUrls: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(10)),
	lastUpdatedAt: v.nullable(InstantSchema),
	endedAt: v.nullable(InstantSchema),
	note: text(500),
	/** The name this supporter gave when joining, shown on what they write (optional, as on shares). */
	displayName: v.optional(requiredText(60, 'your name')),
	/** The relay the invite names (optional, as above). */
	relayUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(300)))),
	/** When this supporter last opened the board: messages after it are unread (optional, as above). */
	lastOpenedAt: v.optional(v.nullable(InstantSchema))
});
export type Board = v.InferOutput<typeof BoardSchema>;
