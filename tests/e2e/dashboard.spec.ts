import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Collect uncaught errors and console errors while a test runs. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return errors;
}

/** Wait until the page has its dataset and computes views itself. */
async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

test('renders the map, states and ties without script errors', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/?year=2011');
	await ready(page);
	await expect(page.getByRole('button', { name: 'South Korea', exact: true })).toBeVisible();
	expect(await page.locator('svg.atlas .aa-ties line').count()).toBeGreaterThan(20);
	await expect(page.locator('svg.atlas title')).toHaveText('Northeast Asia, 2011: military, trade and tension ties');
	expect(errors).toEqual([]);
});

test('is server-rendered: map, states and ties are in the HTML before any script runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/?year=2011&focus=KOR');
	await expect(page.locator('svg.atlas image[href="/basemap.svg"]')).toHaveCount(1);
	await expect(page.locator('svg.atlas [data-actor]')).toHaveCount(8);
	expect(await page.locator('svg.atlas .aa-ties line').count()).toBeGreaterThan(20);
	await expect(page.getByRole('heading', { name: 'South Korea, 2011' })).toBeVisible();
	await context.close();
});

test('toggling "Trade" changes the drawing and the URL; back restores both', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const trade = page.getByRole('checkbox', { name: 'Trade' });
	await expect(trade).toBeChecked();
	expect(await page.locator('svg.atlas .aa-ties-trade line').count()).toBeGreaterThan(0);
	await trade.uncheck();
	await expect(page).toHaveURL(/layers=military,tension/);
	await expect(page.locator('svg.atlas .aa-ties-trade line')).toHaveCount(0);
	await page.goBack();
	await expect(page).not.toHaveURL(/layers=/);
	await expect(trade).toBeChecked();
	expect(await page.locator('svg.atlas .aa-ties-trade line').count()).toBeGreaterThan(0);
});

test('the "Year" slider moves by arrow keys and changes the URL and the drawing', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const year = page.getByRole('slider', { name: 'Year' });
	await year.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2012/);
	await expect(page.locator('svg.atlas title')).toHaveText(/2012/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/year=2010/);
});

test('focusing "South Korea" by keyboard opens its panel with sources; Escape clears', async ({ page }) => {
	await page.goto('/?year=2016');
	await ready(page);
	const kor = page.getByRole('button', { name: 'South Korea', exact: true });
	await kor.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/focus=KOR/);
	const panel = page.getByRole('complementary', { name: 'Focused state' });
	await expect(panel.getByRole('heading', { name: 'South Korea, 2016' })).toBeVisible();
	const japan = panel.locator('details').filter({ has: page.locator('summary .partner', { hasText: /^Japan$/ }) });
	await japan.locator('summary').click();
	await expect(japan.getByText(/intelligence sharing|GSOMIA/i).first()).toBeVisible();
	const link = japan.getByRole('link').first();
	await expect(link).toHaveAttribute('href', /^https?:\/\//);
	await expect(japan.getByRole('img', { name: /South Korea–Japan: military, trade and tension scores 2000–2025/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/focus=/);
});

test('hovering or focusing a tie shows its scores and trade status', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const tie = page.locator('svg.atlas .aa-tie-target[data-pair="JPN-KOR"]');
	await tie.focus();
	const tip = page.getByRole('status').filter({ hasText: 'Japan–South Korea, 2011' });
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Military');
	await expect(tip).toContainText('Goods trade');
});

test('the table view lists the same ties as the API', async ({ page, request }) => {
	await page.goto('/?year=2019&min=0.3');
	await ready(page);
	await page.getByRole('button', { name: 'Table' }).click();
	const rows = page.locator('table tbody tr');
	const pairs = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pair')))).sort();
	const api = await (await request.get('/api/network?year=2019&min=0.3')).json();
	const expected = api.ties
		.filter((t: { shown: boolean }) => t.shown)
		.map((t: { source: string; target: string }) => `${t.source}-${t.target}`)
		.sort();
	expect(pairs).toEqual(expected);
	expect(pairs.length).toBeGreaterThan(3);
	// Sortable by keyboard.
	await page.getByRole('button', { name: 'Tension' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('th[aria-sort="descending"]')).toHaveText('Tension');
});

test('axe-core finds no WCAG 2.2 AA violations (map, focus panel and table)', async ({ browser }) => {
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	for (const path of ['/?year=2011', '/?year=2023&focus=JPN']) {
		await page.goto(path);
		await ready(page);
		if (path.includes('focus')) await page.locator('.panel details summary').first().click();
		await page.addScriptTag({ content: axeSource });
		const result = await page.evaluate(async () => {
			// @ts-expect-error axe is injected above
			const r = await window.axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
			});
			return r.violations.map(
				(v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
		});
		expect(result, path).toEqual([]);
	}
	await page.getByRole('button', { name: 'Table' }).click();
	const tableResult = await page.evaluate(async () => {
		// @ts-expect-error injected
		const r = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return r.violations.map((v: { id: string }) => v.id);
	});
	expect(tableResult).toEqual([]);
	await context.close();
});

test('a 390 px wide phone has no horizontal scroll and reachable controls', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/?year=2011');
	await ready(page);
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	for (const name of ['Military', 'Trade', 'Tension']) {
		const box = await page.getByRole('checkbox', { name }).boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(20);
	}
	for (const name of ['Export SVG', 'Export PNG', 'Table', 'Play']) {
		const box = await page.getByRole('button', { name, exact: true }).boundingBox();
		expect(box!.height, name).toBeGreaterThanOrEqual(24);
		expect(box!.width, name).toBeGreaterThanOrEqual(24);
	}
	await context.close();
});

test('the Focus list and the zoom buttons work without a pointer on the map', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	await page.getByRole('combobox', { name: 'Focus' }).selectOption({ label: 'Japan' });
	await expect(page).toHaveURL(/focus=JPN/);
	await expect(page.getByRole('heading', { name: 'Japan, 2011' })).toBeVisible();
	const node = page.getByRole('button', { name: 'Japan', exact: true });
	const before = (await node.boundingBox())!;
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await node.boundingBox())!.width).toBeGreaterThan(before.width * 2);
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect.poll(async () => Math.round((await node.boundingBox())!.width)).toBe(Math.round(before.width));
	// Zoom is the page's own: the URL and the exports do not change.
	await expect(page).toHaveURL(/\?year=2011&focus=JPN$/);
});

test('a bad parameter gets 400 with a message naming it, on the page and the API', async ({ page, request }) => {
	const res = await page.goto('/?year=1990&mode=graph');
	expect(res!.status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('year="1990" is not allowed');
	await expect(page.getByRole('alert')).toContainText('mode="graph" is not allowed');
	for (const qs of ['layers=economy', 'weights=military:3', 'focus=XXX', 'geo=2', 'min=-1', 'mode=x', 'year=2030']) {
		const api = await request.get(`/api/network?${qs}`);
		expect(api.status(), qs).toBe(400);
		const body = await api.json();
		expect(body.error, qs).toContain(qs.split('=')[0]);
	}
});
