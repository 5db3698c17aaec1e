/**
 * The medication plan for the screens: the plan itself, today's timetable, and the actions that
 * change them. Computation lives in domain/medication; this class only joins it to the database.
 */
import { addDays, instantOf, localDayOf, type LocalDay } from '$lib/domain/dates';
import { routineDayOf, turnClock } from '$lib/domain/medication/routineDay';
import { scheduleInForce } from '$lib/domain/medication/timeline';
import { deviceTimeZone, instantIn } from '$lib/domain/medication/zone';
import { firstDosesOf, timetableFor, type TimetableEntry } from '$lib/domain/medication/timetable';
import { prnWarnings } from '$lib/domain/medication/prn';
import type { DoseEvent, Medication, Schedule } from '$lib/domain/records';
import type { DoseMark, MedicationDetails, MedicationDraft, ScheduleDraft } from '$lib/db/medications';

// Writing code (care changes, supply, switching) loads on the first action, not with the first page.
const writes = () => import('$lib/db/medications');
import type { MedicationPlan } from '$lib/db/medicationQueries';
import { medsPlan } from './medsPlan.svelte';
import { clock } from './clock.svelte';
import { LiveQuery } from './live.svelte';
import { saving } from './saving.svelte';
import { settings } from './settings.svelte';
import { loadedDatabase } from './startupDatabase';

export type { MedicationDetails, MedicationDraft, ScheduleDraft } from '$lib/db/medications';
type SwitchInput = Parameters<typeof import('$lib/db/medications').switchMedication>[0];

function marked<T>(name: string): (value: T) => T {
	return (value) => {
		performance.mark(name);
		return value;
	};
}

class MedsState {
	readonly timeZone = deviceTimeZone();
	// The marks let `npm run bench` time the timetable from the moment its data has arrived.
	// Yesterday to tomorrow: today's doses, last night's unmarked ones, and tomorrow's first; moves with the day.
	#recent = new LiveQuery(
		(today) => loadedDatabase().doseEventsBetween(addDays(today, -1), addDays(today, 1)).then(marked('tandem:doses-loaded')),
		[] as DoseEvent[],
		() => this.today
	);

	get plan(): MedicationPlan {
		return medsPlan.current;
	}

	get loaded(): boolean {
		return medsPlan.loaded;
	}

	/** When the routine's day turns: halfway through the night (routineDay.ts). */
	get dayTurnsAt(): string {
		return turnClock(settings.current.routine);
	}

	/**
	 * The routine's day the doses on screen belong to: it runs from waking to bedtime, so just after
	 * midnight it is still the evening before's.
	 */
	get today(): LocalDay {
		return routineDayOf(clock.now, this.dayTurnsAt, this.timeZone);
	}

	/** The calendar day, for the dates a person picks (a start, a change, a stop): the day the phone shows. */
	get calendarToday(): LocalDay {
		return clock.today;
	}

	#active = $derived(medsPlan.current.medications.filter((medication) => medication.status !== 'stopped'));
	#stopped = $derived(medsPlan.current.medications.filter((medication) => medication.status === 'stopped'));

	get active(): Medication[] {
		return this.#active;
	}

	get stopped(): Medication[] {
		return this.#stopped;
	}

	medication(id: string): Medication | undefined {
		return this.plan.medications.find((medication) => medication.id === id);
	}

	schedulesOf(id: string): Schedule[] {
		return this.plan.schedules.filter((schedule) => schedule.medicationId === id).sort((a, b) => (a.from < b.from ? -1 : 1));
	}

	timetable(day: LocalDay): TimetableEntry[] {
		return timetableFor(day, this.#input());
	}

	firstDoses(day: LocalDay): TimetableEntry[] {
		return firstDosesOf(day, this.#input());
	}

	/** PRN doses recorded in the last 24 hours for one medication. */
	prnTakenRecently(medicationId: string): DoseEvent[] {
		const since = clock.now - 86_400_000;
		return this.#recent.current.filter(
			(event) =>
				event.medicationId === medicationId && event.slotId === null && event.takenAt && Date.parse(event.takenAt) >= since
		);
	}

	/** The one schedule in force for a medication on a day (timeline.ts), or null. */
	scheduleOn(medicationId: string, day: LocalDay): Schedule | null {
		const medication = this.medication(medicationId);
		return medication ? scheduleInForce(medication, this.plan.schedules, day) : null;
	}

	/** Warnings for taking an as-needed dose now, from the limits of the plan in force today (the calendar's day). */
	prnWarningsFor(medicationId: string, now = Date.now()): string[] {
		const schedule = this.scheduleOn(medicationId, localDayOf(now, this.timeZone));
		if (!schedule?.prn) return [];
		return prnWarnings(
			schedule.prn,
			this.prnTakenRecently(medicationId).map((event) => Date.parse(event.takenAt!)),
			now
		);
	}

	#input() {
		return {
			medications: this.plan.medications,
			schedules: this.plan.schedules,
			events: this.#recent.current,
			routine: settings.current.routine,
			now: clock.now,
			timeZone: this.timeZone,
			onTimeMinutes: settings.current.onTimeWindowMinutes
		};
	}

	add(medication: MedicationDraft, schedule: ScheduleDraft, decidedBy: string, reason: string): Promise<string> {
		return saving('save this medication', async () =>
			(await writes()).addMedication(medication, schedule, { decidedBy, reason })
		);
	}

	changeSchedule(id: string, next: ScheduleDraft, day: LocalDay, decidedBy: string, reason: string): Promise<void> {
		return saving('save the new plan', async () => (await writes()).changeSchedule(id, next, day, { decidedBy, reason }));
	}

	pause(id: string, day: LocalDay, decidedBy: string, reason: string): Promise<void> {
		return saving('record the pause', async () => (await writes()).pauseMedication(id, day, { decidedBy, reason }));
	}

	resume(id: string, next: ScheduleDraft, day: LocalDay, decidedBy: string, reason: string): Promise<void> {
		return saving('record the restart', async () => (await writes()).resumeMedication(id, next, day, { decidedBy, reason }));
	}

	updateDetails(id: string, details: MedicationDetails): Promise<void> {
		return saving('save these details', async () => (await writes()).updateMedicationDetails(id, details));
	}

	stop(id: string, day: LocalDay, decidedBy: string, reason: string): Promise<void> {
		return saving('record the stop', async () => (await writes()).stopMedication(id, day, { decidedBy, reason }));
	}

	switch(input: SwitchInput): Promise<string> {
		return saving('record the switch', async () => (await writes()).switchMedication(input));
	}

	async take(entry: TimetableEntry, at = new Date()): Promise<void> {
		await this.#mark('record this dose as taken', {
			medicationId: entry.medication.id,
			dueDay: entry.day,
			slotId: entry.slot.id,
			amount: entry.amount,
			status: 'taken',
			takenAt: instantOf(at),
			dueAt: instantIn(entry.dueAt, this.timeZone),
			reason: ''
		});
	}

	async skip(entry: TimetableEntry, reason: string): Promise<void> {
		await this.#mark('record this dose as skipped', {
			medicationId: entry.medication.id,
			dueDay: entry.day,
			slotId: entry.slot.id,
			amount: entry.amount,
			status: 'skipped',
			takenAt: null,
			dueAt: instantIn(entry.dueAt, this.timeZone),
			reason
		});
	}

	async takeAsNeeded(medication: Medication, amount: number, at = new Date()): Promise<void> {
		await this.#mark('record this dose', {
			medicationId: medication.id,
			// As-needed doses are not in the routine's timetable: they belong to the calendar day they were taken.
			dueDay: localDayOf(at.getTime(), this.timeZone),
			slotId: null,
			amount,
			status: 'taken',
			takenAt: instantOf(at),
			dueAt: null,
			reason: ''
		});
	}

	#mark(doing: string, mark: DoseMark): Promise<string> {
		return saving(doing, async () => (await writes()).markDose(mark));
	}

	undo(eventId: string): Promise<void> {
		return saving('undo this mark', async () => (await writes()).undoDose(eventId), { quiet: true });
	}

	historyOf(id: string) {
		return new LiveQuery(() => loadedDatabase().careChangesOf(id), []);
	}
}

export const meds = new MedsState();
