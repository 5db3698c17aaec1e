/**
 * The relay's embedded store: one small file per document in one folder, written whole and renamed
 * into place (atomic on one file system), plus one file per document with the SHA-256 of its write token.
 *
 * Why files and not a database: a document here is at most two sealed blobs (≤ 48 KB each) that are
 * always written whole, never queried, and never read by anyone but the relay; a folder of files needs
 * no native code (Hocuspocus's SQLite extension downloads a binary at install), backs up with `cp`, and
 * shows exactly what the relay holds. Several relays behind the Redis extension share one folder (a
 * network volume); the Redis extension lets only one of them store a document at a time.
 *
 * Invariants:
 * - Document names are 43 base64url characters (HKDF output) — checked before any path is made — so a
 *   name can never climb out of the folder.
 * - What is stored is compacted: only the "owner" and "supporter" entries of the "blobs" map, and only
 *   when each is bytes no larger than MAX_BLOB_BYTES; anything else a client put in the document is dropped.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

export const MAX_BLOB_BYTES = 48 * 1024;
export const WRITERS = ['owner', 'supporter'];
const NAME = /^[A-Za-z0-9_-]{43}$/;

/** @param {unknown} name */
export function isDocumentName(name) {
	return typeof name === 'string' && NAME.test(name);
}

/** @param {string} token */
export function tokenHash(token) {
	return createHash('sha256').update(String(token)).digest('hex');
}

/**
 * The document reduced to what a relay may hold: the current blob of each writer, nothing else.
 * @param {Y.Doc} document
 * @returns {Uint8Array | null}
 */
export function compact(document) {
	const clean = new Y.Doc();
	const from = document.getMap('blobs');
	const to = clean.getMap('blobs');
	for (const writer of WRITERS) {
		const blob = from.get(writer);
		if (blob instanceof Uint8Array && blob.byteLength <= MAX_BLOB_BYTES) to.set(writer, blob);
	}
	return to.size === 0 ? null : Y.encodeStateAsUpdate(clean);
}

/** @param {string} folder */
export function createFileStore(folder) {
	/** @param {string} name @param {string} ending */
	const path = (name, ending) => {
		if (!isDocumentName(name)) throw new Error('not a relay document name');
		return join(folder, `${name}${ending}`);
	};
	const ready = mkdir(folder, { recursive: true, mode: 0o700 });

	/** @param {string} file @param {Uint8Array} bytes */
	async function writeWhole(file, bytes) {
		await ready;
		const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
		await writeFile(temporary, bytes, { mode: 0o600 });
		await rename(temporary, file);
	}

	return {
		folder,
		/** @param {string} name @returns {Promise<Uint8Array | null>} */
		async fetch(name) {
			try {
				return new Uint8Array(await readFile(path(name, '.ydoc')));
			} catch (error) {
				if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
				throw error;
			}
		},
		/**
		 * Stores the compacted document; a document with no blob left is removed.
		 * @param {string} name @param {Y.Doc} document
		 */
		async store(name, document) {
			const bytes = compact(document);
			if (bytes) await writeWhole(path(name, '.ydoc'), bytes);
			else await rm(path(name, '.ydoc'), { force: true });
		},
		/**
		 * Whether `token` may open `name`: the first token seen for a document is kept (as its hash) and
		 * every later connection must bring the same one.
		 * @param {string} name @param {unknown} token
		 */
		async admits(name, token) {
			if (!isDocumentName(name) || typeof token !== 'string' || !NAME.test(token)) return false;
			await ready;
			const file = path(name, '.token');
			const hash = tokenHash(token);
			try {
				await writeFile(file, hash, { flag: 'wx', mode: 0o600 });
				return true;
			} catch (error) {
				if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
			}
			return (await readFile(file, 'utf8')).trim() === hash;
		}
	};
}
