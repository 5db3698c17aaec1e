#!/usr/bin/env node
// Runs the peer-to-peer end-to-end suite (playwright.p2p.config.ts) inside a private network namespace:
// loopback plus a veth pair 198.18.0.1/24 ⇄ 198.18.0.2/24 and nothing else, so WebRTC has a
// non-loopback interface to gather candidates on (Chromium gathers none on loopback alone) and no packet
// can reach any real network. Needs root (CI has it); without it (a laptop), or with
// TANDEM_P2P_NO_NAMESPACE=1, the suite runs directly on the machine's own interfaces. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const playwright = ['node_modules/.bin/playwright', 'test', '-c', 'playwright.p2p.config.ts', ...args];
const quote = (word) => `'${word.replaceAll("'", `'\\''`)}'`;

// Without root (a laptop), no namespace can be made: run on the machine's own interfaces, and say so.
const canIsolate = spawnSync('unshare', ['-n', 'true']).status === 0;
if (!canIsolate && process.env.TANDEM_P2P_NO_NAMESPACE !== '1') {
	console.warn('No private network namespace here (needs root and unshare): running the peer-to-peer tests directly.');
}

let result;
if (process.env.TANDEM_P2P_NO_NAMESPACE === '1' || !canIsolate) {
	result = spawnSync(playwright[0], playwright.slice(1), { stdio: 'inherit' });
} else {
	const setup = [
		'set -e',
		'ip link set lo up',
		'ip link add v0 type veth peer name v1',
		'ip addr add 198.18.0.1/24 dev v0',
		'ip addr add 198.18.0.2/24 dev v1',
		'ip link set v0 up',
		'ip link set v1 up',
		'ip route add default dev v0',
		playwright.map(quote).join(' ')
	].join('; ');
	result = spawnSync('unshare', ['-n', 'sh', '-c', setup], { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
