#!/usr/bin/env node
// Runs Tandem's relay (Hocuspocus with its file store, relay/server.js) on one address, default
// 127.0.0.1:4455, keeping its data in RELAY_DATA (default .relay-data/ here).
// Usage: npm run relay   ·   HOST=0.0.0.0 PORT=4455 RELAY_DATA=/var/lib/tandem-relay npm run relay
// Several instances: give each the same RELAY_DATA (a shared volume) and REDIS_URL=redis://host:6379.
import { resolve } from 'node:path';
import { createRelay } from '../relay/server.js';

const relay = await createRelay({
	host: process.env.HOST || '127.0.0.1',
	port: Number(process.env.PORT || 4455),
	folder: resolve(process.env.RELAY_DATA || '.relay-data'),
	redisUrl: process.env.REDIS_URL || undefined
});
console.log(`Tandem relay (Hocuspocus) on ${relay.url}, data in ${relay.store.folder}`);

async function stop() {
	await relay.stop();
	process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
