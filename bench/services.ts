/** The sharing services the bench starts for itself (signaling, relay), each by its own PID, each stopped with the bench. */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';

export function answers(url: string): Promise<boolean> {
	return new Promise((resolve) => {
		const request = get(url, (response) => {
			response.resume();
			resolve(true);
		});
		request.on('error', () => resolve(false));
	});
}

/** Starts `node <script>` from the project with `env`, waits until `url` answers; returns the stop. */
export async function startService(root: string, script: string, url: string, env: Record<string, string>): Promise<() => void> {
	if (await answers(url)) throw new Error(`something already answers on ${url} (is \`npm start\` running?)`);
	const child = spawn(process.execPath, [join(root, script)], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	// However the bench ends, the server goes with it (by its own PID).
	process.once('exit', stop);
	for (let tries = 0; tries < 100 && !(await answers(url)); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
	if (!(await answers(url))) {
		stop();
		throw new Error(`${script} did not start`);
	}
	return stop;
}

/** y-webrtc's own signaling server through the project's wrapper, on 127.0.0.1:4444. */
export const startSignaling = (root: string) =>
	startService(root, 'scripts/signal.js', 'http://127.0.0.1:4444', { HOST: '127.0.0.1', PORT: '4444' });

/** The relay (Hocuspocus and its file store) on 127.0.0.1:4455, keeping its files in `folder`. */
export const startRelay = (root: string, folder: string) =>
	startService(root, 'scripts/relay.js', 'http://127.0.0.1:4455/health', {
		HOST: '127.0.0.1',
		PORT: '4455',
		RELAY_DATA: folder
	});
