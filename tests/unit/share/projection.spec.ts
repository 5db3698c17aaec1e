import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDays } from '$lib/domain/dates';
import { describeTarget, evaluateTarget, indexGoalData } from '$lib/domain/goals/target';
import { adherence } from '$lib/domain/medication/adherence';
import { instantAt } from '$lib/domain/medication/zone';
import type { AllRecords, Goal, GoalStep } from '$lib/domain/records';
import { DEFAULT_ROUTINE } from '$lib/domain/settings';
import { boardBytes, MAX_BOARD_BYTES, writeOwnerSection } from '$lib/share/board';
import { BoardSnapshotSchema, projectBoard, WIDEST_SCOPE, type OwnerData, type ShareScope } from '$lib/share/projection';
import {
	assessmentRecord,
	checkinRecord,
	doseEventRecord,
	medicationRecord,
	scheduleRecord,
	slotRecord,
	STAMP
} from '../../fixtures/factories';
import { generateTenYears, TEN_YEARS_LAST_DAY } from '../../fixtures/tenYears';

const LONDON = 'Europe/London';

/** The whole data set goes in, private tables included: only the projection decides what comes out. */
function ownerData(tables: AllRecords, now: number): OwnerData & AllRecords {
	return {
		...tables,
		ownerName: 'Alex',
		medication: {
			medications: tables.medications,
			schedules: tables.schedules,
			events: tables.doseEvents,
			routine: tables.settings[0]?.routine ?? DEFAULT_ROUTINE,
			timeZone: LONDON,
			onTimeMinutes: 60,
			now
		}
	};
}

/** A week of fixture data: its first goal and step are the templates for hand-made ones. */
const WEEK = generateTenYears(1, '2026-03-11', 7);

function emptyTables(): AllRecords {
	return {
		...(Object.fromEntries(Object.keys(WEEK).map((name) => [name, []])) as unknown as AllRecords),
		settings: WEEK.settings
	};
}

function goalRecord(id: string, overrides: Partial<Goal> = {}): Goal {
	return { ...WEEK.goals[0], id, title: `Title of ${id}`, area: 'sleep', status: 'active', why: '', target: null, ...overrides };
}

function stepRecord(goalId: string, order: number, text: string, done = false): GoalStep {
	return { ...WEEK.goalSteps[0], id: `${goalId}-${order}`, goalId, order, text, doneAt: done ? STAMP : null };
}

const TEN_NOW = instantAt(TEN_YEARS_LAST_DAY, '12:00', LONDON);
let tenYears: OwnerData | null = null;
function tenYearData(): OwnerData {
	tenYears ??= ownerData(generateTenYears(), TEN_NOW);
	return tenYears;
}

describe('the projection of ten years with the widest scope', () => {
	it('is plain JSON that passes the board schema, with every part', () => {
		const snapshot = projectBoard(tenYearData(), WIDEST_SCOPE, TEN_YEARS_LAST_DAY);
		expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
		expect(v.safeParse(BoardSnapshotSchema, snapshot).issues).toBeUndefined();
		expect(snapshot.meta).toEqual({ version: 1, ownerName: 'Alex', projectedAt: new Date(TEN_NOW).toISOString() });
		expect(snapshot.goals).toHaveLength(30);
		expect(snapshot.goals!.every((goal) => goal.steps.length === 5 && goal.target?.values.length === 12)).toBe(true);
		expect(snapshot.adherence?.values).toHaveLength(12);
		expect(snapshot.wellbeing?.mood).toHaveLength(12);
		expect(snapshot.doses!.length).toBeGreaterThan(0);
		expect(snapshot.bands!.map((band) => band.instrument)).toEqual(['PHQ-9', 'GAD-7']);
		expect(snapshot.answers).toEqual([]);
	});

	it('reuses the goal-target evaluation and wording, week for week', () => {
		const data = tenYearData();
		const snapshot = projectBoard(data, WIDEST_SCOPE, TEN_YEARS_LAST_DAY);
		const index = indexGoalData({ ...data, medication: data.medication });
		for (const goal of data.goals) {
			const shown = snapshot.goals!.find((entry) => entry.id === goal.id)!;
			const progress = evaluateTarget(goal.target!, index, TEN_YEARS_LAST_DAY, 12);
			expect(shown.target!.met).toEqual(progress.weeks.map((week) => week.met));
			expect(shown.target!.values).toEqual(
				progress.weeks.map((week) => (week.value === null ? null : Math.round(week.value * 10) / 10))
			);
			expect(shown.target!.streak).toBe(progress.streak);
			const subject = goal.target!.metric === 'adherence' && goal.target!.subjectId ? 'Sertraline' : undefined;
			expect(shown.target!.description).toBe(describeTarget(goal.target!, subject));
		}
	});

	it('counts this week’s adherence exactly as the adherence screen does', () => {
		const data = tenYearData();
		const snapshot = projectBoard(data, WIDEST_SCOPE, TEN_YEARS_LAST_DAY);
		const { overall } = adherence({ ...data.medication, from: addDays(TEN_YEARS_LAST_DAY, -6), to: TEN_YEARS_LAST_DAY });
		expect(snapshot.adherence!.values.at(-1)).toBe(Math.round((overall.taken * 100) / overall.scheduled));
	});
});

describe('weekly summaries, doses and bands', () => {
	const TODAY = '2026-03-11';
	const NOW = instantAt(TODAY, '10:00', LONDON);

	it('gives weekly means of mood, sleep and energy over rolling weeks, null where nothing was recorded', () => {
		const checkins = [
			...[1, 2, 3, 4, 5, 6, 7].map((n) => checkinRecord(addDays(TODAY, -n + 1), { mood: n % 2 === 0 ? 4 : 3, sleepHours: 7.5 })),
			checkinRecord(addDays(TODAY, -7), { mood: 1, energy: 2 })
		];
		const snapshot = projectBoard(ownerData({ ...emptyTables(), checkins }, NOW), WIDEST_SCOPE, TODAY, { weeks: 3 });
		expect(snapshot.wellbeing).toEqual({
			endDay: TODAY,
			mood: [null, 1, 3.4],
			sleepHours: [null, null, 7.5],
			energy: [null, 2, null]
		});
	});

	it('lists the scheduled doses of the next 48 hours with nothing recorded, and only name, day, time, instant and amount', () => {
		const slots = [slotRecord('am', { time: '08:00', amount: 50 }), slotRecord('pm', { time: '20:00', amount: 25 })];
		const tables = {
			...emptyTables(),
			medications: [
				medicationRecord('sertraline', { name: 'Sertraline', sideEffectNotes: 'private', purpose: 'private' }),
				medicationRecord('prn', { name: 'Lorazepam', asNeeded: true })
			],
			schedules: [scheduleRecord('sertraline', slots)],
			// Tomorrow morning's dose was already taken early: nothing to remind about.
			doseEvents: [doseEventRecord('sertraline', 'am', addDays(TODAY, 1), 'taken', STAMP)]
		};
		const snapshot = projectBoard(ownerData(tables, NOW), WIDEST_SCOPE, TODAY);
		// The instant is the same wall-clock time in the owner's zone, for a supporter's calendar elsewhere.
		const at = (day: string, time: string) => new Date(instantAt(day, time, LONDON)).toISOString();
		expect(snapshot.doses).toEqual([
			{ medication: 'Sertraline', day: TODAY, time: '20:00', amount: 25, unit: 'mg', at: at(TODAY, '20:00') },
			{
				medication: 'Sertraline',
				day: addDays(TODAY, 1),
				time: '20:00',
				amount: 25,
				unit: 'mg',
				at: at(addDays(TODAY, 1), '20:00')
			},
			{
				medication: 'Sertraline',
				day: addDays(TODAY, 2),
				time: '08:00',
				amount: 50,
				unit: 'mg',
				at: at(addDays(TODAY, 2), '08:00')
			}
		]);
	});

	it('shows the latest PHQ and GAD-7 band with its day, from the score, never the answers or the score', () => {
		const assessments = [
			assessmentRecord('PHQ-9', '2026-03-01T09:00:00.000+00:00', 12),
			assessmentRecord('PHQ-8', '2026-03-09T09:00:00.000+00:00', 3),
			assessmentRecord('GAD-7', '2026-02-20T09:00:00.000+00:00', 16),
			assessmentRecord('GAD-7', '2026-02-10T09:00:00.000+00:00', 2)
		];
		const snapshot = projectBoard(ownerData({ ...emptyTables(), assessments }, NOW), WIDEST_SCOPE, TODAY);
		expect(snapshot.bands).toEqual([
			{ instrument: 'PHQ-8', band: 'minimal', day: '2026-03-09' },
			{ instrument: 'GAD-7', band: 'severe', day: '2026-02-20' }
		]);
	});

	it('copies goals and steps field by field: a field the projection does not name never appears', () => {
		const goal = { ...goalRecord('g1', { why: 'PRIVATE-WHY' }), futureField: 'PRIVATE-FUTURE' } as Goal;
		const steps = [stepRecord('g1', 1, 'Second'), { ...stepRecord('g1', 0, 'First', true), extra: 'PRIVATE-STEP' } as GoalStep];
		const snapshot = projectBoard(ownerData({ ...emptyTables(), goals: [goal], goalSteps: steps }, NOW), WIDEST_SCOPE, TODAY);
		expect(snapshot.goals).toEqual([
			{
				id: 'g1',
				title: 'Title of g1',
				area: 'sleep',
				status: 'active',
				steps: [
					{ text: 'First', done: true },
					{ text: 'Second', done: false }
				],
				target: null
			}
		]);
		expect(JSON.stringify(snapshot)).not.toContain('PRIVATE');
	});

	it('keeps 1 to 52 weeks, whatever is asked', () => {
		const data = ownerData({ ...emptyTables(), checkins: [checkinRecord(TODAY, { mood: 3 })] }, NOW);
		expect(projectBoard(data, WIDEST_SCOPE, TODAY, { weeks: 500 }).wellbeing!.mood).toHaveLength(52);
		expect(projectBoard(data, WIDEST_SCOPE, TODAY, { weeks: 0 }).wellbeing!.mood).toEqual([3]);
	});
});

describe('the scope', () => {
	const TODAY = '2026-03-11';
	const NOW = instantAt(TODAY, '10:00', LONDON);
	const goals = ['alpha', 'bravo', 'charlie'].map((id) => goalRecord(id, { title: `UNIQUE-${id.toUpperCase()}` }));
	const data = () =>
		ownerData(
			{
				...emptyTables(),
				goals,
				goalSteps: [stepRecord('bravo', 0, 'STEP-OF-BRAVO')],
				checkins: [checkinRecord(TODAY, { mood: 4 })]
			},
			NOW
		);
	const scope = (overrides: Partial<ShareScope>): ShareScope => ({ ...WIDEST_SCOPE, ...overrides });

	it('leaves out each part that is not chosen', () => {
		const none = projectBoard(
			data(),
			{ goalIds: [], adherence: false, wellbeingSummary: false, upcomingDoses: false, questionnaireBands: false },
			TODAY
		);
		expect(none).toMatchObject({ goals: null, adherence: null, wellbeing: null, doses: null, bands: null });
		for (const part of ['adherence', 'wellbeingSummary', 'upcomingDoses', 'questionnaireBands'] as const) {
			const snapshot = projectBoard(data(), scope({ [part]: false }), TODAY);
			const key = { adherence: 'adherence', wellbeingSummary: 'wellbeing', upcomingDoses: 'doses', questionnaireBands: 'bands' }[
				part
			];
			expect(snapshot[key as keyof typeof snapshot], part).toBeNull();
			expect(Object.values(snapshot).filter((value) => value === null)).toHaveLength(1);
		}
	});

	it('lists goals in the app’s one order: active first, then by title as a person reads it ("Walk 2" before "Walk 10")', () => {
		const titled = [
			goalRecord('g1', { title: 'walk 10 minutes' }),
			goalRecord('g2', { title: 'Walk 2 minutes' }),
			goalRecord('g3', { title: 'Ask for help', status: 'achieved' }),
			goalRecord('g4', { title: 'Éat breakfast' })
		];
		const snapshot = projectBoard(ownerData({ ...emptyTables(), goals: titled }, NOW), WIDEST_SCOPE, TODAY);
		expect(snapshot.goals!.map((goal) => goal.title)).toEqual([
			'Éat breakfast',
			'Walk 2 minutes',
			'walk 10 minutes',
			'Ask for help'
		]);
	});

	it('shares only the chosen goals; the others never appear, not even their ids', () => {
		const snapshot = projectBoard(data(), scope({ goalIds: ['charlie', 'no-such-goal'] }), TODAY);
		const doc = new Y.Doc();
		writeOwnerSection(doc, snapshot);
		const text = new TextDecoder().decode(Y.encodeStateAsUpdate(doc));
		expect(snapshot.goals!.map((goal) => goal.id)).toEqual(['charlie']);
		expect(text).toContain('UNIQUE-CHARLIE');
		for (const hidden of ['UNIQUE-ALPHA', 'UNIQUE-BRAVO', 'STEP-OF-BRAVO', '"alpha"', '"bravo"'])
			expect(text).not.toContain(hidden);
	});

	it('shares every goal when goalIds is null, and none when it is empty', () => {
		expect(projectBoard(data(), scope({ goalIds: null }), TODAY).goals).toHaveLength(3);
		expect(projectBoard(data(), scope({ goalIds: [] }), TODAY).goals).toBeNull();
	});
});

const MARKER = 'CANARY-q7Zr4';
const PHONE_MARKER = '135792468';

/** Every free-text field the owner has that is never shared; a list of text gets one marked item. */
const PRIVATE_TEXT: Partial<Record<keyof AllRecords, string[]>> = {
	settings: ['checkinTags'],
	contacts: ['name', 'email', 'notes'],
	medications: ['purpose', 'sideEffectNotes'],
	doseEvents: ['reason'],
	careChanges: ['what', 'from', 'to', 'reason', 'decidedBy'],
	checkins: ['note', 'tags'],
	sideEffects: ['effect', 'note'],
	assessments: ['band'],
	therapySessions: ['topics', 'takeaways'],
	agendaItems: ['text'],
	thoughtRecords: ['situation', 'thoughts', 'evidenceFor', 'evidenceAgainst', 'balancedThought', 'thinkingTraps'],
	safetyPlan: ['warningSigns', 'copingStrategies', 'distractions', 'professionals', 'safeEnvironment', 'reasonsForLiving'],
	goals: ['why', 'topics', 'copingTools'],
	goalSteps: ['suggestedBy']
};

type Row = Record<string, unknown>;

function markedTables(): AllRecords {
	const tables = generateTenYears(99, '2026-03-11', 60) as unknown as Record<string, Row[]>;
	const mark = (record: Row, fields: string[]) => {
		const marked = { ...record };
		for (const field of fields) {
			expect(Object.hasOwn(record, field), field).toBe(true);
			marked[field] = Array.isArray(record[field]) ? [`${MARKER} ${field}`] : `${MARKER} ${field}`;
		}
		return marked;
	};
	for (const [table, fields] of Object.entries(PRIVATE_TEXT)) tables[table] = tables[table].map((row) => mark(row, fields));
	// Text inside lists of objects, and a phone number, which can only be digits.
	const inner = (rows: Row[], list: string, fields: string[]) =>
		rows.map((row) => ({ ...row, [list]: (row[list] as Row[]).map((item) => mark(item, fields)) }));
	tables.therapySessions = inner(tables.therapySessions, 'homework', ['text']);
	tables.thoughtRecords = inner(tables.thoughtRecords, 'emotions', ['name']);
	tables.contacts = tables.contacts.map((contact) => ({ ...contact, phone: `+44 ${PHONE_MARKER}` }));
	const line = { name: `${MARKER} line`, call: PHONE_MARKER, text: '', note: `${MARKER} line note` };
	tables.settings = tables.settings.map((settings) => ({ ...settings, customCrisisLines: [line] }));
	return tables as unknown as AllRecords;
}

describe('the privacy canary', () => {
	it('never lets a private note, thought, session, plan, contact or medication note into the board’s bytes', () => {
		const tables = markedTables();
		const now = instantAt('2026-03-11', '09:00', LONDON);
		const snapshot = projectBoard(ownerData(tables, now), WIDEST_SCOPE, '2026-03-11', { weeks: 52 });
		const doc = new Y.Doc();
		writeOwnerSection(doc, snapshot);
		const bytes = Y.encodeStateAsUpdate(doc);
		const utf8 = new TextDecoder('utf-8').decode(bytes);
		const latin1 = new TextDecoder('latin1').decode(bytes);
		// The board is not empty: what is shared is there.
		expect(utf8).toContain(tables.goals[0].title);
		expect(snapshot.doses!.length + snapshot.bands!.length).toBeGreaterThan(0);
		for (const decoded of [utf8, latin1]) {
			expect(decoded).not.toContain(MARKER);
			expect(decoded).not.toContain(PHONE_MARKER);
		}
	});
});

describe('the size of a board', () => {
	// Measured once, at collection, so the figures can be printed in the test names.
	const data = tenYearData();
	const measure = (weeks: number) => {
		const doc = new Y.Doc();
		writeOwnerSection(doc, projectBoard(data, WIDEST_SCOPE, TEN_YEARS_LAST_DAY, { weeks }));
		return boardBytes(doc);
	};
	const year = measure(52);
	const quarter = measure(12);

	it(`30 goals with a year of weekly summaries encode to ${year} bytes (${(year / 1024).toFixed(1)} KB), at most 48 KB`, () => {
		expect(year, `the board is ${year} bytes`).toBeLessThanOrEqual(MAX_BOARD_BYTES);
	});

	it(`the default twelve weeks encode to ${quarter} bytes (${(quarter / 1024).toFixed(1)} KB)`, () => {
		expect(quarter, `the board is ${quarter} bytes`).toBeLessThan(year);
	});

	it('stays small when re-written over and over: replaced parts are garbage-collected', () => {
		const snapshot = projectBoard(data, WIDEST_SCOPE, TEN_YEARS_LAST_DAY, { weeks: 52 });
		const doc = new Y.Doc();
		for (let round = 0; round < 100; round++) {
			// What a day of changes does: time moves, a step is ticked, adherence and a goal's week change.
			const goals = snapshot.goals!.map((goal, g) =>
				g === round % 30 ? { ...goal, steps: goal.steps.map((step) => ({ ...step, done: !step.done })) } : goal
			);
			const values = snapshot.adherence!.values.map((value) => (value === null ? null : (value + round) % 100));
			writeOwnerSection(doc, {
				...snapshot,
				meta: { ...snapshot.meta, projectedAt: new Date(TEN_NOW + round * 60_000).toISOString() },
				goals,
				adherence: { ...snapshot.adherence!, values }
			});
		}
		expect(boardBytes(doc), `after 100 rewrites the board is ${boardBytes(doc)} bytes`).toBeLessThanOrEqual(year + 500);
	});
});
