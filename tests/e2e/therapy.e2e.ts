import { expect, test } from './support/test';
import { expectNoViolations } from './support/axe';

test('breathing with reduced motion: words and a count, no circle, Stop always there, and the use is logged', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/therapy/breathing');
	await page.getByRole('radio', { name: /4-7-8 breathing/ }).check();
	await page.getByLabel('How long').selectOption('1');
	await page
		.getByRole('group', { name: 'How distressed are you right now?' })
		.getByRole('radio', { name: '7', exact: true })
		.check();
	await page.getByRole('button', { name: 'Start breathing' }).click();

	const guide = page.getByRole('region', { name: 'Breathing guide' });
	await expect(guide.getByText('Breathe in')).toBeVisible();
	// With reduced motion the animated circle is not drawn at all; the phase in words carries the guide.
	await expect(guide.locator('svg.circle')).toBeHidden();
	await expect(guide.getByText('Hold', { exact: true })).toBeVisible({ timeout: 10_000 });
	await expect(guide.getByRole('button', { name: 'Stop' })).toBeVisible();
	await guide.getByRole('button', { name: 'Stop' }).click();

	await page.getByRole('group', { name: 'How distressed are you now?' }).getByRole('radio', { name: '4', exact: true }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Distress 7 before, 4 after.');

	await page.getByRole('link', { name: 'See what helps you' }).click();
	const helps = page.getByRole('region', { name: 'What helps you' });
	await expect(helps).toContainText(
		'4-7-8 breathing: used 1 time. Distress down 3.0 points on average (from 7.0 to 4.0), over 1 rated use.'
	);
});

test('with motion allowed the circle breathes; a custom pattern is checked and remembered', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/therapy/breathing');
	await page.getByRole('radio', { name: 'Your own pattern' }).check();
	await page.getByLabel('Breathe in (seconds)').fill('0');
	await page.getByRole('button', { name: 'Start breathing' }).click();
	await expect(page.getByText('Breathing in needs at least 1 second.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Breathing guide' })).toHaveCount(0);

	await page.getByLabel('Breathe in (seconds)').fill('5');
	await page.getByLabel('Breathe out (seconds)').fill('7');
	await page.getByRole('button', { name: 'Start breathing' }).click();
	const guide = page.getByRole('region', { name: 'Breathing guide' });
	await expect(guide.locator('svg.circle')).toBeVisible();
	await expect(guide.locator('svg.circle')).toHaveClass(/expanded/);
	await guide.getByRole('button', { name: 'Stop' }).click();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('This use is saved.');

	await page.goto('/therapy/breathing');
	await page.getByRole('radio', { name: 'Your own pattern' }).check();
	await expect(page.getByLabel('Breathe in (seconds)')).toHaveValue('5');
	await expect(page.getByLabel('Breathe out (seconds)')).toHaveValue('7');
});

test('a complete thought record, kept as a draft first, then finished, on the agenda and in what helps', async ({ page }) => {
	await page.goto('/therapy/thoughts');
	await page.getByRole('link', { name: 'New thought record' }).click();
	await page.getByRole('textbox', { name: 'Situation' }).fill('My manager didn’t answer my email');
	await page
		.getByRole('group', { name: 'How distressed are you right now?' })
		.getByRole('radio', { name: '8', exact: true })
		.check();
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('status')).toContainText('Draft saved');

	// Leave, and find the draft again.
	await page.goto('/therapy/thoughts');
	await page.getByRole('region', { name: 'Drafts' }).getByRole('link', { name: 'My manager didn’t answer my email' }).click();
	await expect(page.getByRole('heading', { name: 'Continue your thought record' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Situation' })).toHaveValue('My manager didn’t answer my email');
	await page
		.getByRole('group', { name: 'How distressed are you right now?' })
		.getByRole('radio', { name: '8', exact: true })
		.check();
	const next = page.getByRole('button', { name: 'Next' });
	await next.click();
	await page.getByRole('textbox', { name: 'Automatic thoughts' }).fill('She thinks my work is useless');
	await next.click();
	await page.getByLabel('Name an emotion').fill('Anxious');
	await page.getByRole('button', { name: 'Add emotion' }).click();
	await page.getByLabel('Anxious, how strong (0–100)').fill('80');
	await next.click();
	await page.getByRole('textbox', { name: 'Evidence for' }).fill('She was short with me last week');
	await next.click();
	await page.getByRole('textbox', { name: 'Evidence against' }).fill('She praised my report; she is on leave today');
	await next.click();
	await page.getByRole('checkbox', { name: /Mind reading/ }).check();
	await next.click();
	// Finishing with the balanced thought missing says what is needed and where.
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByRole('alert')).toContainText('Write a balanced thought — even a small step counts.');
	await page.getByRole('button', { name: 'Go to that step' }).click();
	await page.getByRole('textbox', { name: 'Balanced thought' }).fill('She may simply be busy; one late reply says little.');
	await next.click();
	await page.getByLabel('Anxious now (0–100; it was 80)').fill('40');
	await page
		.getByRole('group', { name: 'How distressed are you now?' })
		.getByRole('radio', { name: '5 a lot', exact: true })
		.check();
	await page.getByRole('checkbox', { name: 'Bring this up at my next session' }).check();
	await page.getByRole('button', { name: 'Finish' }).click();

	await expect(page.getByRole('status')).toHaveText('Thought record saved.');
	const record = page.getByRole('region', { name: 'Your thought record' });
	await expect(record).toContainText('She may simply be busy');
	await expect(record).toContainText('Anxious: 80 → 40 out of 100');
	await expect(record).toContainText('Mind reading');

	await page.goto('/therapy/thoughts');
	await expect(page.getByRole('region', { name: 'Drafts' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Anxious 80 → 40');

	await page.goto('/therapy');
	await expect(page.getByRole('region', { name: 'Agenda for next time' })).toContainText(
		'Thought record: My manager didn’t answer my email · From a thought record'
	);
	await expect(page.getByRole('region', { name: 'What helps you' })).toContainText(
		'Thought record: used 1 time. Distress down 3.0 points on average (from 8.0 to 5.0), over 1 rated use.'
	);
});

test('grounding goes one sense at a time and what helps adds it up over uses', async ({ page }) => {
	for (const [before, after] of [
		['6', '3'],
		['8', '6']
	]) {
		await page.goto('/therapy/grounding');
		await page
			.getByRole('group', { name: 'How distressed are you right now?' })
			.getByRole('radio', { name: before, exact: true })
			.check();
		await page.getByRole('button', { name: 'Start grounding' }).click();
		for (const heading of ['5 things you can see', '4 things you can feel', '3 things you can hear', '2 things you can smell']) {
			await expect(page.getByRole('heading', { name: heading })).toBeFocused();
			await page.getByRole('button', { name: 'Next' }).click();
		}
		await expect(page.getByRole('heading', { name: '1 thing you can taste' })).toBeVisible();
		await page.getByRole('button', { name: 'Finish' }).click();
		await page
			.getByRole('group', { name: 'How distressed are you now?' })
			.getByRole('radio', { name: after, exact: true })
			.check();
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toContainText(`Distress ${before} before, ${after} after.`);
	}
	await page.goto('/therapy');
	await expect(page.getByRole('region', { name: 'What helps you' })).toContainText(
		'5-4-3-2-1 grounding: used 2 times. Distress down 2.5 points on average (from 7.0 to 4.5), over 2 rated uses. Lower afterwards 2 of 2 times.'
	);
});

test('a journal note reaches a session’s agenda and is ticked there; homework waits on Today until done', async ({ page }) => {
	await page.goto('/journal/day');
	await page.getByRole('button', { name: 'Okay', exact: true }).click();
	await page.getByLabel('Note', { exact: true }).fill('Is the afternoon slump the new dose?');
	await page.getByLabel('Bring this note up at my next appointment').check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page).toHaveURL('/journal');

	await page.goto('/therapy');
	await page.getByRole('region', { name: 'Sessions' }).getByRole('link', { name: 'Log a session' }).click();
	await page.getByLabel('Date').fill('2026-11-20');
	await page.getByLabel('Time').fill('14:00');
	await page.getByRole('radio', { name: 'Phone or video check-in' }).check();
	await page.getByLabel('Add a topic').fill('sleep');
	await page.getByRole('button', { name: 'Add topic' }).click();
	await page.getByLabel('Takeaways').fill('Keep a wind-down hour before bed.');
	await page.getByRole('button', { name: 'Add homework' }).click();
	await page.getByLabel('Homework 1', { exact: true }).fill('Sleep diary every morning');
	await page
		.getByRole('group', { name: 'Mood after the session (optional)' })
		.getByRole('radio', { name: 'Good', exact: true })
		.check();
	await page.getByRole('button', { name: 'Save session' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toContainText('Session:');
	const sessionAgenda = page.getByRole('region', { name: 'Agenda' });
	await sessionAgenda.getByRole('checkbox', { name: 'Is the afternoon slump the new dose?' }).click();
	await expect(sessionAgenda.getByRole('heading', { name: 'Discussed in this session' })).toBeVisible();
	await expect(sessionAgenda.getByRole('checkbox', { name: 'Is the afternoon slump the new dose?' })).toBeChecked();
	await page.reload();
	await expect(
		page.getByRole('region', { name: 'Agenda' }).getByRole('checkbox', { name: 'Is the afternoon slump the new dose?' })
	).toBeChecked();

	await page.goto('/therapy');
	await expect(page.getByRole('region', { name: 'Agenda for next time' }).getByText(/^Discussed \(1\)$/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Sessions' })).toContainText('Phone or video check-in · sleep');

	await page.goto('/');
	const homework = page.getByRole('region', { name: 'Therapy homework' });
	await homework.getByRole('checkbox', { name: 'Sleep diary every morning' }).click();
	await expect(page.getByRole('region', { name: 'Therapy homework' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Therapy homework' })).toHaveCount(0);
});

test('something to bring up can be jotted down from Today and waits on the agenda', async ({ page }) => {
	// Today offers it once the person has saved something.
	await page.goto('/');
	await page.getByRole('region', { name: 'Check in' }).getByRole('button', { name: 'Okay', exact: true }).click();
	await page.getByText('Something to bring up at your next session?').click();
	await page.getByLabel('To bring up').fill('Whether the evening dose could move earlier');
	await page.getByRole('button', { name: 'Add to agenda' }).click();
	await expect(page.getByText('Added to the agenda for your next session.')).toBeVisible();
	await page.goto('/therapy');
	await expect(page.getByRole('region', { name: 'Agenda for next time' })).toContainText(
		'Whether the evening dose could move earlier · Added here'
	);
});

test('the next planned session shows on Today', async ({ page }) => {
	await page.goto('/care-team');
	await page.goto('/therapy');
	await page.getByRole('link', { name: 'Plan next session' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Plan a session' })).toBeVisible();
	await page.getByLabel('Time').fill('15:30');
	await expect(page.getByLabel('Takeaways')).toHaveCount(0);
	await page.getByRole('button', { name: 'Plan session' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Planned session');

	await page.goto('/');
	const next = page.getByRole('region', { name: 'Next session' });
	await expect(next).toContainText(/3:30\s?PM|15:30/);
	await next.getByRole('link', { name: 'Open session' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Planned session');
});

test('the session and thought-record pages have no accessibility violations, light and dark', async ({ page }) => {
	await page.goto('/therapy/sessions/new');
	await page.getByLabel('Date').fill('2026-11-20');
	await page.getByRole('button', { name: 'Add homework' }).click();
	await page.getByLabel('Homework 1', { exact: true }).fill('Walk after lunch');
	await page.getByRole('button', { name: 'Save session' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Session:');
	const sessionUrl = page.url();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(sessionUrl);
		await expect(page.getByRole('region', { name: 'Homework' })).toBeVisible();
		await expectNoViolations(page, `session page, ${scheme}`);
		await page.goto('/therapy/breathing');
		await page.getByRole('button', { name: 'Start breathing' }).click();
		await expect(page.getByRole('region', { name: 'Breathing guide' })).toBeVisible();
		await expectNoViolations(page, `breathing guide, ${scheme}`);
		await page.getByRole('button', { name: 'Stop' }).click();
		await expectNoViolations(page, `after breathing, ${scheme}`);
	}
});
