/** Whether a periodic questionnaire is due: never done yet, or the last one is `everyDays` old. 0 turns it off. */
export function periodicDue(lastAt: string | null, now: number, everyDays: number): boolean {
	if (everyDays <= 0) return false;
	if (lastAt === null) return true;
	return now - Date.parse(lastAt) >= everyDays * 86_400_000;
}
