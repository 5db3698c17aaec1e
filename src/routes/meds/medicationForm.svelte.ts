/**
 * The add-medication form's working state, and its translation into the records the plan stores.
 * Types and ranges are checked by the record schemas (valibot); meaning by planProblems.
 */
import * as v from 'valibot';
import { planProblems } from '$lib/domain/medication/planProblems';
import {
	MedicationSchema,
	ScheduleSchema,
	type DOSE_UNITS,
	type MEDICATION_FORMS,
	type Medication,
	type RoutineMoment,
	type Schedule
} from '$lib/domain/records';
import type { MedicationDraft, ScheduleDraft } from '$lib/state/meds.svelte';

export interface SlotInput {
	id: string;
	mode: 'anchor' | 'time';
	anchor: RoutineMoment;
	time: string;
	amount: string;
}

export interface StepInput {
	from: string;
	amounts: string[];
}

const MedicationDraftSchema = v.omit(MedicationSchema, ['id', 'createdAt', 'updatedAt']);
const ScheduleDraftSchema = v.omit(ScheduleSchema, ['id', 'createdAt', 'updatedAt', 'medicationId']);

function number(text: string): number {
	return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

export class MedicationForm {
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
		const medication = {
			name: this.name,
			purpose: this.purpose === 'other' ? this.purposeOther.trim() : this.purpose,
			form: this.form,
			strength: this.strength.trim() === '' ? null : number(this.strength),
			unit: this.unit,
			prescriberId: this.prescriberId || null,
			startDay: this.startDay,
			stopDay: null,
			status: 'active' as const,
			sideEffectNotes: this.sideEffectNotes,
			asNeeded: this.asNeeded,
			clinicDispensed: this.clinicDispensed,
			supplyOnHand: this.supply.trim() === '' ? null : number(this.supply),
			refillAtDaysLeft: this.supply.trim() === '' ? null : number(this.refillAt)
		};
		const slots = this.asNeeded
			? []
			: this.slots.map((slot) => ({
					id: slot.id,
					anchor: slot.mode === 'anchor' ? slot.anchor : null,
					time: slot.mode === 'time' ? slot.time : null,
					amount: this.titration === 'linear' ? number(this.linearStart) : number(slot.amount)
				}));
		const schedule = {
			slots,
			recurrence:
				this.recurrence === 'daily'
					? { kind: 'daily' as const }
					: this.recurrence === 'weekdays'
						? { kind: 'weekdays' as const, days: [...this.weekdays].sort() }
						: { kind: 'everyNDays' as const, n: number(this.everyN), from: this.startDay },
			titration: this.asNeeded ? null : this.#titration(),
			prn: this.asNeeded
				? { amount: number(this.prnAmount), maxPer24h: number(this.prnMax), minHoursBetween: number(this.prnGap) }
				: null,
			takeHomeDays: this.clinicDispensed ? [...this.takeHomeDays].sort() : [],
			from: this.startDay,
			until: null
		};

		const errors: Record<string, string> = {};
		for (const [result, prefix] of [
			[v.safeParse(MedicationDraftSchema, medication), ''],
			[v.safeParse(ScheduleDraftSchema, schedule), 'schedule.']
		] as const) {
			if (result.success) continue;
			for (const issue of result.issues) {
				const path = prefix + (issue.path?.map((item) => String(item.key)).join('.') ?? '');
				errors[path] ??= sentence(issue.message);
			}
		}
		if (Object.keys(errors).length === 0) {
			for (const problem of planProblems({ medication, schedule: schedule as ScheduleDraft })) {
				errors[`schedule.${problem.field}`] ??= problem.message;
			}
		}
		this.errors = errors;
		if (Object.keys(errors).length > 0) return null;
		return { medication: medication as MedicationDraft, schedule: schedule as ScheduleDraft };
	}

	#titration(): ScheduleDraft['titration'] {
		if (this.titration === 'linear') {
			return {
				kind: 'linear',
				direction: this.direction,
				from: this.startDay,
				start: number(this.linearStart),
				step: number(this.linearStep),
				intervalDays: number(this.linearInterval),
				target: number(this.linearTarget)
			};
		}
		if (this.titration === 'steps') {
			return { kind: 'steps', steps: this.steps.map((step) => ({ from: step.from, amounts: step.amounts.map(number) })) };
		}
		return null;
	}
}

function sentence(message: string): string {
	const text = message.charAt(0).toUpperCase() + message.slice(1);
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
