/**
 * Issue 11, first paint: the first screen never moves while the page loads (no layout shift, on a
 * phone or a desktop), the map the server drew is kept when the dataset arrives, and what the app
 * itself sends — the page, the dataset, the basemap — goes out compressed.
 */
import { expect, test, type Page } from '@playwright/test';

/** Record every layout shift from the start of the page's life. */
async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: string[] = [];
		(window as unknown as { __shifts: string[] }).__shifts = shifts;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
				shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? '?').join(', ')}`);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
}

for (const device of [
	{ name: 'a phone', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
	{ name: 'a desktop', viewport: { width: 1400, height: 1000 } }
]) {
	test(`nothing on the page moves while it loads and its dataset and timeline arrive, on ${device.name}`, async ({ browser }) => {
		const { name: _name, ...options } = device;
		const context = await browser.newContext(options);
		const page = await context.newPage();
		const shifts = await watchShifts(page);
		for (const query of ['?year=2011', '?year=2016&compare=2011&focus=KOR']) {
			await page.goto(`/${query}`);
			await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
			await expect(page.locator('.timeline [data-event]').first()).toBeAttached();
			await page.waitForTimeout(300);
			expect(await shifts(), query).toEqual([]);
		}
		await context.close();
	});
}

test('the map the server drew is kept when the dataset arrives: the same elements, not drawn again', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/api/dataset.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/?year=2011');
	await expect(page.locator('svg.atlas .aa-node[data-actor="KOR"]')).toBeAttached();
	const before = await page.locator('svg.atlas').innerHTML();
	await page.evaluate(() => {
		for (const el of document.querySelectorAll('svg.atlas *')) (el as Element & { __fromServer?: boolean }).__fromServer = true;
	});
	release();
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	expect(await page.locator('svg.atlas').innerHTML()).toBe(before);
	expect(
		await page.evaluate(() =>
			[...document.querySelectorAll('svg.atlas *')].every((el) => (el as Element & { __fromServer?: boolean }).__fromServer)
		)
	).toBe(true);
	// And the next view is drawn from there, in place.
	await page.locator('input[aria-label="Year"]').first().fill('2016');
	await expect(page.locator('svg.atlas title')).toHaveText(/2016/);
	expect(
		await page.locator('svg.atlas .aa-node[data-actor="KOR"]').evaluate((el) => (el as Element & { __fromServer?: boolean }).__fromServer)
	).toBe(true);
});

test('the page, the dataset and the basemap go out compressed, with Vary: Accept-Encoding', async ({ request }) => {
	for (const route of ['/?year=2011', '/api/dataset.json', '/basemap.svg', '/api/basemap.json']) {
		const res = await request.get(route, { headers: { 'accept-encoding': 'br, gzip' } });
		expect(res.status(), route).toBe(200);
		expect(res.headers()['content-encoding'], route).toBe('br');
		expect(res.headers()['vary'], route).toMatch(/accept-encoding/i);
	}
	const gz = await request.get('/?year=2011', { headers: { 'accept-encoding': 'gzip' } });
	expect(gz.headers()['content-encoding']).toBe('gzip');
	expect(await gz.text()).toContain('<svg');
	// A compressed page has an entity tag of its own encoding, and sending it back gets 304.
	const etag = gz.headers()['etag']!;
	expect(etag).toMatch(/^"[\w-]+-gzip"$/);
	expect((await request.get('/?year=2011', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })).status()).toBe(304);
});
