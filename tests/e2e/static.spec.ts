/**
 * The static build (`npm run build:static`) served by a plain static file server: every year's default
 * view is drawn ahead (first paint without script), and the page computes every other view, exports
 * and all, in the browser — the same bytes as the Node server's.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import securityHeaders from '../../src/lib/server/security-headers.json' with { type: 'json' };
import { headersFor, parseHeadersFile, withOtherSite, withStaticHost } from '../helpers/framing';

const NODE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const root = new URL('../../', import.meta.url).pathname;
const normaliseTime = (svg: string) => svg.replace(/Made \d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'Made [time]');

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** Fail on any response of 400 or more, and on script errors. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return problems;
}

test('each year is drawn ahead: /year/2011/ has the 2011 map in its HTML, and the page goes on from there', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const still = await context.newPage();
	await still.goto('/year/2011/');
	await expect(still.locator('svg.atlas [data-actor]')).toHaveCount(8);
	expect(await still.locator('svg.atlas .aa-ties line').count()).toBeGreaterThan(20);
	await expect(still.locator('svg.atlas title')).toHaveText('Northeast Asia, 2011: military, trade and tension ties');
	await context.close();

	const page = await browser.newPage();
	const problems = watch(page);
	await page.goto('/year/2011/');
	await ready(page);
	await expect(page).toHaveURL(/\/year\/2011\/$/);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2011');
	// A year's view is written at its own page, so a shared or reloaded address is drawn ahead too.
	await page.getByRole('slider', { name: 'Year' }).fill('2012');
	await expect(page).toHaveURL(/\/year\/2012\/$/);
	await page.getByRole('checkbox', { name: 'Trade' }).uncheck();
	await expect(page).toHaveURL(/\/year\/2012\/\?layers=military,tension$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/year\/2012\/$/);
	await expect(page.getByRole('checkbox', { name: 'Trade' })).toBeChecked();
	await page.goBack();
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2011');
	await page.goto('/year/2012/?layers=military,tension');
	await expect(page.locator('svg.atlas title')).toHaveText(/2012: military and tension ties/);
	expect(problems).toEqual([]);
});

test('view, layers, year, focus and Export SVG work from static files, with the Node server’s export bytes', async ({ page, request }) => {
	const problems = watch(page);
	await page.goto('/');
	await ready(page);
	await page.getByRole('slider', { name: 'Year' }).fill('2016');
	await expect(page).toHaveURL(/\/year\/2016\/$/);
	await expect(page.locator('svg.atlas title')).toHaveText(/2016/);

	await page.getByRole('checkbox', { name: 'Trade' }).uncheck();
	await expect(page).toHaveURL(/\/year\/2016\/\?layers=military,tension/);
	await expect(page.locator('svg.atlas .aa-ties-trade line')).toHaveCount(0);

	const kor = page.getByRole('button', { name: 'South Korea', exact: true });
	await kor.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/focus=KOR/);
	await expect(
		page.getByRole('complementary', { name: 'Focused state' }).getByRole('heading', { name: 'South Korea, 2016' })
	).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	const client = readFileSync((await download.path())!, 'utf8');
	// The Node server's address of the same view: /year/2016/?… is ?year=2016&….
	const { pathname, search } = new URL(page.url());
	const query = `?year=${/\/year\/(\d{4})\//.exec(pathname)![1]}&${search.slice(1)}`;
	const server = await (await request.get(`${NODE}/export.svg${query}`)).text();
	expect(normaliseTime(client)).toBe(normaliseTime(server));
	expect(problems).toEqual([]);
});

test('an address with a query (not drawn ahead) is computed in the browser once the dataset arrives', async ({ page }) => {
	const problems = watch(page);
	// The dataset comes late: a change made before it arrives (the page hydrated, not yet ready) keeps the address's view.
	let late = true;
	await page.route('**/api/dataset.json', async (route) => {
		if (late) await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.goto('/?year=2019&focus=JPN&mode=composite');
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'false');
	// (click, not uncheck: the page goes to the new address and shows the server's view until the dataset is in)
	await page.getByRole('checkbox', { name: 'Trade' }).click();
	late = false;
	await ready(page);
	for (const part of [/year[=/]2019/, /layers=military,tension/, /mode=composite/, /focus=JPN/]) await expect(page).toHaveURL(part);
	await expect(page.getByRole('heading', { name: 'Japan, 2019' })).toBeVisible();
	await expect(page.locator('svg.atlas title')).toHaveText(/2019/);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2019');
	expect(problems).toEqual([]);
});

test('the story and its step exports are static files too', async ({ page, request }) => {
	const problems = watch(page);
	await page.goto('/story/founding-arc/3/');
	await expect(page.getByText('Step 3 of 9')).toBeVisible();
	await page.getByRole('link', { name: /Next/ }).click();
	await expect(page.getByText('Step 4 of 9')).toBeVisible();
	const svg = await request.get('/story/founding-arc/4/export.svg');
	expect(svg.status()).toBe(200);
	expect(await svg.text()).toContain('<svg');
	expect(problems).toEqual([]);
});

test('the build carries its headers: a CSP in every page, and a _headers file with every security header', async ({ request }) => {
	for (const path of ['/', '/year/2011/', '/story/founding-arc/2/']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self' 'sha256-/);
	}
	const headers = readFileSync(`${root}build-static/_headers`, 'utf8');
	expect(headers.split('\n')[0]).toBe('/*');
	for (const [name, value] of Object.entries(securityHeaders)) expect(headers).toContain(`  ${name}: ${value}\n`);
});

test('/embed/ is the default view’s embed, drawn ahead; with a query the page draws that view once the dataset is in', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/embed/');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Northeast Asia, \d{4}: military, trade and tension ties$/);
	await expect(page.getByRole('link', { name: /Open in Alliance Atlas/ })).toHaveAttribute('href', '/');
	await page.goto('/embed/?year=2011&layers=military&focus=JPN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northeast Asia, 2011: military ties of Japan');
	await expect(page.locator('svg.atlas title')).toHaveText('Northeast Asia, 2011: military ties of Japan');
	await expect(page.locator('svg.atlas .aa-ties-trade line')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /Open in Alliance Atlas/ })).toHaveAttribute('href', '/?year=2011&layers=military&focus=JPN');
	// A bad parameter: the message in place of the map (a static host cannot answer 400).
	await page.goto('/embed/?year=1990');
	await expect(page.getByRole('alert')).toContainText('year="1990" is not allowed');
	await expect(page.locator('svg.atlas')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('the Share dialog gives the static build’s addresses: the view’s link and /embed/?…', async ({ page }) => {
	await page.goto('/year/2016/?layers=military,tension');
	await ready(page);
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	const origin = new URL(page.url()).origin;
	await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${origin}/?year=2016&layers=military,tension`);
	await expect(dialog.getByRole('textbox', { name: 'Embed it in another site' })).toHaveValue(
		new RegExp(`^<iframe src="${origin}/embed/\\?year=2016&amp;layers=military,tension" width="800" height="680" `)
	);
});

test('the _headers file lets any site frame /embed/ and no site frame anything else', async ({ page }) => {
	const rules = parseHeadersFile(readFileSync(`${root}build-static/_headers`, 'utf8'));
	for (const path of ['/embed/', '/embed/index.html']) {
		const h = headersFor(rules, path);
		expect(h['content-security-policy'], path).toBe('frame-ancestors *');
		expect(h['x-frame-options'], path).toBeUndefined();
		expect(h['x-content-type-options'], path).toBe('nosniff');
	}
	for (const path of ['/', '/year/2011/', '/story/founding-arc/2/', '/api/dataset.json', '/basemap.svg', '/embed/__data.json'])
		expect(headersFor(rules, path)['x-frame-options'], path).toBe('DENY');

	// Served by a host that reads _headers, framed by another site.
	await withStaticHost(`${root}build-static`, async (host) => {
		const html = `<iframe src="${host}/embed/?year=2011&amp;layers=military&amp;focus=JPN" width="800" height="680" title="Embed" style="border:0"></iframe><iframe src="${host}/year/2011/" width="400" height="300"></iframe>`;
		await withOtherSite({ '/': `<!doctype html><title>Another site</title>${html}` }, async (site) => {
			const refused: string[] = [];
			page.on('console', (m) => {
				if (m.text().includes('X-Frame-Options')) refused.push(m.text());
			});
			await page.goto(site);
			await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${host}/embed/`))).toBe(true);
			const embed = page.frames().find((f) => f.url().startsWith(`${host}/embed/`))!;
			await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Northeast Asia, 2011: military ties of Japan');
			await expect(embed.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
			// The year's page is refused (Chromium names only the origin), and its frame holds none of the app.
			await expect.poll(() => refused.length).toBeGreaterThanOrEqual(1);
			expect(refused[0]).toContain(`Refused to display '${host}/' in a frame because it set 'X-Frame-Options' to 'deny'`);
			expect(page.frames().filter((f) => f.url().startsWith(host))).toEqual([embed]);
		});
	});
});
