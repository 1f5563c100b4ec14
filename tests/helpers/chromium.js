/**
 * How every browser here is launched: Debian's Chromium (or CHROMIUM_PATH) with the flags a
 * sandboxed machine without network needs. Used by the component tests, the end-to-end tests and
 * the bench, so they start the same browser the same way.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
