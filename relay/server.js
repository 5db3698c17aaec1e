/**
 * Tandem's relay: Hocuspocus (a maintained Yjs WebSocket server) with the embedded file store, so two
 * people who are never online at the same time still see each other's changes. It holds only sealed
 * blobs it cannot read (src/lib/share/relayCrypto.ts); it can delete or withhold them, never read or forge.
 *
 * - No account and no cookie: a connection names a document (a hash) and brings its write token; the
 *   first token a document sees is kept as a hash, and any other is refused.
 * - Messages over MAX_MESSAGE_BYTES close the connection; what is stored is compacted (store.js).
 * - With REDIS_URL set, the Redis extension lets several instances serve the same documents.
 */
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { createFileStore } from './store.js';

/** Two blobs of at most 48 KB each, with room for the sync protocol's own bytes. */
export const MAX_MESSAGE_BYTES = 128 * 1024;

/**
 * @param {{ host?: string, port?: number, folder: string, redisUrl?: string, quiet?: boolean }} options
 */
export async function createRelay({ host = '127.0.0.1', port = 4455, folder, redisUrl, quiet = true }) {
	const store = createFileStore(folder);
	/** @type {import('@hocuspocus/server').Extension[]} */
	const extensions = [
		new Database({
			fetch: ({ documentName }) => store.fetch(documentName),
			store: ({ documentName, document }) => store.store(documentName, document)
		})
	];
	if (redisUrl) {
		const { Redis } = await import('@hocuspocus/extension-redis');
		const url = new URL(redisUrl);
		extensions.push(
			new Redis({
				host: url.hostname,
				port: Number(url.port || 6379),
				options: {
					password: url.password ? decodeURIComponent(url.password) : undefined,
					tls: url.protocol === 'rediss:' ? {} : undefined
				}
			})
		);
	}
	const server = new Server(
		{
			name: 'tandem-relay',
			address: host,
			port,
			quiet,
			stopOnSignals: false,
			// Store soon after a write: a person may close the app right after ticking a step.
			debounce: 200,
			maxDebounce: 1_000,
			extensions,
			// GET /health: whether it runs, and how many documents and connections are open (no names).
			async onRequest({ request, response, instance }) {
				if (request.url !== '/health') return;
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.end(
					JSON.stringify({ ok: true, documents: instance.getDocumentsCount(), connections: instance.getConnectionsCount() })
				);
				// Rejecting with nothing stops Hocuspocus's own answer (its documented way to take over a request).
				throw null;
			},
			async onAuthenticate({ documentName, token }) {
				if (!(await store.admits(documentName, token))) throw new Error('not this board’s token');
			}
		},
		{ maxPayload: MAX_MESSAGE_BYTES }
	);
	await server.listen();
	return { server, store, url: `ws://${host}:${server.address.port}`, stop: () => server.destroy() };
}
