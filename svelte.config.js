import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code.
		runes: true
	},
	kit: {
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		// BASE_PATH serves the app under a sub-path (a test build checks every URL follows it);
		// absolute paths, so links and the scene's references read the same on server and client.
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		// The page's CSS (about 13 KB, 3 KB compressed) goes in the HTML: no render-blocking request before the first paint.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'script-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
