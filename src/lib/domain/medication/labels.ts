/** How care changes are named to the person, in the CSV and on the charts; no schema code, so charts stay light. */
import type { CareChange } from '../records/medication';

export const CARE_CHANGE_KIND_LABELS: Record<CareChange['kind'], string> = {
	start: 'Start',
	stop: 'Stop',
	doseStep: 'Dose step',
	doseChange: 'Dose change',
	switch: 'Switch',
	scheduleChange: 'Schedule change',
	pause: 'Pause',
	resume: 'Resume',
	therapyChange: 'Therapy change'
};
