/**
 * The names of Tandem's tables, without their schemas: cheap to import on the first page.
 * `records/index.ts` pairs each name with its schema.
 */
export const TABLE_NAMES = [
	'settings',
	'contacts',
	'medications',
	'schedules',
	'doseEvents',
	'careChanges',
	'checkins',
	'sideEffects',
	'assessments',
	'therapySessions',
	'agendaItems',
	'copingUses',
	'thoughtRecords',
	'safetyPlan',
	'goals',
	'goalSteps',
	'shares',
	'boards',
	'calendarEvents'
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** How a table is named to a person, e.g. in the restore summary. */
export const TABLE_LABELS: Record<TableName, string> = {
	settings: 'Settings',
	contacts: 'Contacts',
	medications: 'Medications',
	schedules: 'Medication schedules',
	doseEvents: 'Doses recorded',
	careChanges: 'Care changes',
	checkins: 'Check-ins',
	sideEffects: 'Side effects',
	assessments: 'Questionnaires',
	therapySessions: 'Therapy sessions',
	agendaItems: 'Agenda items',
	copingUses: 'Coping tool uses',
	thoughtRecords: 'Thought records',
	safetyPlan: 'Safety plan',
	goals: 'Goals',
	goalSteps: 'Goal steps',
	shares: 'Shared boards (yours)',
	boards: 'Boards shared with you',
	calendarEvents: 'Calendar events exported'
};
