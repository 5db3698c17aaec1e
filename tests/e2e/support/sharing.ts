/** Steps the sharing tests share: an owner with goals, an invite, a supporter joining. */
import { expect, type Browser, type BrowserContext, type Page } from './test';

export interface Person {
	context: BrowserContext;
	page: Page;
	/** Content Security Policy violations the page reported (the suite's guard covers only its own page). */
	cspViolations: string[];
}

export async function newPerson(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<Person> {
	const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', ...options });
	if (process.env.TANDEM_P2P_DEBUG) await context.addInitScript(() => localStorage.setItem('log', 'true'));
	const page = await context.newPage();
	const cspViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
		if (process.env.TANDEM_P2P_DEBUG) console.log(`[page] ${message.text()}`);
	});
	if (process.env.TANDEM_P2P_DEBUG) page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
	return { context, page, cspViolations };
}

export async function addGoal(page: Page, title: string, steps: string[]): Promise<string> {
	await page.goto('/goals/new');
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const region = page.getByRole('region', { name: 'Steps' });
	for (const step of steps) {
		await region.getByLabel('A new step').fill(step);
		await region.getByRole('button', { name: 'Add step' }).click();
		await expect(region.getByRole('checkbox', { name: step })).toBeVisible();
	}
	return page.url();
}

/** The invite form's summaries: none is ticked until the person ticks it. */
export const SUMMARIES = [
	/How often I took my medication/,
	/My mood, sleep and energy/,
	/My doses in the next two days/,
	/My latest PHQ-9/
];

/** Invites `name` to the board with all goals and every summary ticked (everything that may be shared); returns the link. */
export async function invite(page: Page, name: string, ownerName = 'Alex'): Promise<string> {
	await page.goto('/sharing/invite');
	await page.getByLabel('Their name').fill(name);
	await page.getByLabel('Your name, as they will see it').fill(ownerName);
	for (const summary of SUMMARIES) await page.getByRole('checkbox', { name: summary }).check();
	await page.getByRole('button', { name: 'Create invite link' }).click();
	await expect(page.getByRole('heading', { name: 'Invite ready' })).toBeVisible();
	return page.getByRole('textbox', { name: `Invite link for ${name}` }).inputValue();
}

/** Opens the link and joins as `name`; resolves on the owner's board. */
export async function join(page: Page, link: string, name: string, ownerName = 'Alex'): Promise<void> {
	await page.goto(link);
	await page.getByLabel('Your name, as they will see it').fill(name);
	await page.getByRole('button', { name: 'Join board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${ownerName}’s board` })).toBeVisible({ timeout: 30_000 });
}

/**
 * Records every byte the page sends on a WebRTC data channel or a WebSocket: what leaves the device. What
 * goes to the relay is also kept as it was sent (base64), to compare with what the relay stores.
 */
export async function recordWhatLeaves(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const sent: string[] = [];
		const toRelay: string[] = [];
		(window as unknown as { __sent: string[]; __toRelay: string[] }).__sent = sent;
		(window as unknown as { __sent: string[]; __toRelay: string[] }).__toRelay = toRelay;
		const decoder = new TextDecoder('utf-8', { fatal: false });
		const bytes = (data: unknown): Uint8Array | null => {
			if (data instanceof ArrayBuffer) return new Uint8Array(data);
			if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
			return null;
		};
		const text = (data: unknown): string => {
			if (typeof data === 'string') return data;
			const raw = bytes(data);
			return raw ? decoder.decode(raw) : String(data);
		};
		for (const Channel of [RTCDataChannel, WebSocket]) {
			const send = Channel.prototype.send as (this: unknown, data: unknown) => void;
			Channel.prototype.send = function (this: unknown, data: unknown) {
				sent.push(text(data));
				const raw = bytes(data);
				if (this instanceof WebSocket && this.url.includes(':4455') && raw) {
					let binary = '';
					for (const byte of raw) binary += String.fromCharCode(byte);
					toRelay.push(btoa(binary));
				}
				return send.call(this, data);
			} as typeof Channel.prototype.send;
		}
	});
}

/** Every message the page sent to the relay, as bytes. */
export async function sentToRelay(page: Page): Promise<Buffer[]> {
	const sent = await page.evaluate(() => (window as unknown as { __toRelay: string[] }).__toRelay ?? []);
	return sent.map((message) => Buffer.from(message, 'base64'));
}

export function whatLeft(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __sent: string[] }).__sent ?? []);
}

/** Every update stored in this browser's board copies (y-indexeddb), decoded as text. */
export function storedBoardText(page: Page): Promise<{ databases: number; text: string }> {
	return page.evaluate(async () => {
		const names = ((await indexedDB.databases()) ?? [])
			.map((database) => database.name ?? '')
			.filter((name) => name.startsWith('tandem-board-'));
		const decoder = new TextDecoder('utf-8', { fatal: false });
		let text = '';
		for (const name of names) {
			text += await new Promise<string>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const read = db.transaction('updates', 'readonly').objectStore('updates').getAll();
					read.onsuccess = () => {
						db.close();
						resolve((read.result as Uint8Array[]).map((update) => decoder.decode(update)).join('\n'));
					};
					read.onerror = () => reject(read.error);
				};
			});
		}
		return { databases: names.length, text };
	});
}
