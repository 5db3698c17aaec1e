#!/usr/bin/env node
// Runs a command inside a private network namespace: loopback plus a veth pair 198.18.0.1/24 ⇄
// 198.18.0.2/24 and nothing else. WebRTC needs a non-loopback interface to gather candidates on
// (Chromium gathers none on loopback alone), and inside the namespace no packet can reach any real
// network (STACK.md item 5). Used by the peer-to-peer tests (`npm run test:p2p`) and `npm run bench`.
// Needs root (CI has it); without it (a laptop), or with TANDEM_NO_NAMESPACE=1, the command runs
// directly on the machine's own interfaces, and this says so.
//
// Usage: node scripts/isolated.js <command> [args…]
import { spawnSync } from 'node:child_process';

const command = process.argv.slice(2);
if (command.length === 0) {
	console.error('usage: node scripts/isolated.js <command> [args…]');
	process.exit(2);
}
const quote = (word) => `'${word.replaceAll("'", `'\\''`)}'`;
const canIsolate = process.env.TANDEM_NO_NAMESPACE !== '1' && spawnSync('unshare', ['-n', 'true']).status === 0;

let result;
if (!canIsolate) {
	if (process.env.TANDEM_NO_NAMESPACE !== '1') {
		console.warn('# No private network namespace here (needs root and unshare): running on this machine’s own interfaces.');
	}
	result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
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
		`exec ${command.map(quote).join(' ')}`
	].join('; ');
	result = spawnSync('unshare', ['-n', 'sh', '-c', setup], { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
