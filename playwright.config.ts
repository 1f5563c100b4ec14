import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium.js';

/**
 * End-to-end tests in Debian's Chromium against the production builds: `build/` at the site's root
 * (`npm run build`), and `build-base/` served under /atlas (`npm run build:base`), which checks that
 * every URL the app makes follows its base path, and `build-static/` (`npm run build:static`) served by a
 * plain static file server.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	webServer: [
		{ command: 'node build', port: 4173, env: { PORT: '4173', HOST: '127.0.0.1' }, reuseExistingServer: false, timeout: 30_000 },
		{ command: 'node build-base', port: 4174, env: { PORT: '4174', HOST: '127.0.0.1' }, reuseExistingServer: false, timeout: 30_000 },
		{ command: 'node tests/helpers/static-server.js build-static 4175', port: 4175, reuseExistingServer: false, timeout: 30_000 }
	],
	use: { browserName: 'chromium', acceptDownloads: true, launchOptions: chromiumLaunchOptions },
	projects: [
		{ name: 'root', testIgnore: /(base-path|static)\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4173' } },
		{ name: 'static', testMatch: /static\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4175' } },
		{ name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4174' } }
	]
});
