/** The medication form's working state for the screens; its translation into records is domain/medication/medicationForm. */
import {
	buildMedicationPlan,
	type MedicationDraft,
	type MedicationFormInput,
	type SlotInput,
	type StepInput
} from '$lib/domain/medication/medicationForm';
import type { ScheduleDraft } from '$lib/domain/medication/plan';
import type { DOSE_UNITS, MEDICATION_FORMS, Medication, Schedule } from '$lib/domain/records';

export type { SlotInput, StepInput };

export class MedicationForm implements MedicationFormInput {
	name = $state('');
	purpose = $state<'mood' | 'anxiety' | 'sleep' | 'other'>('mood');
	purposeOther = $state('');
	form = $state<(typeof MEDICATION_FORMS)[number]>('tablet');
	strength = $state('');
	unit = $state<(typeof DOSE_UNITS)[number]>('mg');
	prescriberId = $state('');
	startDay = $state('');
	sideEffectNotes = $state('');
	asNeeded = $state(false);
	slots = $state<SlotInput[]>([]);
	recurrence = $state<'daily' | 'weekdays' | 'everyNDays'>('daily');
	weekdays = $state<number[]>([1, 2, 3, 4, 5]);
	everyN = $state('2');
	titration = $state<'none' | 'linear' | 'steps'>('none');
	direction = $state<'up' | 'down'>('up');
	linearStart = $state('');
	linearStep = $state('');
	linearInterval = $state('7');
	linearTarget = $state('');
	steps = $state<StepInput[]>([]);
	prnAmount = $state('');
	prnMax = $state('');
	prnGap = $state('');
	clinicDispensed = $state(false);
	takeHomeDays = $state<number[]>([]);
	supply = $state('');
	refillAt = $state('7');
	decidedBy = $state('');
	reason = $state('');
	errors = $state<Record<string, string>>({});

	constructor(today: string, newSlotId: () => string) {
		this.startDay = today;
		this.slots = [{ id: newSlotId(), mode: 'anchor', anchor: 'breakfast', time: '08:00', amount: '' }];
		this.steps = [{ from: today, amounts: [''] }];
	}

	/** Starts from an existing medication and its schedule, to change the plan from a date. */
	loadPlan(medication: Medication, schedule: Schedule): void {
		Object.assign(this, {
			name: medication.name,
			form: medication.form,
			unit: medication.unit,
			strength: medication.strength === null ? '' : String(medication.strength),
			asNeeded: medication.asNeeded,
			clinicDispensed: medication.clinicDispensed,
			takeHomeDays: [...schedule.takeHomeDays]
		});
		this.slots = schedule.slots.map((slot) => ({
			id: slot.id,
			mode: slot.anchor ? ('anchor' as const) : ('time' as const),
			anchor: slot.anchor ?? 'breakfast',
			time: slot.time ?? '08:00',
			amount: String(slot.amount)
		}));
		const recurrence = schedule.recurrence;
		this.recurrence = recurrence.kind;
		if (recurrence.kind === 'weekdays') this.weekdays = [...recurrence.days];
		if (recurrence.kind === 'everyNDays') this.everyN = String(recurrence.n);
		const titration = schedule.titration;
		this.titration = titration?.kind ?? 'none';
		if (titration?.kind === 'linear') {
			Object.assign(this, {
				direction: titration.direction,
				linearStart: String(titration.start),
				linearStep: String(titration.step),
				linearInterval: String(titration.intervalDays),
				linearTarget: String(titration.target)
			});
		} else if (titration?.kind === 'steps') {
			this.steps = titration.steps.map((step) => ({ from: step.from, amounts: step.amounts.map(String) }));
		}
		if (schedule.prn) {
			this.prnAmount = String(schedule.prn.amount);
			this.prnMax = String(schedule.prn.maxPer24h);
			this.prnGap = String(schedule.prn.minHoursBetween);
		}
	}

	/** The records to save, or null with `errors` filled in, field by field. */
	build(): { medication: MedicationDraft; schedule: ScheduleDraft } | null {
		const built = buildMedicationPlan(this);
		this.errors = built.ok ? {} : built.errors;
		return built.ok ? { medication: built.medication, schedule: built.schedule } : null;
	}
}
