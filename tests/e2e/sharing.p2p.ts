/**
 * Sharing a goal board between browsers, through y-webrtc's own signaling server, inside a private
 * network namespace (npm run test:p2p). Every person is a separate browser context with its own IndexedDB.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { fillLinearPlan } from './support/meds';
import { addGoal, invite, join, newPerson } from './support/sharing';
import { expect, test } from './support/test';

test('invite → join: the supporter sees the goals; a ticked step shows; a suggestion accepted becomes a step', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	const goalUrl = await addGoal(owner.page, 'Sleep better', ['Screens off at 10', 'Same wake time']);
	await addGoal(owner.page, 'Walk every day', ['Walk to the shop']);
	const link = await invite(owner.page, 'Dr Lee');

	// The secret is only after the '#', which browsers never send to a server.
	expect(link).toMatch(/^http:\/\/localhost:\d+\/join#v=1&room=[\w-]{22,}&key=[\w-]{22,}&sig=/);
	expect(link.split('#')[0]).toMatch(/\/join$/);

	await join(supporter.page, link, 'Dr Lee');
	const sleep = supporter.page.getByRole('article', { name: 'Sleep better' });
	await expect(sleep).toContainText('0 of 2 steps done');
	await expect(sleep.getByRole('list', { name: 'Steps for Sleep better' })).toContainText('Screens off at 10');
	await expect(supporter.page.getByRole('article', { name: 'Walk every day' })).toBeVisible();
	await expect(supporter.page.getByText(/^Live/)).toBeVisible();

	// The owner ticks a step: the supporter sees it without reloading.
	await owner.page.goto(goalUrl);
	await owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'Screens off at 10' }).check();
	await expect(sleep).toContainText('1 of 2 steps done');

	// The supporter writes encouragement and suggests a step.
	await supporter.page.getByLabel('Encouragement on “Sleep better”').fill('Great start this week!');
	await sleep.getByRole('button', { name: 'Send' }).click();
	await supporter.page.getByLabel('Suggest a step for “Sleep better”').fill('No coffee after 2 pm');
	await sleep.getByRole('button', { name: 'Suggest' }).click();
	await expect(sleep).toContainText('“No coffee after 2 pm” (waiting)');

	// The owner sees both on the Sharing screen and accepts the step.
	await owner.page.goto('/sharing');
	const card = owner.page.getByRole('region', { name: 'Dr Lee' });
	await expect(card).toContainText('Connected now');
	await expect(card).toContainText('Great start this week!');
	await expect(card).toContainText('Dr Lee on “Sleep better”');
	await card.getByRole('button', { name: 'Accept “No coffee after 2 pm”' }).click();
	await expect(card).toContainText('Added “No coffee after 2 pm” to Sleep better.');

	await owner.page.goto(goalUrl);
	await expect(
		owner.page.getByRole('region', { name: 'Steps' }).getByRole('checkbox', { name: 'No coffee after 2 pm' })
	).toBeVisible();
	// The supporter's board follows: the step is on it and the suggestion is marked accepted.
	await expect(sleep.getByRole('list', { name: 'Steps for Sleep better' })).toContainText('No coffee after 2 pm');
	await expect(sleep).toContainText('“No coffee after 2 pm” (accepted)');

	expect([...owner.cspViolations, ...supporter.cspViolations]).toEqual([]);
	await owner.context.close();
	await supporter.context.close();
});

test('upcoming doses: the supporter adds them to a calendar and sends a reminder, which the owner sees at once and on Today', async ({
	browser
}) => {
	const owner = await newPerson(browser);
	const supporter = await newPerson(browser);
	await owner.page.goto('/meds/new');
	await fillLinearPlan(owner.page, { name: 'Sertraline', strength: '25', start: '25', step: '25', every: '7', target: '100' });
	await owner.page.getByRole('button', { name: 'Save medication' }).click();
	await expect(owner.page.getByRole('heading', { level: 1, name: 'Sertraline' })).toBeVisible();
	const link = await invite(owner.page, 'Sam');
	await join(supporter.page, link, 'Sam');

	const doses = supporter.page.getByRole('region', { name: 'Next doses' });
	await expect(doses.getByRole('listitem').first()).toContainText('Sertraline, 25 mg');
	const shown = await doses.getByRole('listitem').count();
	expect(shown).toBeGreaterThanOrEqual(2);
	const download = supporter.page.waitForEvent('download');
	await doses.getByRole('button', { name: 'Add these to my calendar' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('tandem-alex-doses.ics');
	const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8')));
	const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
	expect(events).toHaveLength(shown);
	expect(events[0].summary).toBe('Remind Alex: Sertraline 25 mg');
	expect(events.every((event) => event.startDate.toJSDate().getTime() > Date.now())).toBe(true);

	await supporter.page.getByLabel('A friendly dose reminder (optional message)').fill('Time for your morning tablet 🙂');
	await supporter.page.getByRole('button', { name: 'Send reminder' }).click();
	await expect(supporter.page.getByText('Reminder sent.')).toBeVisible();
	const notice = owner.page.getByRole('status').filter({ hasText: 'Sam sent a dose reminder' });
	await expect(notice).toContainText('“Time for your morning tablet 🙂”');
	await owner.page.goto('/');
	const today = owner.page.getByRole('region', { name: 'Reminders from your supporters' });
	await expect(today).toContainText('Sam reminded you about your medication: “Time for your morning tablet 🙂”');
	await today.getByRole('button', { name: 'Thanks, Sam' }).click();
	await expect(today).toHaveCount(0);
	await owner.page.reload();
	await expect(owner.page.getByRole('region', { name: 'Reminders from your supporters' })).toHaveCount(0);
	await owner.context.close();
	await supporter.context.close();
});
