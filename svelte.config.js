import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The update test builds a second version into another folder (TANDEM_OUT_DIR=build-next).
const outDir = process.env.TANDEM_OUT_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// 200.html (absolute asset paths) keeps offline deep links working; see STACK.md.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '200.html', strict: true }),
		version: { name: process.env.TANDEM_BUILD_ID || undefined }
	}
};

export default config;
