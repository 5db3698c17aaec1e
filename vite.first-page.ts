/**
 * Everything the root layout and Today import statically — Svelte's runtime, the icons, components, and the
 * state, db and domain modules — as one chunk rather than dozens: each separate file costs its own request
 * (through the service worker) and import preamble on every open. Measured with ten years on this machine:
 * a warm reload 463 → 405 ms (median of 13), and 4.8 kB less gzipped. The list is read from each build's module
 * graph, not written by hand, so a module Today starts to import joins the group by itself and one it stops
 * importing leaves it; the build fails if one of the small modules still ends up in another chunk.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GROUP = 'first-page';
const FIRST_PAGE = ['src/routes/+layout.svelte', 'src/routes/+layout.ts', 'src/routes/+page.svelte'].map((file) =>
	fileURLToPath(new URL(file, import.meta.url))
);
// The app's own small modules, which must never be split off (see generateBundle).
const SMALL_MODULE = /[\\/]src[\\/]lib[\\/](state|db|domain)[\\/][^?]*\.ts$/;

export function firstPageChunk() {
	const modules = new Set<string>();

	const plugin: Plugin = {
		name: 'tandem:first-page-chunk',
		apply: 'build',
		buildEnd() {
			modules.clear();
			// Static imports only: what a dynamic import() loads comes later, in its own chunk.
			const queue = FIRST_PAGE.filter((id) => this.getModuleInfo(id));
			for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
				if (modules.has(id)) continue;
				modules.add(id);
				queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		},
		generateBundle(_options, bundle) {
			// The browser's build is the one a first visit loads; the server's only prerenders the shells.
			if (this.environment.name !== 'client' || modules.size === 0) return;
			const grouped = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === GROUP);
			const inGroup = new Set(grouped?.type === 'chunk' ? grouped.moduleIds : []);
			const strays = [...modules].filter((id) => SMALL_MODULE.test(id) && !inGroup.has(id));
			if (strays.length === 0) return;
			const message = `The first page loads modules outside the ${GROUP} chunk: ${strays.join(', ')}`;
			// Said here too: a later plugin's failure to find the stopped build's output would hide the reason.
			console.error(message);
			this.error(message);
		}
	};

	return { plugin, group: { name: GROUP, test: (id: string) => modules.has(id) } };
}
