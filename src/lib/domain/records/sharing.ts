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
	endedAt: v.nullable(InstantSchema)
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
	note: text(500)
});
export type Board = v.InferOutput<typeof BoardSchema>;
