import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from '../../src/lib/export/csv';
import { DATA_COLUMNS } from '../../src/lib/export/data';

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
		const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [unknown, number, number];
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

test('"Export data" saves the ties in view as CSV that parses back to the table', async ({ page }) => {
	await page.goto('/?year=2016&min=0.4');
	await ready(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
	expect(download.suggestedFilename()).toBe('alliance-atlas-2016-military-trade-tension.csv');
	const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
	expect(rows[0]).toEqual([...DATA_COLUMNS]);
	const api = await (await page.request.get('/api/network?year=2016&min=0.4')).json();
	const shown = api.ties.filter((t: { shown: boolean }) => t.shown);
	expect(rows.length - 1).toBe(shown.length);
	for (const t of shown) {
		const row = rows.find((r) => r[0] === t.source && r[1] === t.target)!;
		expect(Number(row[3])).toBe(t.scores.military);
		expect(Number(row[6])).toBe(t.weight);
		expect(row[8]).toBe(t.trade.status);
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
