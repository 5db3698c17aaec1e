#!/usr/bin/env node
// Runs y-webrtc's own signaling server, bound to one address (default 127.0.0.1:4444).
// y-webrtc's server listens on every interface and ignores HOST, so we pin the address by
// wrapping http.Server#listen before it loads. Usage: HOST=0.0.0.0 PORT=4444 npm run signal
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4444);
process.env.PORT = String(port);

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function () {
	return listen.call(this, port, host, () => console.log(`Tandem signaling (y-webrtc) on ws://${host}:${port}`));
};

// The server file is not in y-webrtc's package exports, so it is loaded by its path.
const server = join(import.meta.dirname, '..', 'node_modules', 'y-webrtc', 'bin', 'server.js');
await import(pathToFileURL(server).href);
