import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CSV_EXPORTS,
	csvFileName,
	csvLookups,
	csvTable,
	toCsv,
	type CsvExportName,
	type CsvLookups,
	type CsvRecord
} from '$lib/domain/csv';
import type { AllRecords, Assessment, CareChange, Checkin, DoseEvent, Goal, GoalStep, SideEffect } from '$lib/domain/records';
import {
	assessmentRecord,
	careChangeRecord,
	checkinRecord,
	contactRecord,
	doseEventRecord,
	goalRecord,
	goalStepRecord,
	medicationRecord,
	sideEffectRecord
} from '../../fixtures/factories';
import { generateTenYears, TEN_YEARS_LAST_DAY } from '../../fixtures/tenYears';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The rows a spreadsheet would see: the file must start with the BOM and end each record with CRLF. */
function parseBack(text: string): string[][] {
	expect(text.startsWith(BOM)).toBe(true);
	expect(text.endsWith(CRLF)).toBe(true);
	const parsed = Papa.parse<string[]>(text.slice(BOM.length, -CRLF.length), { newline: CRLF });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

/** What the table says each cell is, as the text a parser reads back. */
function asText(kind: CsvExportName, records: readonly CsvRecord<CsvExportName>[], lookups: CsvLookups): string[][] {
	const { header, rows } = csvTable(kind, records as CsvRecord<typeof kind>[], lookups);
	return [header, ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))];
}

function recordsOf<K extends CsvExportName>(kind: K, tables: AllRecords): CsvRecord<K>[] {
	const table = CSV_EXPORTS.find((entry) => entry.name === kind)!.table;
	return tables[table] as CsvRecord<K>[];
}

const NOTE = 'Said "no, thanks", then cried.\nSecond line 🌧️ — Плохо спал, 眠れなかった';
const FORMULA = '=HYPERLINK("https://evil.example","click")';

const sertraline = medicationRecord('med-s', { name: 'Sertraline', unit: 'mg' });
const quetiapine = medicationRecord('med-q', { name: 'Quetiapine, slow release', unit: 'mg' });
const sleepGoal: Goal = goalRecord('goal-sleep', {
	title: 'Sleep 7 hours',
	why: '=1+1 so I can work',
	area: 'dailyLife',
	setWith: ['contact-1', 'gone'],
	startDay: '2026-03-01',
	target: { metric: 'sleepHours', comparison: '>=', value: 7, window: { kind: 'daysOfWeek', days: 5 }, subjectId: null },
	medicationIds: ['med-q'],
	copingTools: ['breathing-box', 'grounding']
});
const lookups = csvLookups({
	medications: [sertraline, quetiapine],
	goals: [sleepGoal],
	contacts: [contactRecord('contact-1', { name: 'Dr Okafor', role: 'psychiatrist' })]
});

describe('CSV exports', () => {
	it('name their files by export and day', () => {
		expect(csvFileName('checkins', '2026-11-27')).toBe('tandem-checkins-2026-11-27.csv');
		expect(csvFileName('goalSteps', '2026-11-27')).toBe('tandem-goal-steps-2026-11-27.csv');
		expect(new Set(CSV_EXPORTS.map((entry) => csvFileName(entry.name, '2026-11-27'))).size).toBe(CSV_EXPORTS.length);
	});

	it.each(CSV_EXPORTS.map((entry) => [entry.name] as const))('%s: with no records, has just the header', (kind) => {
		const text = toCsv(kind, [], lookups);
		const { header } = csvTable(kind, [], lookups);
		expect(text).toBe(BOM + header.join(',') + CRLF);
		expect(parseBack(text)).toEqual([header]);
	});

	it('check-ins: oldest first, numbers as numbers, tags joined, tricky notes quoted', () => {
		const checkin: Checkin = checkinRecord('2026-03-02', {
			id: 'c2',
			mood: 4,
			sleepHours: 7.5,
			sleepQuality: 3,
			stress: 0,
			panicAttacks: 1,
			tags: ['walk', 'friends, old ones'],
			note: NOTE
		});
		const earlier: Checkin = { ...checkin, id: 'c1', day: '2026-03-01', tags: [], note: FORMULA, sleepHours: null };
		const text = toCsv('checkins', [checkin, earlier], lookups);
		expect(text.split(CRLF)[0]).toBe(
			`${BOM}Date,Mood (1–5),Sleep hours,Sleep quality (1–5),Energy (1–5),Stress (0–10),Concentration (1–5),Panic attacks,Cravings (0–10),Tags,Note`
		);
		expect(text).toContain(',7.5,3,,0,,1,,');
		expect(parseBack(text)).toEqual([
			expect.any(Array),
			['2026-03-01', '4', '', '3', '', '0', '', '1', '', '', `'${FORMULA}`],
			['2026-03-02', '4', '7.5', '3', '', '0', '', '1', '', 'walk; friends, old ones', NOTE]
		]);
	});

	it('doses: medication name and unit joined in, as-needed doses marked', () => {
		const dose: DoseEvent = doseEventRecord('med-s', 'slot-am', '2026-03-01', 'taken', '2026-03-01T08:05:00.000-05:00', {
			id: 'd1',
			amount: 50,
			dueAt: '2026-03-01T08:00:00.000-05:00'
		});
		const prn: DoseEvent = {
			...dose,
			id: 'd2',
			medicationId: 'med-q',
			slotId: null,
			amount: 12.5,
			status: 'skipped',
			takenAt: null,
			dueAt: null,
			reason: '-felt "wired"'
		};
		const orphan: DoseEvent = { ...dose, id: 'd3', medicationId: 'deleted', dueDay: '2026-02-28' };
		expect(parseBack(toCsv('doses', [dose, prn, orphan], lookups))).toEqual([
			['Due date', 'Medication', 'Scheduled or as needed', 'Amount', 'Unit', 'Status', 'Due at', 'Taken at', 'Reason'],
			['2026-02-28', '', 'scheduled', '50', '', 'taken', '2026-03-01T08:00:00.000-05:00', '2026-03-01T08:05:00.000-05:00', ''],
			['2026-03-01', 'Quetiapine, slow release', 'as needed', '12.5', 'mg', 'skipped', '', '', `'-felt "wired"`],
			[
				'2026-03-01',
				'Sertraline',
				'scheduled',
				'50',
				'mg',
				'taken',
				'2026-03-01T08:00:00.000-05:00',
				'2026-03-01T08:05:00.000-05:00',
				''
			]
		]);
	});

	it('side effects: ordered as moments even when offsets differ', () => {
		const later: SideEffect = sideEffectRecord('Nausea', 'mild', '2026-03-01T09:00:00.000+01:00', {
			id: 's1',
			medicationId: 'med-s',
			note: '@once\r\nthen gone',
			onAgenda: true
		});
		const earlier: SideEffect = {
			...later,
			id: 's2',
			at: '2026-03-01T08:30:00.000+02:00',
			medicationId: null,
			note: '',
			onAgenda: false
		};
		expect(parseBack(toCsv('sideEffects', [later, earlier], lookups))).toEqual([
			['Date and time', 'Side effect', 'Severity', 'Medication', 'Note', 'On agenda'],
			['2026-03-01T08:30:00.000+02:00', 'Nausea', 'mild', '', '', 'no'],
			['2026-03-01T09:00:00.000+01:00', 'Nausea', 'mild', 'Sertraline', "'@once\r\nthen gone", 'yes']
		]);
	});

	it('questionnaires: one column per item, empty past the last item', () => {
		const gad7: Assessment = assessmentRecord('GAD-7', '2026-03-01T20:00:00.000Z', 9, {
			id: 'a1',
			answers: [1, 2, 0, 3, 1, 0, 2]
		});
		const phq9: Assessment = {
			...gad7,
			id: 'a2',
			instrument: 'PHQ-9',
			answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
			score: 1,
			difficulty: 2
		};
		const [header, ...rows] = parseBack(toCsv('questionnaires', [gad7, phq9], lookups));
		expect(header).toEqual([
			'Date and time',
			'Questionnaire',
			'Score',
			'Band',
			...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((item) => `Item ${item}`),
			'Difficulty (0–3)'
		]);
		expect(rows).toEqual([
			['2026-03-01T20:00:00.000Z', 'GAD-7', '9', 'mild', '1', '2', '0', '3', '1', '0', '2', '', '', ''],
			['2026-03-01T20:00:00.000Z', 'PHQ-9', '1', 'mild', '0', '0', '0', '0', '0', '0', '0', '0', '1', '2']
		]);
	});

	it('care changes: kinds in words, medications and goals by name', () => {
		const change: CareChange = careChangeRecord('ch1', '2026-03-05', 'doseStep', {
			medicationIds: ['med-s', 'med-q', 'deleted'],
			what: 'Sertraline dose step',
			from: '+25 mg',
			to: '50 mg',
			reason: 'Planned, "as agreed"',
			decidedBy: 'Dr Okafor',
			goalIds: ['goal-sleep']
		});
		expect(
			parseBack(toCsv('careChanges', [change, { ...change, kind: 'therapyChange', medicationIds: [], goalIds: [] }], lookups))
		).toEqual([
			['Date', 'Kind', 'What changed', 'Medications', 'From', 'To', 'Reason', 'Decided by', 'Linked goals'],
			[
				'2026-03-05',
				'Dose step',
				'Sertraline dose step',
				'Sertraline; Quetiapine, slow release',
				"'+25 mg",
				'50 mg',
				'Planned, "as agreed"',
				'Dr Okafor',
				'Sleep 7 hours'
			],
			['2026-03-05', 'Therapy change', 'Sertraline dose step', '', "'+25 mg", '50 mg', 'Planned, "as agreed"', 'Dr Okafor', '']
		]);
	});

	it('goals: areas in the words the goal screens use (one label for each area)', () => {
		const area = (goal: Goal) => asText('goals', [goal], lookups)[1][2];
		expect(area({ ...sleepGoal, area: 'work' })).toBe('Work or school');
		expect(area({ ...sleepGoal, area: 'dailyLife' })).toBe('Daily life');
	});

	it('goals: the target as words and as its parts; a negative value stays a number', () => {
		const noTarget: Goal = {
			...sleepGoal,
			id: 'goal-2',
			title: 'Call Mum',
			why: '',
			startDay: '2026-02-01',
			target: null,
			setWith: [],
			medicationIds: [],
			copingTools: []
		};
		const lessStress: Goal = {
			...sleepGoal,
			id: 'goal-3',
			title: 'Worry less',
			why: '',
			startDay: '2026-04-01',
			reviewDay: '2026-06-01',
			status: 'achieved',
			target: { metric: 'stress', comparison: '=', value: -3, window: { kind: 'weeklyTotal' }, subjectId: null },
			medicationIds: ['deleted'],
			topics: ['work', 'family']
		};
		const text = toCsv('goals', [sleepGoal, noTarget, lessStress], lookups);
		expect(text).toContain(',exactly,-3,weekly total,');
		expect(parseBack(text)).toEqual([
			[
				'Title',
				'Why',
				'Area',
				'Works on',
				'Set with',
				'Start date',
				'Review date',
				'Status',
				'Target',
				'Target measure',
				'Target comparison',
				'Target value',
				'Target window',
				'Target subject',
				'Medications',
				'Coping tools',
				'Topics'
			],
			['Call Mum', '', 'Daily life', 'both', '', '2026-02-01', '', 'active', '', '', '', '', '', '', '', '', ''],
			[
				'Sleep 7 hours',
				"'=1+1 so I can work",
				'Daily life',
				'both',
				'Dr Okafor',
				'2026-03-01',
				'',
				'active',
				'Sleep hours at least 7, on 5 of 7 days',
				'Sleep hours',
				'at least',
				'7',
				'on 5 of 7 days',
				'',
				'Quetiapine, slow release',
				'breathing-box; grounding',
				''
			],
			[
				'Worry less',
				'',
				'Daily life',
				'both',
				'Dr Okafor',
				'2026-04-01',
				'2026-06-01',
				'achieved',
				'Stress exactly -3, weekly total',
				'Stress',
				'exactly',
				'-3',
				'weekly total',
				'',
				'',
				'breathing-box; grounding',
				'work; family'
			]
		]);
	});

	it('goals: names the medication an adherence target is about, and uses the caller’s wording of a target', () => {
		const adherence: Goal = {
			...sleepGoal,
			target: { metric: 'adherence', comparison: '>=', value: 90, window: { kind: 'latest' }, subjectId: 'med-s' }
		};
		const column = (table: { header: string[]; rows: unknown[][] }, name: string) =>
			table.rows.map((row) => row[table.header.indexOf(name)]);
		expect(column(csvTable('goals', [adherence], lookups), 'Target subject')).toEqual(['Sertraline']);
		expect(column(csvTable('goals', [adherence], lookups), 'Target')).toEqual(['Adherence at least 90, latest']);
		const worded = { ...lookups, describeTarget: () => '=Adherence ≥ 90%' };
		expect(column(csvTable('goals', [adherence], worded), 'Target')).toEqual(["'=Adherence ≥ 90%"]);
	});

	it('goal steps: grouped by goal, in step order', () => {
		const step = (id: string, goalId: string, order: number, overrides: Partial<GoalStep> = {}): GoalStep =>
			goalStepRecord(id, goalId, order, { text: `Step ${order}`, ...overrides });
		const steps = [
			step('s3', 'goal-sleep', 2, { text: 'Tab\tinside, "quoted"', suggestedBy: 'Sam (therapist)' }),
			step('s1', 'goal-sleep', 0, { doneAt: '2026-03-02T21:00:00.000Z' }),
			step('s9', 'unknown-goal', 1, { text: '\tstarts with a tab' })
		];
		expect(parseBack(toCsv('goalSteps', steps, lookups))).toEqual([
			['Goal', 'Order', 'Step', 'Done at', 'Suggested by'],
			['', '1', "'\tstarts with a tab", '', ''],
			['Sleep 7 hours', '0', 'Step 0', '2026-03-02T21:00:00.000Z', ''],
			['Sleep 7 hours', '2', 'Tab\tinside, "quoted"', '', 'Sam (therapist)']
		]);
	});

	it.each(CSV_EXPORTS.map((entry) => [entry.name] as const))(
		'%s: a month of fixture data parses back to the same rows',
		(kind) => {
			const month = generateTenYears(7, TEN_YEARS_LAST_DAY, 30);
			const monthLookups = csvLookups(month);
			const records = recordsOf(kind, month);
			const rows = parseBack(toCsv(kind, records, monthLookups));
			expect(rows).toEqual(asText(kind, records, monthLookups));
			expect(rows).toHaveLength(records.length + 1);
		}
	);

	it('ten years of data: every export parses back, one check-in row per check-in', () => {
		const tenYears = generateTenYears();
		const tenYearLookups = csvLookups(tenYears);
		for (const { name } of CSV_EXPORTS) {
			const records = recordsOf(name, tenYears);
			expect(parseBack(toCsv(name, records, tenYearLookups))).toEqual(asText(name, records, tenYearLookups));
		}
		expect(parseBack(toCsv('checkins', tenYears.checkins, tenYearLookups))).toHaveLength(tenYears.checkins.length + 1);
		expect(tenYears.checkins).toHaveLength(3_650);
		// Ten years through every export: a few seconds on two busy cores.
	}, 30_000);
});
