/**
 * Every kind of record Tandem stores, with the schema that validates it. This table is the single
 * list the database, backups and CSV export all walk, so a new record type is added here once.
 */
import type * as v from 'valibot';
import type { TableName } from './tables';
import { CalendarEventSchema, CareChangeSchema, DoseEventSchema, MedicationSchema, ScheduleSchema } from './medication';
import { AssessmentSchema, CheckinSchema, SideEffectSchema } from './monitoring';
import { ContactSchema, SettingsSchema } from './people';
import { BoardSchema, ShareSchema } from './sharing';
import { GoalSchema, GoalStepSchema } from './goals';
import { AgendaItemSchema, CopingUseSchema, SafetyPlanSchema, TherapySessionSchema, ThoughtRecordSchema } from './therapy';

export const recordSchemas = {
	settings: SettingsSchema,
	contacts: ContactSchema,
	medications: MedicationSchema,
	schedules: ScheduleSchema,
	doseEvents: DoseEventSchema,
	careChanges: CareChangeSchema,
	checkins: CheckinSchema,
	sideEffects: SideEffectSchema,
	assessments: AssessmentSchema,
	therapySessions: TherapySessionSchema,
	agendaItems: AgendaItemSchema,
	copingUses: CopingUseSchema,
	thoughtRecords: ThoughtRecordSchema,
	safetyPlan: SafetyPlanSchema,
	goals: GoalSchema,
	goalSteps: GoalStepSchema,
	shares: ShareSchema,
	boards: BoardSchema,
	calendarEvents: CalendarEventSchema
} as const satisfies Record<TableName, unknown>;

export type RecordOf<T extends TableName> = v.InferOutput<(typeof recordSchemas)[T]>;
export type AllRecords = { [T in TableName]: RecordOf<T>[] };

export * from './goals';
export * from './medication';
export * from './monitoring';
export * from './people';
export * from './primitives';
export * from './sharing';
export * from './therapy';
export * from './tables';
export * from './limits';
