/**
 * Share and embed: the Share dialog's link and <iframe> snippet, the /embed view that snippet loads on
 * another site, and the framing rule (src/lib/server/framing.js): /embed may be framed by any site, the
 * rest of the app by none — on a first answer, an answer from the cache and a 304 alike.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { withServer } from '../helpers/server';
import { withOtherSite } from '../helpers/framing';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${PORT}`;
/** A view that is not the default one: a year, two layers and a focus. */
const QUERY = 'year=2016&layers=military,tension&focus=KOR';
const TITLE = 'Northeast Asia, 2016: military and tension ties of South Korea';

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** The snippet and link the Share dialog gives for the view on screen (the dialog left open). */
async function shareDialog(page: Page) {
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	await expect(dialog).toBeVisible();
	return {
		dialog,
		link: await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue(),
		snippet: await dialog.getByRole('textbox', { name: 'Embed it in another site' }).inputValue()
	};
}

/** The frame of `page` whose address starts with `prefix`, once it has one. */
async function frameAt(page: Page, prefix: string): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
	return page.frames().find((f) => f.url().startsWith(prefix))!;
}

/** Problems with the Content Security Policy reported in the console (a frame or resource refused). */
function watchCsp(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|X-Frame-Options/i.test(m.text())) problems.push(m.text());
	});
	return problems;
}

test('another site can frame /embed: title, map, legend, attribution and a link back to the same view; again once revalidated', async ({
	browser
}) => {
	const context = await browser.newContext();
	const html = `<!doctype html><html lang="en"><title>Another site</title><h1>Our article</h1><iframe src="${APP}/embed?${QUERY.replaceAll('&', '&amp;')}" width="800" height="680" title="The map" style="border:0"></iframe></html>`;
	await withOtherSite({ '/': html }, async (site) => {
		const other = await context.newPage();
		const csp = watchCsp(other);
		await other.goto(site);
		const frame = await frameAt(other, `${APP}/embed?`);
		expect(frame.url()).toBe(`${APP}/embed?${QUERY}`);
		await expect(frame.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(frame.locator('svg.atlas title')).toHaveText(TITLE);
		await expect(frame.getByRole('img', { name: new RegExp(`^${TITLE}`) })).toBeVisible();
		await expect(frame.getByRole('list', { name: 'Legend' })).toContainText('Military');
		await expect(frame.getByRole('contentinfo')).toContainText('Data: Alliance Atlas');
		const back = frame.getByRole('link', { name: 'Open in Alliance Atlas (opens in a new tab)' });
		await expect(back).toHaveAttribute('href', `/?${QUERY}`);
		await expect(back).toHaveAttribute('target', '_blank');
		await expect(back).toHaveAttribute('rel', 'noopener');
		// No controls, and no script: the embed is HTML and SVG.
		await expect(frame.getByRole('button')).toHaveCount(0);
		await expect(frame.locator('script')).toHaveCount(0);
		// The basemap is drawn (the page's CSP lets it load) and the page's styles apply.
		await expect
			.poll(() => frame.locator('svg.atlas image').evaluate((img) => (img as SVGImageElement).getBBox().width))
			.toBeGreaterThan(100);
		expect(await frame.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontSize)).toBe('16px');

		// The link back opens the same view in the dashboard, in a new tab.
		const [tab] = await Promise.all([context.waitForEvent('page'), back.click()]);
		await tab.waitForLoadState();
		expect(tab.url()).toBe(`${APP}/?${QUERY}`);
		await expect(tab.locator('svg.atlas title')).toHaveText(TITLE);
		await tab.close();

		// Again (revalidated with its ETag, 304): the embed keeps its own CSP, so it is framed and drawn as before.
		await other.reload();
		const again = await frameAt(other, `${APP}/embed?`);
		await expect(again.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
		await expect
			.poll(() => again.locator('svg.atlas image').evaluate((img) => (img as SVGImageElement).getBBox().width))
			.toBeGreaterThan(100);
		expect(await again.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontSize)).toBe('16px');
		expect(csp).toEqual([]);
	});
	await context.close();
});

test('the Share dialog gives the view’s link and an <iframe> snippet, each copied; on another site the snippet shows the view', async ({
	browser
}) => {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
	const page = await context.newPage();
	await page.goto(`/?${QUERY}`);
	await ready(page);
	const { dialog, link, snippet } = await shareDialog(page);
	expect(link).toBe(`${APP}/?${QUERY}`);
	const src = `${APP}/embed?${QUERY.replaceAll('&', '&amp;')}`;
	expect(snippet).toBe(
		`<iframe src="${src}" width="800" height="680" title="${TITLE} — Alliance Atlas" loading="lazy" style="border:0"></iframe>`
	);

	await dialog.getByRole('button', { name: 'Copy link' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied the link.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	await dialog.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied the embed code.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

	// Another site's page with exactly that snippet.
	await withOtherSite(
		{ '/': `<!doctype html><html lang="en"><title>Another site</title><h1>Our article</h1>${snippet}</html>` },
		async (site) => {
			const other = await context.newPage();
			const csp = watchCsp(other);
			await other.goto(site);
			await expect(other.locator('iframe')).toHaveAttribute('title', `${TITLE} — Alliance Atlas`);
			const frame = await frameAt(other, `${APP}/embed?`);
			expect(frame.url()).toBe(`${APP}/embed?${QUERY}`);
			await expect(frame.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE);
			await expect(frame.getByRole('link', { name: /Open in Alliance Atlas/ })).toHaveAttribute('href', `/?${QUERY}`);
			expect(csp).toEqual([]);
		}
	);
	await context.close();
});

test('the rest of the app refuses to be framed: the dashboard, a story, the API and the export stay empty', async ({ page }) => {
	const refused = ['/?year=2016', '/story/founding-arc/2', '/api/network?year=2011', '/export.svg?year=2011'];
	const html = refused.map((p) => `<iframe src="${APP}${p}" width="400" height="300"></iframe>`).join('');
	await withOtherSite({ '/': `<!doctype html><title>Another site</title>${html}` }, async (site) => {
		const csp = watchCsp(page);
		await page.goto(site);
		await expect.poll(() => csp.length).toBeGreaterThanOrEqual(refused.length);
		// By frame-ancestors 'none', or (the export, whose CSP is its own) by X-Frame-Options: DENY.
		expect(csp.filter((m) => m.includes("frame-ancestors 'none'")).length).toBeGreaterThanOrEqual(refused.length - 1);
		// No frame holds any of the app: each is Chromium's error page.
		const frames = page.frames().filter((f) => f !== page.mainFrame());
		expect(frames).toHaveLength(refused.length);
		for (const frame of frames) {
			expect(frame.url()).not.toContain(APP);
			expect(await frame.locator('svg.atlas, main, pre').count()).toBe(0);
		}
	});
});

test('/embed says frame-ancestors * and has no X-Frame-Options: first answer, from the cache, and a 304', async ({ request }) => {
	const frameable = (h: Record<string, string>, what: string) => {
		expect(h['content-security-policy'], what).toMatch(/(^|; )frame-ancestors \*($|;)/);
		expect(h['content-security-policy'], what).not.toContain("'none'; sandbox");
		expect(h['x-frame-options'], what).toBeUndefined();
		// The other security headers as everywhere.
		expect(h['x-content-type-options'], what).toBe('nosniff');
		expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
	};
	// An address not asked for before (a first answer), then the same (the middleware's answer from the
	// cache), then another spelling of the same view (SvelteKit's answer from the cache), then 304s.
	const first = await request.get('/embed?year=2012&geo=0.55');
	expect(first.status()).toBe(200);
	frameable(first.headers(), 'first');
	const second = await request.get('/embed?year=2012&geo=0.55');
	frameable(second.headers(), 'from the cache');
	expect(await second.text()).toBe(await first.text());
	frameable((await request.get('/embed?geo=0.550&year=2012')).headers(), 'same view, other address');
	for (const address of ['/embed?year=2012&geo=0.55', '/embed?geo=0.5500&year=2012']) {
		const notModified = await request.get(address, { headers: { 'if-none-match': first.headers()['etag']! } });
		expect(notModified.status(), address).toBe(304);
		expect(notModified.headers()['content-security-policy'], address).toBe(first.headers()['content-security-policy']);
		expect(notModified.headers()['x-frame-options'], address).toBeUndefined();
	}
	// Everything else keeps frame-ancestors 'none' and X-Frame-Options: DENY, cached or not.
	for (const route of [
		'/?year=2012',
		'/?year=2012',
		'/api/network?year=2012',
		'/api/network?year=2012',
		'/basemap.svg',
		'/embedded',
		'/api/dataset.json'
	]) {
		const h = (await request.get(route)).headers();
		expect(h['x-frame-options'], route).toBe('DENY');
		expect(h['content-security-policy'], route).toContain("frame-ancestors 'none'");
	}
	// The SVG export's CSP is its own (no frame-ancestors): X-Frame-Options keeps it unframed.
	for (const route of ['/export.svg?year=2012', '/export.svg?year=2012']) {
		const h = (await request.get(route)).headers();
		expect(h['x-frame-options'], route).toBe('DENY');
		expect(h['content-security-policy'], route).not.toContain('frame-ancestors *');
	}
});

test('a bad parameter gets the dashboard’s 400, as a message shown inside the frame', async ({ page }) => {
	const res = await page.goto('/embed?year=1990&mode=graph');
	expect(res!.status()).toBe(400);
	expect(res!.headers()['content-security-policy']).toContain('frame-ancestors *');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This view cannot be shown');
	await expect(page.getByRole('alert')).toContainText('year="1990" is not allowed');
	await expect(page.getByRole('alert')).toContainText('mode="graph" is not allowed');
	await expect(page.getByRole('link', { name: /Open Alliance Atlas/ })).toHaveAttribute('target', '_blank');
	// A view of data loaded in a browser (data=local) has no embed: the server does not have the data.
	expect((await page.goto('/embed?data=local'))!.status()).toBe(400);
});

test('the embed fills its frame at any size, and passes axe (WCAG 2.2 AA)', async ({ browser }) => {
	for (const [width, height] of [
		[800, 680],
		[480, 400],
		[1200, 900]
	] as const) {
		const page = await browser.newPage({ viewport: { width, height } });
		await page.goto(`/embed?${QUERY}`);
		const size = await page.evaluate(() => {
			const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
			return {
				scrollWidth: document.documentElement.scrollWidth,
				scrollHeight: document.body.scrollHeight,
				map: rect('svg.atlas'),
				room: rect('.embed-map'),
				footer: rect('footer')
			};
		});
		const at = `${width}×${height}`;
		expect(size.scrollWidth, at).toBeLessThanOrEqual(width);
		expect(size.scrollHeight, at).toBeLessThanOrEqual(height);
		expect(size.footer.bottom, at).toBeLessThanOrEqual(height);
		// The map takes the room the title, legend and footer leave, at its own proportions (3:2): as wide or as tall as that room.
		expect(size.room.height, at).toBeGreaterThan(height * 0.4);
		expect(Math.abs(size.map.width / size.map.height - 1.5), at).toBeLessThan(0.02);
		expect(Math.min(Math.abs(size.map.width - size.room.width), Math.abs(size.map.height - size.room.height)), at).toBeLessThan(2);
		await page.close();
	}
	// A frame too small for it all scrolls rather than overlap its parts.
	const small = await browser.newPage({ viewport: { width: 320, height: 240 } });
	await small.goto(`/embed?${QUERY}`);
	const legend = await small.getByRole('list', { name: 'Legend' }).boundingBox();
	const footer = await small.getByRole('contentinfo').boundingBox();
	expect(legend!.y + legend!.height).toBeLessThanOrEqual(footer!.y + 1);
	await small.close();

	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(`/embed?${QUERY}&compare=2011&blocs=1`);
		await expect(page.getByRole('main')).toBeVisible();
		const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze())
			.violations;
		expect(
			violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			colorScheme
		).toEqual([]);
		await context.close();
	}
});

test('Share: Escape and Close return focus to the Share button, Escape leaves the focused state alone; a refused clipboard selects the text', async ({
	page
}) => {
	await page.addInitScript(() => {
		// A browser that refuses the page the clipboard.
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }
		});
	});
	await page.goto(`/?${QUERY}`);
	await ready(page);
	const share = page.getByRole('button', { name: 'Share' });
	const { dialog, link, snippet } = await shareDialog(page);
	await dialog.getByRole('button', { name: 'Copy link' }).click();
	await expect(dialog.getByRole('status')).toContainText('the link is selected');
	const field = dialog.getByRole('textbox', { name: 'Link to this view' });
	await expect(field).toBeFocused();
	expect(await field.evaluate((i: HTMLInputElement) => [i.selectionStart, i.selectionEnd])).toEqual([0, link.length]);
	await dialog.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(dialog.getByRole('status')).toContainText('the embed code is selected');
	const code = dialog.getByRole('textbox', { name: 'Embed it in another site' });
	await expect(code).toBeFocused();
	expect(await code.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd])).toEqual([0, snippet.length]);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(share).toBeFocused();
	// The page's own Escape (which clears the focused state) did not see it.
	expect(page.url()).toContain('focus=KOR');
	await expect(page.getByRole('complementary', { name: 'Focused state' })).toBeVisible();

	await share.press('Enter');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(share).toBeFocused();
	expect(page.url()).toBe(`${APP}/?${QUERY}`);
});

test('a view of data loaded in this browser: its link says data=local, and it offers no embed', async ({ page }) => {
	const csvDir = new URL('../fixtures/data/triangle-csv/', import.meta.url).pathname;
	await page.goto('/?year=2016');
	await ready(page);
	await page.getByRole('button', { name: 'Load data' }).click();
	await page.locator('.load-data input[type="file"]').setInputFiles(readdirSync(csvDir).map((n) => `${csvDir}${n}`));
	await expect(page).toHaveURL(/data=local/);
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(new RegExp(`^${APP}/\\?data=local`));
	await expect(dialog.getByRole('textbox', { name: 'Embed it in another site' })).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: 'Copy embed code' })).toHaveCount(0);
	await expect(dialog).toContainText('it cannot be embedded');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// Leave the default data for the tests after this one (the dataset is kept in this browser's storage).
	await page.getByRole('button', { name: 'Use the default data' }).click();
	await expect(page).not.toHaveURL(/data=local/);
});

test('with ORIGIN, the Share dialog’s links are on the configured origin', async ({ page }) => {
	await withServer({ ORIGIN: 'https://atlas.example.org' }, PORT + 20, async (base) => {
		await page.goto(`${base}/?year=2011`);
		await ready(page);
		const { link, snippet } = await shareDialog(page);
		expect(link).toBe('https://atlas.example.org/?year=2011');
		expect(snippet).toContain('src="https://atlas.example.org/embed?year=2011"');
	});
});

test('the embed shows the view’s zoomed region, its own title and its note, as the export does', async ({ page, request }) => {
	const query = `year=2011&view=420,180,720,380&title=${encodeURIComponent('Seoul and Tokyo, 2011')}&note=${encodeURIComponent('Before GSOMIA.')}`;
	await page.goto(`/embed?${query}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seoul and Tokyo, 2011');
	// The sharer's title, and what the map shows in the app's own words.
	await expect(page.locator('.embed-note')).toHaveText(['Shows: Northeast Asia, 2011: military, trade and tension ties', 'Before GSOMIA.']);
	// The map shows the same region as the export of the same view.
	const region = await page.locator('.embed-map svg svg').getAttribute('viewBox');
	expect(region).toBe('420 180 300 200');
	const exported = await (await request.get(`/export.svg?${query}`)).text();
	expect(exported).toContain(`viewBox="${region}"`);
	// Only the states inside the region carry labels, as in the export.
	const labels = await page.locator('.embed-map .aa-labels text').allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	expect(labels.length).toBeLessThan(8);
});
