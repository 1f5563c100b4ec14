import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium.js';

/**
 * End-to-end tests in Debian's Chromium against the production builds: `build/` at the site's root
 * (`npm run build`), and `build-base/` served under /atlas (`npm run build:base`), which checks that
 * every URL the app makes follows its base path, and `build-static/` (`npm run build:static`) served by a
 * plain static file server.
 */
/** The three servers' ports: 4173–4175, or from E2E_PORT up (so two checkouts can run their tests at once). */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const [ROOT, BASE, STATIC] = [PORT, PORT + 1, PORT + 2];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	webServer: [
		{ command: 'node build', port: ROOT, env: { PORT: String(ROOT), HOST: '127.0.0.1' }, reuseExistingServer: false, timeout: 30_000 },
		{ command: 'node build-base', port: BASE, env: { PORT: String(BASE), HOST: '127.0.0.1' }, reuseExistingServer: false, timeout: 30_000 },
		{ command: `node tests/helpers/static-server.js build-static ${STATIC}`, port: STATIC, reuseExistingServer: false, timeout: 30_000 }
	],
	use: { browserName: 'chromium', acceptDownloads: true, launchOptions: chromiumLaunchOptions },
	projects: [
		{ name: 'root', testIgnore: /(base-path|static)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${ROOT}` } },
		{ name: 'static', testMatch: /static\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${STATIC}` } },
		{ name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE}` } }
	]
});
