/** Serving hardened: security headers everywhere, 405 JSON with Allow, 414, capped errors, and absolute URLs only from ORIGIN. */
import { expect, test } from '@playwright/test';
import { withServer } from '../helpers/server';

const ROUTES = [
	'/?year=2011',
	'/api/network?year=2011',
	'/export.svg?year=2011',
	'/api/events?from=2010&to=2011',
	'/api/states?year=2011',
	'/api/dataset.json',
	'/api/basemap.json',
	'/basemap.svg',
	'/story/founding-arc/1',
	'/story/founding-arc/1/export.svg',
	'/api/network?year=1999',
	'/_app/version.json',
	'/robots.txt',
	'/no-such-page'
];

test('every route answers with the security headers', async ({ request }) => {
	for (const route of ROUTES) {
		const res = await request.get(route);
		const h = res.headers();
		expect(h['x-content-type-options'], route).toBe('nosniff');
		expect(h['referrer-policy'], route).toBe('strict-origin-when-cross-origin');
		expect(h['permissions-policy'], route).toContain('camera=()');
		expect(h['cross-origin-opener-policy'], route).toBe('same-origin');
		expect(h['x-frame-options'], route).toBe('DENY');
	}
	// But the embed view, which any site may frame (src/lib/server/framing.js): frame-ancestors *, no X-Frame-Options.
	const embed = (await request.get('/embed?year=2011')).headers();
	expect(embed['x-content-type-options']).toBe('nosniff');
	expect(embed['cross-origin-opener-policy']).toBe('same-origin');
	expect(embed['x-frame-options']).toBeUndefined();
	expect(embed['content-security-policy']).toMatch(/; frame-ancestors \*$/);
	expect((await request.get('/?year=2011')).headers()['cache-control']).toBe('no-cache');
	// The app's scripts and styles, served by adapter-node's file server, carry them too.
	const html = await (await request.get('/?year=2011')).text();
	const assets = [...new Set([...html.matchAll(/"(\/_app\/immutable\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
	expect(assets.length).toBeGreaterThan(1);
	for (const asset of assets.slice(0, 5)) {
		const h = (await request.get(asset)).headers();
		expect(h['x-content-type-options'], asset).toBe('nosniff');
		expect(h['x-frame-options'], asset).toBe('DENY');
		expect(h['cache-control'], asset).toContain('immutable');
	}
});

test('other methods get 405 JSON with Allow; a long query 414; many bad parameters a capped 400', async ({ request }) => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
		for (const route of ['/', '/api/network', '/api/dataset.json', '/basemap.svg']) {
			const res = await request.fetch(route, { method });
			expect(res.status(), `${method} ${route}`).toBe(405);
			expect(res.headers()['allow']).toBe('GET, HEAD');
			expect((await res.json()).error).toContain('use GET or HEAD');
		}
	}
	const long = await request.get(`/api/network?year=2011&x=${'a'.repeat(9000)}`);
	expect(long.status()).toBe(414);
	expect((await long.json()).error).toContain('at most 8192');
	// The longest view there is (a title and a note of 280 four-byte characters each) is answered.
	const longest = `title=${encodeURIComponent('😀'.repeat(280))}&note=${encodeURIComponent('𠀀'.repeat(280))}`;
	for (const route of ['/', '/export.svg', '/embed', '/api/network'])
		expect((await request.get(`${route}?${longest}`)).status(), route).toBe(200);
	const query = Array.from({ length: 300 }, (_, i) => `p${i}=1`).join('&');
	const many = await request.get(`/api/network?${query}`);
	expect(many.status()).toBe(400);
	const body = await many.text();
	expect(body.length).toBeLessThan(query.length * 2);
	expect(JSON.parse(body).errors).toHaveLength(10);
});

test('the export never writes the Host header into its view link; only ORIGIN makes it absolute', async ({ request }) => {
	const svg = await (await request.get('/export.svg?year=2011', { headers: { host: 'evil.example' } })).text();
	expect(svg).not.toContain('evil.example');
	expect(svg).toContain('View: /?year=2011');

	await withServer({ ORIGIN: 'https://atlas.example.org' }, 4184, async (base) => {
		const withOrigin = await (await fetch(`${base}/export.svg?year=2011`, { headers: { host: 'evil.example' } })).text();
		expect(withOrigin).toContain('View: https://atlas.example.org/?year=2011');
		expect(withOrigin).not.toContain('evil.example');
	});
});

test('views are cached with a strong ETag: If-None-Match gets 304', async ({ request }) => {
	for (const route of [
		'/api/network?year=2016&compare=2011',
		'/api/states?year=2016',
		'/api/events?from=2010&to=2011',
		'/export.svg?year=2016',
		'/story/founding-arc/2/export.svg'
	]) {
		const first = await request.get(route);
		expect(first.status(), route).toBe(200);
		const etag = first.headers()['etag']!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		expect(first.headers()['cache-control']).toContain('s-maxage=');
		const again = await request.get(route, { headers: { 'if-none-match': etag } });
		expect(again.status(), route).toBe(304);
	}
	// The second answer at an address comes straight from the cache, before SvelteKit: the same bytes and headers.
	for (const route of [
		'/api/network?year=2013&geo=0.47',
		'/export.svg?year=2013&geo=0.47&download=1',
		'/?year=2013&geo=0.47',
		'/embed?year=2013&geo=0.47'
	]) {
		const strip = (h: Record<string, string>) =>
			Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'content-length', 'transfer-encoding'].includes(k)));
		const first = await request.get(route);
		const second = await request.get(route);
		expect(await second.text(), route).toBe(await first.text());
		expect(strip(second.headers()), route).toEqual(strip(first.headers()));
	}
	// Pages too, revalidated each time: the same address, the same bytes, and 304 for the ETag. The 304
	// carries the page's CSP (a browser keeps a 304's headers): through SvelteKit, then from the cache.
	for (const route of ['/?year=2016&focus=KOR', '/story/founding-arc/2', '/embed?year=2016&focus=KOR']) {
		const first = await request.get(route);
		expect(first.headers()['cache-control'], route).toBe('no-cache');
		if (!route.startsWith('/embed')) expect(first.headers()['content-security-policy'], route).toContain("script-src 'self' 'sha256-");
		const again = await request.get(route, { headers: { 'if-none-match': first.headers()['etag']! } });
		expect(again.status(), route).toBe(304);
		expect(again.headers()['content-security-policy'], route).toBe(first.headers()['content-security-policy']);
		expect(await (await request.get(route)).text()).toBe(await first.text());
	}
	const a = await request.get('/api/network?geo=0.3&year=2016');
	const b = await request.get('/api/network?year=2016&geo=0.30');
	expect(a.headers()['etag']).toBe(b.headers()['etag']);
});

test('the export says the day it was made, so a view’s export is cached like the JSON views', async ({ request }) => {
	const a = await request.get('/export.svg?year=2012&download=1');
	const b = await request.get('/export.svg?year=2012');
	expect(a.headers()['etag']).toBe(b.headers()['etag']);
	expect(a.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(b.headers()['content-disposition']).toMatch(/^inline;/);
	expect(await b.text()).toContain(`Made ${new Date().toISOString().slice(0, 10)}.`);
});

test('a year’s own page redirects to the view’s usual address on the Node server, keeping the rest of the query', async ({ request }) => {
	const res = await request.get('/year/2011/?layers=trade', { maxRedirects: 0 });
	expect(res.status()).toBe(308);
	expect(res.headers()['location']).toBe('/?year=2011&layers=trade');
	expect((await request.get('/year/1999/', { maxRedirects: 0 })).status()).toBe(404);
});

test('a reloaded page keeps its own CSP (its 304 carries it), so the dashboard still runs and draws its basemap', async ({ page }) => {
	const refused: string[] = [];
	page.on('console', (m) => {
		if (m.text().includes('Content Security Policy') || m.text().includes('sandboxed')) refused.push(m.text());
	});
	const revalidated: number[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('/?year=2015&focus=CHN')) revalidated.push(r.status());
	});
	await page.goto('/?year=2015&focus=CHN');
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await page.reload();
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect.poll(() => page.locator('svg.atlas image').evaluate((img) => (img as SVGImageElement).getBBox().width)).toBeGreaterThan(100);
	expect(revalidated).toHaveLength(2);
	expect(refused).toEqual([]);
});
