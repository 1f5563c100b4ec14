import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatBn } from '../../src/lib/render/describe';

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
	await expect(
		japan
			.locator('.evidence')
			.getByText(/intelligence sharing|GSOMIA/i)
			.first()
	).toBeVisible();
	const link = japan.getByRole('link').first();
	await expect(link).toHaveAttribute('href', /^https?:\/\//);
	await expect(japan.getByRole('img', { name: /South Korea–Japan: military, trade and tension scores 2000–2025/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/focus=/);
});

test('hovering or focusing a tie shows its scores and trade value as the API gives them', async ({ page, request }) => {
	const api = await (await request.get('/api/network?year=2011')).json();
	const jk = api.ties.find((t: { source: string; target: string }) => t.source === 'JPN' && t.target === 'KOR');
	await page.goto('/?year=2011');
	await ready(page);
	const tie = page.locator('svg.atlas .aa-tie-target[data-pair="JPN-KOR"]');
	await tie.focus();
	const tip = page.getByRole('status').filter({ hasText: 'Japan–South Korea, 2011' });
	await expect(tip).toBeVisible();
	const values = await tip
		.locator('dt')
		.evaluateAll((dts) => Object.fromEntries(dts.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()])));
	const two = (x: number | null) => (x === null ? '—' : x.toFixed(2));
	expect(values).toMatchObject({
		Military: two(jk.scores.military),
		Trade: two(jk.scores.trade),
		Tension: two(jk.scores.tension),
		'Goods trade': expect.stringContaining(`US$${formatBn(jk.trade.usdBn)} bn`)
	});
	// Each partner's share of its own trade, where the world totals are known.
	if (jk.trade.share) expect(values['Share of trade']).toMatch(/% of (Japan|South Korea)'s trade/);
	// Another year's values, not fixed text: 2019 differs from 2011 for this pair.
	const later = (await (await request.get('/api/network?year=2019')).json()).ties.find(
		(t: { source: string; target: string }) => t.source === 'JPN' && t.target === 'KOR'
	);
	expect(later.scores).not.toEqual(jk.scores);
});

test('the API gives each state a position: the same for the same view, inside the frame, and the positions the page draws', async ({
	page,
	request
}) => {
	const a = await (await request.get('/api/network?year=2016&geo=0.3')).json();
	const b = await (await request.get('/api/network?geo=0.3&year=2016')).json();
	expect(a.actors).toEqual(b.actors);
	expect(a.actors.map((n: { id: string }) => n.id)).toEqual(['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'RUS', 'TWN', 'USA']);
	for (const n of a.actors) {
		expect(n.x).toBeGreaterThanOrEqual(0);
		expect(n.x).toBeLessThanOrEqual(960);
		expect(n.y).toBeGreaterThanOrEqual(0);
	}
	const c = await (await request.get('/api/network?year=2016&geo=1')).json();
	expect(c.actors).not.toEqual(a.actors);
	await page.goto('/?year=2016&geo=0.3');
	await ready(page);
	const drawn = await page
		.locator('svg.atlas g.aa-node')
		.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-actor'), g.getAttribute('transform')]));
	expect(drawn).toEqual(
		a.actors.map((n: { id: string; x: number; y: number }) => [
			n.id,
			`translate(${Math.round(n.x * 100) / 100} ${Math.round(n.y * 100) / 100})`
		])
	);
});

test('each change is one history entry, and Back returns to the view before it', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const start = await page.evaluate(() => history.length);
	await page.getByRole('checkbox', { name: 'Trade' }).uncheck();
	await expect(page).toHaveURL(/layers=military,tension/);
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2012/);
	expect(await page.evaluate(() => history.length)).toBe(start + 2);
	await page.goBack();
	await expect(page).toHaveURL(/year=2011&layers=military,tension/);
	await expect(page.getByRole('checkbox', { name: 'Trade' })).not.toBeChecked();
	await page.goBack();
	await expect(page).toHaveURL(/\?year=2011$/);
	await expect(page.getByRole('checkbox', { name: 'Trade' })).toBeChecked();
});

test('Play steps through the years to the last and stops', async ({ page }) => {
	await page.clock.install();
	await page.goto('/?year=2021');
	await ready(page);
	await page.getByRole('button', { name: /Play/ }).click();
	await page.clock.runFor(1300);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2022');
	await expect(page).toHaveURL(/year=2022/);
	await page.clock.runFor(3700);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2025');
	await page.clock.runFor(3000);
	await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
});

test('when the dataset cannot be fetched, the page says so and changes are drawn by the server', async ({ page }) => {
	await page.route('**/api/dataset.json', (route) => route.fulfill({ status: 503, body: 'down' }));
	await page.goto('/?year=2011');
	await expect(page.getByText(/Could not load the dataset \(HTTP 503\)/)).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'false');
	await page.getByRole('checkbox', { name: 'Tension' }).uncheck();
	await expect(page).toHaveURL(/layers=military,trade/);
	await expect(page.locator('svg.atlas .aa-ties-tension')).toHaveCount(0);
	await expect(page.locator('svg.atlas .aa-ties-military')).toHaveCount(1);
});

test('/api/dataset.json is the validated default dataset and /basemap.svg draws every basemap country', async ({ request }) => {
	const dataset = await (await request.get('/api/dataset.json')).json();
	const file = (part: string) => JSON.parse(readFileSync(new URL(`../../src/lib/data/default/${part}.json`, import.meta.url), 'utf8'));
	for (const part of ['meta', 'actors', 'sources', 'evidence', 'trade']) expect(dataset[part], part).toEqual(file(part));
	const basemap = await (await request.get('/api/basemap.json')).json();
	const svg = await (await request.get('/basemap.svg')).text();
	expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
	expect((svg.match(/<path d="/g) ?? []).length).toBe(basemap.countries.length + 1); // + the graticule
	for (const iso of ['410', '408', '158']) expect(svg).toContain(`data-iso="${iso}"`);
});

test('the table view lists the same ties as the API', async ({ page, request }) => {
	await page.goto('/?year=2019&min=0.3');
	await ready(page);
	await page.getByRole('button', { name: 'Table' }).click();
	const rows = page.locator('table tbody tr');
	// The table loads when first wanted: wait for its rows.
	await expect(rows.first()).toBeVisible();
	const pairs = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pair')))).sort();
	const api = await (await request.get('/api/network?year=2019&min=0.3')).json();
	const expected = api.ties
		.filter((t: { shown: boolean }) => t.shown)
		.map((t: { source: string; target: string }) => `${t.source}-${t.target}`)
		.sort();
	expect(pairs).toEqual(expected);
	expect(pairs.length).toBeGreaterThan(3);
	// Sortable by keyboard.
	await page.getByRole('button', { name: 'Tension', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('th[aria-sort="descending"]')).toHaveText('Tension');
});

test('axe-core finds no WCAG 2.2 AA violations (map, focus panel and table)', async ({ page }) => {
	const audit = async () =>
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	for (const path of ['/?year=2011', '/?year=2023&focus=JPN']) {
		await page.goto(path);
		await ready(page);
		if (path.includes('focus')) await page.locator('.panel details summary').first().click();
		expect(await audit(), path).toEqual([]);
	}
	await page.getByRole('button', { name: 'Table' }).click();
	expect(await audit(), 'table').toEqual([]);
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
	// The zoom travels in the address (the region shown), so a link and the exports show it too.
	await expect(page).toHaveURL(/\?year=2011&focus=JPN&view=[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect.poll(async () => Math.round((await node.boundingBox())!.width)).toBe(Math.round(before.width));
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

test('every slider has an accessible name', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const names = await page
		.getByRole('slider')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
	expect(names.length).toBeGreaterThanOrEqual(6);
	for (const name of ['Year', 'Geography pull', 'Threshold']) await expect(page.getByRole('slider', { name, exact: true })).toHaveCount(1);
	expect(names.every((n) => n.length > 0)).toBe(true);
});

test('Tab from the skip link reaches a state within 12 stops, and Escape from its panel returns focus to it', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
	await page.keyboard.press('Enter');
	let stops = 0;
	let actor: string | null = null;
	while (stops < 12 && !actor) {
		await page.keyboard.press('Tab');
		stops++;
		actor = await page.evaluate(() => document.activeElement?.getAttribute('data-actor') ?? null);
	}
	expect(actor, `a state within 12 Tab stops (took ${stops})`).not.toBeNull();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`focus=${actor}`));
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/focus=/);
	await expect(page.locator(`svg.atlas [data-actor="${actor}"]`)).toBeFocused();
});

test('arrow-key steps on the Year slider make one history entry once they settle; Back returns to the year before', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const start = await page.evaluate(() => history.length);
	const year = page.getByRole('slider', { name: 'Year' });
	await year.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2014/);
	expect(await page.evaluate(() => history.length)).toBe(start + 1);
	await page.waitForTimeout(900);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2015/);
	expect(await page.evaluate(() => history.length)).toBe(start + 2);
	await page.goBack();
	await expect(page).toHaveURL(/year=2014/);
	await page.goBack();
	await expect(page).toHaveURL(/year=2011/);
});

for (const [width, height] of [
	[1440, 900],
	[1280, 800],
	[1024, 768]
] as const) {
	test(`at ${width}×${height} a selected state's panel opens beside the map, in view, with focus on its heading`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await page.goto('/?year=2016');
		await ready(page);
		await page.locator('svg.atlas [data-actor="KOR"]').click();
		const heading = page.getByRole('heading', { name: 'South Korea, 2016' });
		await expect(heading).toBeFocused();
		const box = (await heading.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(height);
		const map = (await page.locator('svg.atlas').boundingBox())!;
		const panel = (await page.locator('aside.detail').boundingBox())!;
		expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
		await context.close();
	});
}

test('below 1024 px the panel is a sheet over the lower part of the map that expands and closes', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
	const page = await context.newPage();
	await page.goto('/?year=2016');
	await ready(page);
	await page.locator('svg.atlas [data-actor="JPN"]').click();
	const sheet = page.locator('aside.detail');
	await expect(page.getByRole('heading', { name: 'Japan, 2016' })).toBeFocused();
	const before = (await sheet.boundingBox())!;
	expect(before.y + before.height).toBeCloseTo(900, 0);
	expect(before.height).toBeLessThanOrEqual(900 * 0.46);
	await page.getByRole('button', { name: 'More' }).click();
	await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(900 * 0.6);
	await page.getByRole('button', { name: "Close Japan's panel" }).click();
	await expect(sheet).toHaveCount(0);
	await context.close();
});

test('the tooltip follows the pointer, stays off the tie’s two states, and the hovered tie is highlighted', async ({ page }) => {
	await page.goto('/?year=2016');
	await ready(page);
	// A tie, and a point along it where no other tie lies on top, in page pixels.
	const found = await page.evaluate(() => {
		for (const l of document.querySelectorAll<SVGLineElement>('svg.atlas .aa-tie-target')) {
			const m = l.getScreenCTM()!;
			for (let t = 0.25; t <= 0.75; t += 0.05) {
				const p = new DOMPoint(
					l.x1.baseVal.value + (l.x2.baseVal.value - l.x1.baseVal.value) * t,
					l.y1.baseVal.value + (l.y2.baseVal.value - l.y1.baseVal.value) * t
				).matrixTransform(m);
				if (document.elementFromPoint(p.x, p.y) === l) return { pair: l.getAttribute('data-pair')!, x: p.x, y: p.y };
			}
		}
		return null;
	});
	expect(found).not.toBeNull();
	const { pair, x, y } = found!;
	await page.mouse.move(x, y);
	const tip = page.locator('.tooltip');
	await expect(tip).toBeVisible();
	const box = (await tip.boundingBox())!;
	for (const id of pair.split('-')) {
		const node = (await page.locator(`svg.atlas [data-actor="${id}"] circle`).last().boundingBox())!;
		const cx = node.x + node.width / 2;
		const cy = node.y + node.height / 2;
		const covers = cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
		expect(covers, `tooltip covers ${id}`).toBe(false);
	}
	// Beside the pointer, not at a fixed place.
	const dx = Math.min(Math.abs(box.x - x), Math.abs(box.x + box.width - x));
	const dy = Math.min(Math.abs(box.y - y), Math.abs(box.y + box.height - y));
	expect(Math.max(dx, dy)).toBeLessThan(40);
	const stroke = await page.locator(`svg.atlas .aa-tie-target[data-pair="${pair}"]`).evaluate((el) => getComputedStyle(el).stroke);
	expect(stroke).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
});

test('a table row opens its tie’s evidence in the panel; on a phone the table is cards with no sideways scroll', async ({
	page,
	browser
}) => {
	await page.goto('/?year=2016');
	await ready(page);
	await page.getByRole('button', { name: 'Table' }).click();
	await page.getByRole('button', { name: 'Japan–South Korea: show the evidence' }).click();
	await expect(page).toHaveURL(/focus=JPN/);
	const open = page.locator('.panel details[open]');
	await expect(open).toHaveCount(1);
	await expect(open.locator('summary .partner')).toHaveText('South Korea');
	// Every trade value at the same precision rule, with its unit in the column heading.
	const trade = await page.locator('table tbody td:last-child').allTextContents();
	for (const t of trade) expect(t).toMatch(/^(missing|\d+(\.\d{1,2})?( \(estimated\))?|0\.\d{1,3}( \(estimated\))?)$/);
	await expect(page.locator('thead th').last()).toContainText('US$ bn');

	const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const p = await phone.newPage();
	await p.goto('/?year=2016');
	await ready(p);
	await p.getByRole('button', { name: 'Table' }).click();
	const { scrollWidth, clientWidth } = await p.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	const wrap = await p.locator('.table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
	await phone.close();
});

test('the dark theme passes axe (WCAG 2.2 AA) with the panel open and with the table open', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const audit = async () =>
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	await page.goto('/?year=2023&focus=JPN');
	await ready(page);
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(251, 250, 247)');
	await page.locator('.panel details summary').first().click();
	expect(await audit(), 'panel').toEqual([]);
	await page.getByRole('button', { name: 'Table' }).click();
	expect(await audit(), 'table').toEqual([]);
	await context.close();
});

test('printing gives one A4 landscape page with the map, its title and legend, and no controls', async ({ page }) => {
	await page.goto('/?year=2016&focus=KOR');
	await ready(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.side')).toBeHidden();
	await expect(page.locator('svg.atlas')).toBeVisible();
	await expect(page.locator('.stage-title')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
	const pdf = (await page.pdf({ format: 'A4', landscape: true, printBackground: true })).toString('latin1');
	expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});

test('on a 390×844 phone the map is at least 0.9× as tall as wide, labels are at least 11 px, and the Year slider is in view with the map', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/?year=2016');
	await ready(page);
	const map = (await page.locator('svg.atlas').boundingBox())!;
	expect(map.height).toBeGreaterThanOrEqual(0.9 * map.width - 1);
	await expect(page.locator('svg.atlas .aa-stamp')).toHaveText('2016 · military, trade, tension');
	const sizes = await page
		.locator('svg.atlas .aa-labels-short text, svg.atlas .aa-labels text')
		.evaluateAll((ts) =>
			ts
				.filter((t) => (t as SVGTextElement).getBoundingClientRect().height > 0)
				.map((t) => (t as SVGTextElement).getBoundingClientRect().height)
		);
	expect(sizes.length).toBe(8);
	for (const h of sizes) expect(h).toBeGreaterThanOrEqual(11);
	const year = page.getByRole('slider', { name: 'Year' });
	await expect(year).toHaveCount(1);
	await expect(year).toBeInViewport();
	await expect(page.locator('svg.atlas')).toBeInViewport({ ratio: 0.5 });
	// The zoom buttons sit outside the map: they cover no state.
	for (const b of await page.locator('.zoom button').all()) {
		const box = (await b.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
	}
	await context.close();
});

test('the states are one Tab stop: arrow keys move between them, and Tab goes on to the ties', async ({ page }) => {
	await page.goto('/?year=2016');
	await ready(page);
	const states = page.locator('svg.atlas .aa-node[data-actor]');
	const ids = await states.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-actor')));
	expect(await states.evaluateAll((gs) => gs.filter((g) => g.getAttribute('tabindex') === '0').length)).toBe(1);
	await page.locator(`svg.atlas [data-actor="${ids[0]}"]`).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(`svg.atlas [data-actor="${ids[1]}"]`)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator(`svg.atlas [data-actor="${ids[ids.length - 1]}"]`)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(page.locator(`svg.atlas [data-actor="${ids[0]}"]`)).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pair'))).toMatch(/^[A-Z]{3}-[A-Z]{3}$/);
});

test('a drag of the Year slider is one history entry: Back returns to the year before the drag', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const start = await page.evaluate(() => history.length);
	const slider = page.getByRole('slider', { name: 'Year' });
	const box = (await slider.boundingBox())!;
	const xOf = (year: number) => box.x + ((year - 2000) / 25) * box.width;
	await page.mouse.move(xOf(2011), box.y + box.height / 2);
	await page.mouse.down();
	for (const year of [2012, 2014, 2016, 2018]) await page.mouse.move(xOf(year), box.y + box.height / 2, { steps: 3 });
	await page.mouse.up();
	await expect(page).not.toHaveURL(/year=2011/);
	expect(await page.evaluate(() => history.length)).toBe(start + 1);
	await page.goBack();
	await expect(page).toHaveURL(/year=2011$/);
});
