import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

/** End-to-end tests in Debian's Chromium against the production build (`npm run build` first). */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	webServer: {
		command: 'node build',
		port: 4173,
		env: { PORT: '4173', HOST: '127.0.0.1' },
		reuseExistingServer: false,
		timeout: 30_000
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
		browserName: 'chromium',
		acceptDownloads: true,
		launchOptions: chromiumLaunchOptions
	}
});
