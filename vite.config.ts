import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/helpers/chromium.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The static build (npm run build:static) prerenders its pages and computes every other view in the browser.
	define: { __STATIC__: JSON.stringify(process.env.STATIC === '1') },
	server: { port: 5173 },
	// No preload links added by script when a route's code is imported (each one is work on the main
	// thread while the page starts, in the same task as hydrating it): its modules load as imported.
	build: { modulePreload: false },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.spec.ts'],
					exclude: ['tests/**/*.svelte.spec.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['tests/component/**/*.svelte.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: chromiumLaunchOptions
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
