/** The medication form's working state for the screens; its rules and translation into records are domain/medication/medicationForm. */
import {
	buildMedicationPlan,
	emptyMedicationForm,
	planFormOf,
	type MedicationDraft,
	type MedicationFormInput,
	type SlotInput,
	type StepInput
} from '$lib/domain/medication/medicationForm';
import type { ScheduleDraft } from '$lib/domain/medication/plan';
import type { Medication, Schedule } from '$lib/domain/records';

export type { SlotInput, StepInput };

type Field<K extends keyof MedicationFormInput> = MedicationFormInput[K];

export class MedicationForm implements MedicationFormInput {
	// Each field is its own $state so the fields bind one by one; the blank values come from the domain.
	name = $state<Field<'name'>>('');
	purpose = $state<Field<'purpose'>>('mood');
	purposeOther = $state<Field<'purposeOther'>>('');
	form = $state<Field<'form'>>('tablet');
	strength = $state<Field<'strength'>>('');
	unit = $state<Field<'unit'>>('mg');
	prescriberId = $state<Field<'prescriberId'>>('');
	startDay = $state<Field<'startDay'>>('');
	sideEffectNotes = $state<Field<'sideEffectNotes'>>('');
	asNeeded = $state<Field<'asNeeded'>>(false);
	slots = $state<Field<'slots'>>([]);
	recurrence = $state<Field<'recurrence'>>('daily');
	weekdays = $state<Field<'weekdays'>>([]);
	everyN = $state<Field<'everyN'>>('');
	titration = $state<Field<'titration'>>('none');
	direction = $state<Field<'direction'>>('up');
	linearStart = $state<Field<'linearStart'>>('');
	linearStep = $state<Field<'linearStep'>>('');
	linearInterval = $state<Field<'linearInterval'>>('');
	linearTarget = $state<Field<'linearTarget'>>('');
	steps = $state<Field<'steps'>>([]);
	afterStart = $state<Field<'afterStart'>>('');
	afterChanges = $state<Field<'afterChanges'>>([]);
	prnAmount = $state<Field<'prnAmount'>>('');
	prnMax = $state<Field<'prnMax'>>('');
	prnGap = $state<Field<'prnGap'>>('');
	clinicDispensed = $state<Field<'clinicDispensed'>>(false);
	takeHomeDays = $state<Field<'takeHomeDays'>>([]);
	supply = $state<Field<'supply'>>('');
	refillAt = $state<Field<'refillAt'>>('');
	decidedBy = $state('');
	reason = $state('');
	errors = $state<Record<string, string>>({});

	constructor(today: string, newSlotId: () => string) {
		Object.assign(this, emptyMedicationForm(today, newSlotId));
	}

	/** Starts from an existing medication and its schedule, to change the plan from a date. */
	loadPlan(medication: Medication, schedule: Schedule): void {
		Object.assign(this, planFormOf(medication, schedule));
	}

	/** The records to save, or null with `errors` filled in, field by field. */
	build(): { medication: MedicationDraft; schedule: ScheduleDraft } | null {
		const built = buildMedicationPlan(this);
		this.errors = built.ok ? {} : built.errors;
		return built.ok ? { medication: built.medication, schedule: built.schedule } : null;
	}
}
