/** The app served under a base path (/atlas, from `npm run build:base`): every URL it makes must stay under it. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** What the page asks of the server outside /atlas, and what fails: both must stay empty. */
function watch(page: Page): { outside: string[]; failed: string[] } {
	const outside: string[] = [];
	const failed: string[] = [];
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.host === `127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}` && !u.pathname.startsWith('/atlas/')) outside.push(u.pathname);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	return { outside, failed };
}

test('under /atlas the page loads its dataset and basemap, changes views, exports and links under the base path', async ({
	page,
	request
}) => {
	const { outside, failed } = watch(page);
	await page.goto('/atlas/?year=2011');
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect(page.locator('svg.atlas image')).toHaveAttribute('href', '/atlas/basemap.svg');
	await expect(page.getByRole('link', { name: 'Download the dataset' })).toHaveAttribute('href', '/atlas/api/dataset.json');

	await page.getByRole('checkbox', { name: 'Trade' }).uncheck();
	await expect(page).toHaveURL(/\/atlas\/\?year=2011&layers=military,tension$/);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('View: /atlas/?year=2011&amp;layers=military,tension');

	const server = await request.get('/atlas/export.svg?year=2011&layers=military,tension');
	expect(server.status()).toBe(200);
	expect(await server.text()).toContain('View: /atlas/?year=2011&amp;layers=military,tension');
	expect((await request.get('/atlas/api/network?year=2011')).status()).toBe(200);

	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});

test('under /atlas the Share dialog’s links and the embed view follow the base path, and only the embed may be framed', async ({
	page,
	request
}) => {
	const { outside, failed } = watch(page);
	await page.goto('/atlas/?year=2011&focus=KOR');
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	const origin = new URL(page.url()).origin;
	await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${origin}/atlas/?year=2011&focus=KOR`);
	await expect(dialog.getByRole('textbox', { name: 'Embed it in another site' })).toHaveValue(
		new RegExp(`^<iframe src="${origin}/atlas/embed\\?year=2011&amp;focus=KOR" `)
	);

	const res = await page.goto('/atlas/embed?year=2011&focus=KOR');
	expect(res!.status()).toBe(200);
	await expect(page.locator('svg.atlas image')).toHaveAttribute('href', '/atlas/basemap.svg');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
	await expect(page.getByRole('link', { name: /Open in Alliance Atlas/ })).toHaveAttribute('href', '/atlas/?year=2011&focus=KOR');
	// Its frame headers, first and from the cache; the dashboard keeps its own.
	for (const answer of [res!.headers(), (await request.get('/atlas/embed?year=2011&focus=KOR')).headers()]) {
		expect(answer['content-security-policy']).toContain('frame-ancestors *');
		expect(answer['x-frame-options']).toBeUndefined();
	}
	const app = (await request.get('/atlas/?year=2011')).headers();
	expect(app['x-frame-options']).toBe('DENY');
	expect(app['content-security-policy']).toContain("frame-ancestors 'none'");
	// Not the root server's embed path: /embed outside the base is not this app's.
	expect((await request.get('/embed?year=2011')).headers()['x-frame-options']).toBe('DENY');

	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});
