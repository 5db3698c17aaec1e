/**
 * Dose reminders while Tandem is open or installed: each dose is announced once, when it falls due.
 * Runs from the layout; reads the timetable, never writes.
 */
import { askNotificationPermission, notificationState, notify, type NotificationState } from '$lib/pwa/notifications';
import { onDataReplaced } from './dataEvents';
import { medsPlan } from './medsPlan.svelte';
import { settings } from './settings.svelte';

/** A dose is announced only within this long after its time, so reopening the app doesn't ring for the morning. */
const ANNOUNCE_WITHIN_MS = 15 * 60_000;

class Reminders {
	permission = $state<NotificationState>(notificationState());
	#announced = new Set<string>();

	constructor() {
		onDataReplaced(() => this.#announced.clear());
	}

	get on(): boolean {
		return settings.current.remindersOn && this.permission === 'granted';
	}

	async turnOn(): Promise<void> {
		this.permission = await askNotificationPermission();
		if (this.permission === 'granted') await settings.update({ remindersOn: true });
	}

	async turnOff(): Promise<void> {
		await settings.update({ remindersOn: false });
	}

	/** Called each minute by the layout; the timetable code loads only when reminders are on. */
	async tick(now: number): Promise<void> {
		if (!this.on || !medsPlan.hasMedications) return;
		const { meds } = await import('./meds.svelte');
		for (const entry of meds.timetable(meds.today)) {
			// A short on-time window can make a dose late before the reminder's quarter hour is over.
			if ((entry.status !== 'due' && entry.status !== 'late') || this.#announced.has(entry.key)) continue;
			this.#announced.add(entry.key);
			if (now - entry.dueAt > ANNOUNCE_WITHIN_MS) continue;
			void notify(
				`Time for ${entry.medication.name}`,
				`${entry.amount} ${entry.medication.unit}${entry.atClinic ? ' at the clinic' : ''}`,
				entry.key
			);
		}
	}
}

export const reminders = new Reminders();
