/**
 * Runs only while the build prerenders the app's shells (there is no server at run time). Each shell gets
 * `modulepreload` links for the database chunk (Dexie and Today's first queries, src/lib/db/startup.ts):
 * the first page loads it with a dynamic import so it never delays the first paint, and without the links
 * the browser would start fetching it only once the app has started — a round trip later.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { withDatabasePreloads } from '$lib/server/shellPreloads';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => (building ? withDatabasePreloads(html) : html) });
