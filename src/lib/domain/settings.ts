import { instantOf } from './dates';
import { DEFAULT_TAGS } from './monitoring/scales';
import type { Routine, Settings } from './records';

export const SETTINGS_ID = 'settings';

export const DEFAULT_ROUTINE: Routine = {
	wake: '07:00',
	breakfast: '07:30',
	lunch: '12:30',
	dinner: '18:30',
	bedtime: '22:30'
};

export const ROUTINE_LABELS: Record<keyof Routine, string> = {
	wake: 'Wake up',
	breakfast: 'Breakfast',
	lunch: 'Lunch',
	dinner: 'Dinner',
	bedtime: 'Bedtime'
};

/** Minutes either side of a due time within which a dose counts as on time, until the person changes it. */
export const DEFAULT_ON_TIME_MINUTES = 60;

/** Days after the last backup when Today starts to remind the person. */
export const BACKUP_REMINDER_DAYS = 14;

export function defaultSettings(now: Date, country = ''): Settings {
	const at = instantOf(now);
	return {
		id: SETTINGS_ID,
		createdAt: at,
		updatedAt: at,
		routine: { ...DEFAULT_ROUTINE },
		country,
		customCrisisLines: [],
		routineSetAt: null,
		theme: 'system',
		remindersOn: false,
		onTimeWindowMinutes: DEFAULT_ON_TIME_MINUTES,
		usePhq8: false,
		questionnaireEveryDays: 14,
		checkinTags: [...DEFAULT_TAGS],
		substanceUseRecovery: false,
		recoveryStartDay: null,
		lastBackupAt: null,
		persistenceRequested: false,
		signalingUrls: [],
		iceServers: []
	};
}

/** Routine moments must come in the order of a day; a bedtime after midnight is allowed. */
export function routineProblem(routine: Routine): string | null {
	const order: (keyof Routine)[] = ['wake', 'breakfast', 'lunch', 'dinner'];
	for (let index = 1; index < order.length; index++) {
		if (routine[order[index]] <= routine[order[index - 1]]) {
			return `${ROUTINE_LABELS[order[index]]} should come after ${ROUTINE_LABELS[order[index - 1]].toLowerCase()}.`;
		}
	}
	return null;
}

/** Whether Today should remind the person to back up: only when there is something to lose. */
export function backupIsDue(lastBackupAt: string | null, hasData: boolean, now: Date): boolean {
	if (!hasData) return false;
	if (!lastBackupAt) return true;
	return now.getTime() - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * 86_400_000;
}
