/**
 * A target in plain words, as the goal card and the shared board show it: "Sleep ≥ 7 h on 5 of 7
 * nights", "Panic attacks ≤ 1 a week", "Latest PHQ-9 score < 10". The words follow the window the
 * target is actually read over (see `effectiveWindow`), so they never promise something else.
 */
import { COPING_TOOL_NAMES, type CopingTool } from '../coping/whatHelps';
import { effectiveWindow, type Comparison, type Target, type TargetMetric } from './targetRules';

const LABELS: Record<TargetMetric, string> = {
	sleepHours: 'Sleep',
	sleepQuality: 'Sleep quality',
	mood: 'Mood',
	energy: 'Energy',
	stress: 'Stress',
	concentration: 'Concentration',
	panicAttacks: 'Panic attacks',
	phq9: 'PHQ-9 score',
	gad7: 'GAD-7 score',
	adherence: 'Adherence',
	copingUses: 'Uses'
};

const SYMBOLS: Record<Comparison, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** Measures that are counts: "a week" says it; a week of other values is a sum, "in total a week". */
const COUNTS: readonly TargetMetric[] = ['panicAttacks', 'copingUses'];

function isCopingTool(id: string): id is CopingTool {
	return Object.hasOwn(COPING_TOOL_NAMES, id);
}

/** "box breathing": the tool's name, in lower case to sit inside a sentence. */
function toolName(id: string): string {
	const name = isCopingTool(id) ? COPING_TOOL_NAMES[id] : id;
	return name.charAt(0).toLowerCase() + name.slice(1);
}

/** What the target measures: "Sleep", "Adherence of Sertraline", "Uses of box breathing". */
export function metricLabel(target: Pick<Target, 'metric' | 'subjectId'>, subjectName?: string): string {
	const { metric, subjectId } = target;
	if (metric === 'adherence') {
		return `Adherence of ${subjectId === null ? 'all medicines' : (subjectName ?? 'this medicine')}`;
	}
	if (metric === 'copingUses') {
		return `Uses of ${subjectId === null ? 'any coping tool' : (subjectName ?? toolName(subjectId))}`;
	}
	return LABELS[metric];
}

function formatNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** "≥ 7 h", "≥ 90%", "< 10". */
function threshold(target: Target): string {
	const unit = target.metric === 'sleepHours' ? ' h' : target.metric === 'adherence' ? '%' : '';
	return `${SYMBOLS[target.comparison]} ${formatNumber(target.value)}${unit}`;
}

/** The target in plain English; `subjectName` names its medication or coping tool. */
export function describeTarget(target: Target, subjectName?: string): string {
	const window = effectiveWindow(target);
	const label = metricLabel(target, subjectName);
	if (target.metric === 'adherence') return `${label} ${threshold(target)} over 7 days`;
	if (window.kind === 'latest') {
		// "Latest PHQ-9 score", "Latest mood": only an abbreviation keeps its capitals.
		const named = /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
		return `Latest ${named} ${threshold(target)}`;
	}
	if (window.kind === 'daysOfWeek') {
		const days = target.metric === 'sleepHours' || target.metric === 'sleepQuality' ? 'nights' : 'days';
		return `${label} ${threshold(target)} on ${window.days} of 7 ${days}`;
	}
	return `${label} ${threshold(target)} ${COUNTS.includes(target.metric) ? 'a week' : 'in total a week'}`;
}
