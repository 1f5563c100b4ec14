import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Download, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from '../../src/lib/export/csv';
import { COMPARE_COLUMNS, DATA_CODEBOOK, DATA_COLUMNS } from '../../src/lib/export/data';

const goldenDir = new URL('../golden/', import.meta.url).pathname;
const normaliseTime = (svg: string) => svg.replace(/Made \d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'Made [time]');

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** Share of pixels (0..1) that pixelmatch finds different between two same-sized renderings (anti-aliasing aside). */
function differentPixels(a: PNG, b: PNG, diffPath: string): number {
	expect([a.width, a.height]).toEqual([b.width, b.height]);
	const diff = new PNG({ width: a.width, height: a.height });
	const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
	writeFileSync(diffPath, PNG.sync.write(diff));
	return count / (a.width * a.height);
}

for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'))) {
	test(`golden ${file} renders the same in rsvg-convert and Chromium`, async ({ page }) => {
		const svg = readFileSync(join(goldenDir, file), 'utf8');
		// The root's size in CSS px (A4 sizes are in mm: 96 px to the inch).
		const root = /<svg [^>]*>/.exec(svg)![0];
		const px = (name: string) => {
			const [, n, unit] = new RegExp(` ${name}="([\\d.]+)(mm)?"`).exec(root)!;
			return Math.round(Number(n) * (unit === 'mm' ? 96 / 25.4 : 1));
		};
		const [w, h] = [px('width'), px('height')];
		const dir = mkdtempSync(join(tmpdir(), 'aa-render-'));
		const rsvgPng = join(dir, 'rsvg.png');
		execFileSync('rsvg-convert', ['-w', String(w), '-h', String(h), '-b', 'white', '-o', rsvgPng, join(goldenDir, file)]);
		// Chromium opens the file itself, as a standalone SVG document: no HTML, no page CSS around it.
		await page.setViewportSize({ width: w, height: h });
		await page.goto(pathToFileURL(join(goldenDir, file)).href);
		const chromePng = await page.screenshot({ clip: { x: 0, y: 0, width: w, height: h } });
		writeFileSync(join(dir, 'chromium.png'), chromePng);
		const diff = differentPixels(PNG.sync.read(readFileSync(rsvgPng)), PNG.sync.read(chromePng), join(dir, 'diff.png'));
		console.log(
			`${file}: ${(diff * 100).toFixed(2)}% of pixels differ between rsvg and Chromium (pixelmatch; diff image ${join(dir, 'diff.png')})`
		);
		expect(diff).toBeLessThan(0.03);
	});
}

test('"Export SVG" downloads the same file as /export.svg for the same URL', async ({ page, request }) => {
	const query = 'year=2019&mode=composite&focus=JPN&geo=0.4';
	await page.goto(`/?${query}`);
	await ready(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	expect(download.suggestedFilename()).toBe('alliance-atlas-2019-military-trade-tension-composite-jpn.svg');
	const client = readFileSync((await download.path())!, 'utf8');
	const res = await request.get(`/export.svg?${query}`);
	expect(res.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
	const server = await res.text();
	expect(normaliseTime(client)).toBe(normaliseTime(server));
	// Node positions equal: the same transforms, character for character.
	const positions = (s: string) => s.match(/translate\([\d.]+ [\d.]+\)" class="aa-node" data-actor="\w+"/g);
	expect(positions(client)).toEqual(positions(server));
	expect(positions(client)).toHaveLength(8);
});

test('"Export SVG" follows the view on screen after changes in the page', async ({ page, request }) => {
	await page.goto('/?year=2011');
	await ready(page);
	await page.getByRole('checkbox', { name: 'Tension' }).uncheck();
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2012&layers=military,trade/);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	const client = readFileSync((await download.path())!, 'utf8');
	const server = await (await request.get('/export.svg?year=2012&layers=military,trade')).text();
	expect(normaliseTime(client)).toBe(normaliseTime(server));
});

test('"Export PNG" downloads a PNG twice the size of the view', async ({ page }) => {
	await page.goto('/?year=2011');
	await ready(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
	expect(download.suggestedFilename()).toBe('alliance-atlas-2011-military-trade-tension.png');
	const png = PNG.sync.read(readFileSync((await download.path())!));
	const svg = await (await page.request.get('/export.svg?year=2011')).text();
	const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [unknown, number, number];
	expect([png.width, png.height]).toEqual([2 * w, 2 * h]);
	// Not blank: many distinct colours.
	const colours = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
	expect(colours.size).toBeGreaterThan(20);
});

/** A download's bytes as text, after checking it starts with the UTF-8 byte-order mark. */
async function savedCsv(download: Download): Promise<string> {
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return bytes.toString('utf8');
}

test('"Export data" saves the same file as /export.csv for the same view: the ties drawn, with names beside ids', async ({ page }) => {
	const query = 'year=2016&min=0.4';
	await page.goto(`/?${query}`);
	await ready(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
	expect(download.suggestedFilename()).toBe('alliance-atlas-2016-military-trade-tension.csv');
	const client = await savedCsv(download);
	expect(client).toBe(await (await page.request.get(`/export.csv?${query}`)).text());
	const rows = parseCsv(client);
	expect(rows[0]).toEqual([...DATA_COLUMNS]);
	const col = (row: string[], name: (typeof DATA_COLUMNS)[number]) => row[DATA_COLUMNS.indexOf(name)];
	const api = await (await page.request.get(`/api/network?${query}`)).json();
	const shown = api.ties.filter((t: { shown: boolean }) => t.shown);
	expect(rows.length - 1).toBe(shown.length);
	for (const t of shown) {
		const row = rows.find((r) => col(r, 'state_a') === t.source && col(r, 'state_b') === t.target)!;
		expect(col(row, 'state_a_name')).toBe(api.actors.find((a: { id: string }) => a.id === t.source).name);
		expect(Number(col(row, 'military_score'))).toBe(t.scores.military);
		expect(Number(col(row, 'net_weight'))).toBe(t.weight);
		expect(col(row, 'trade_status')).toBe(t.trade.status);
	}
});

test('"Every year" makes "Export data" and "Export JSON" save every year, as /export.csv and /export.json give them with years=all; "Codebook" saves /export/codebook.csv', async ({
	page
}) => {
	const query = 'year=2012&layers=military,tension&compare=2010&states=CHN,JPN,KOR,USA';
	await page.goto(`/?${query}`);
	await ready(page);
	await page.getByRole('checkbox', { name: 'Every year' }).check();
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
	expect(csv.suggestedFilename()).toBe('alliance-atlas-all-years-from-2010-chn-jpn-kor-usa-military-tension.csv');
	const client = await savedCsv(csv);
	expect(client).toBe(await (await page.request.get(`/export.csv?${query}&years=all`)).text());
	const rows = parseCsv(client);
	expect(rows[0]).toEqual([...DATA_COLUMNS, ...COMPARE_COLUMNS]);
	expect(new Set(rows.slice(1).map((r) => r[0])).size).toBeGreaterThan(20);
	const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
	expect(json.suggestedFilename()).toBe('alliance-atlas-all-years-from-2010-chn-jpn-kor-usa-military-tension.json');
	const saved = readFileSync((await json.path())!, 'utf8');
	expect(saved).toBe(await (await page.request.get(`/export.json?${query}&years=all`)).text());
	expect(JSON.parse(saved).ties).toHaveLength(rows.length - 1);
	// Unticked, the year in view again.
	await page.getByRole('checkbox', { name: 'Every year' }).uncheck();
	const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
	expect(await savedCsv(one)).toBe(await (await page.request.get(`/export.csv?${query}`)).text());
	const [book] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Codebook' }).click()]);
	expect(book.suggestedFilename()).toBe('alliance-atlas-codebook.csv');
	expect(await savedCsv(book)).toBe(await (await page.request.get('/export/codebook.csv')).text());
});

test('/export.csv, /export.json and /export/codebook.csv: types, byte-order mark, download, ETag, and 400 naming the parameter', async ({
	request
}) => {
	const csv = await request.get('/export.csv?year=2011&download=1');
	expect(csv.status()).toBe(200);
	const h = csv.headers();
	expect(h['content-type']).toBe('text/csv; charset=utf-8; header=present');
	expect(h['content-disposition']).toBe('attachment; filename="alliance-atlas-2011-military-trade-tension.csv"');
	expect(h['x-content-type-options']).toBe('nosniff');
	const body = await csv.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(parseCsv(body.toString('utf8'))[0]).toEqual([...DATA_COLUMNS]);
	expect((await request.get('/export.csv?year=2011')).headers()['content-disposition']).toBe(
		'inline; filename="alliance-atlas-2011-military-trade-tension.csv"'
	);
	// Cached like the other views: the same ETag, and 304 when the client has it.
	expect(h.etag).toMatch(/^"/);
	expect((await request.get('/export.csv?year=2011&download=1', { headers: { 'if-none-match': h.etag! } })).status()).toBe(304);

	const json = await request.get('/export.json?year=2011&years=all&download=1');
	expect(json.status()).toBe(200);
	expect(json.headers()['content-type']).toBe('application/json');
	expect(json.headers()['content-disposition']).toBe('attachment; filename="alliance-atlas-all-years-military-trade-tension.json"');
	const data = await json.json();
	expect(data.years[0]).toBe(2000);
	expect(data.years).toHaveLength(26);
	expect(new Set(data.ties.map((t: { year: number }) => t.year)).size).toBe(26);
	expect(data.codebook.map((e: { column: string }) => e.column)).toEqual([...DATA_COLUMNS]);

	const book = await request.get('/export/codebook.csv');
	expect(book.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
	const bookBytes = await book.body();
	expect([...bookBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(
		parseCsv(bookBytes.toString('utf8'))
			.slice(1)
			.map((r) => r[0])
	).toEqual(DATA_CODEBOOK.map((e) => e.column));

	for (const [path, qs, param] of [
		['/export.csv', 'years=2011', 'years'],
		['/export.json', 'years=2011', 'years'],
		['/export.csv', 'years=ALL', 'years'],
		['/export.csv', 'years=', 'years'],
		['/export.csv', 'years=all&years=all', 'years'],
		['/export.json', 'download=yes', 'download'],
		['/export.csv', 'year=1999', 'year'],
		['/export.json', 'layers=army', 'layers'],
		['/export.csv', 'format=xlsx', 'format'],
		['/export/codebook.csv', 'download=2', 'download'],
		['/export/codebook.csv', 'year=2011', 'year']
	]) {
		const bad = await request.get(`${path}?${qs}`);
		expect(bad.status(), `${path}?${qs}`).toBe(400);
		expect(bad.headers()['content-type']).toBe('application/json');
		const answer = await bad.json();
		expect(
			answer.errors.map((e: { param: string }) => e.param),
			qs
		).toEqual([param]);
		expect(answer.error, qs).toContain(param);
	}
});

test('/export.svg: headers, download, and 400 naming the bad parameter', async ({ request }) => {
	const ok = await request.get('/export.svg?year=2011&download=1');
	expect(ok.status()).toBe(200);
	const h = ok.headers();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['content-security-policy']).toContain("default-src 'none'");
	expect(h['content-disposition']).toBe('attachment; filename="alliance-atlas-2011-military-trade-tension.svg"');
	for (const [qs, param] of [
		['year=1999', 'year'],
		['layers=army', 'layers'],
		['download=yes', 'download'],
		['mode=x', 'mode'],
		['focus=ABC', 'focus']
	]) {
		const bad = await request.get(`/export.svg?${qs}`);
		expect(bad.status(), qs).toBe(400);
		const body = await bad.json();
		expect(
			body.errors.map((e: { param: string }) => e.param),
			qs
		).toContain(param);
		expect(body.error, qs).toContain(param);
	}
});
