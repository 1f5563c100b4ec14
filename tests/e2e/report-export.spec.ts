/**
 * Exports for reports, in Chromium: every text inside the page at every size, the page's zoom in the
 * address and in the export, and the size, title and note chosen by the export buttons.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXPORT_SIZES } from '../../src/lib/model/view';

const normaliseTime = (svg: string) => svg.replace(/Made \d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'Made [time]');
async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** The boxes (as Chromium lays the text out) of the texts that leave the root's viewBox, in the root's user units. */
async function textsOutside(page: Page): Promise<{ measured: number; outside: string[] }> {
	return page.evaluate(() => {
		const root = document.documentElement as unknown as SVGSVGElement;
		const box = root.getBoundingClientRect();
		const vb = root.viewBox.baseVal;
		const k = vb.width / box.width;
		const out: string[] = [];
		let measured = 0;
		for (const t of root.querySelectorAll('text')) {
			const r = t.getBoundingClientRect();
			if (!t.textContent || r.width === 0) continue;
			measured++;
			const [x0, y0, x1, y1] = [(r.left - box.left) * k, (r.top - box.top) * k, (r.right - box.left) * k, (r.bottom - box.top) * k];
			if (x0 < -0.5 || y0 < -0.5 || x1 > vb.width + 0.5 || y1 > vb.height + 0.5)
				out.push(`"${t.textContent}" at ${[x0, y0, x1, y1].map((v) => v.toFixed(1)).join(',')} in ${vb.width}×${vb.height}`);
		}
		return { measured, outside: out };
	});
}

const VIEWS = [
	'year=2011',
	'year=2019&mode=composite',
	'year=2023&focus=KOR',
	'year=2016&compare=2011&states=USA,JPN,KOR,CHN',
	'year=2011&view=420,180,720,380&title=Seoul%20and%20Tokyo%20after%20the%20Cheonan&note=The%20first%20agreements%20were%20still%20to%20come.',
	// The widest captions there are: 280 capital Ws and Ms in bold, and 280 wide characters and dashes.
	`year=2016&compare=2011&min=0.2&title=${'WM'.repeat(140)}&note=${encodeURIComponent('—…字'.repeat(93))}`
];

for (const size of EXPORT_SIZES) {
	test(`${size}: every text of six views lies inside the page (boxes measured in Chromium)`, async ({ page, request }) => {
		// Each export opened as a document of its own, as a browser opens the file.
		const files = new Map<string, string>();
		await page.route('http://atlas.test/**', (route) =>
			route.fulfill({ body: files.get(new URL(route.request().url()).pathname), contentType: 'image/svg+xml' })
		);
		for (const [i, view] of VIEWS.entries()) {
			const res = await request.get(`/export.svg?${view}&size=${size}`);
			expect(res.status()).toBe(200);
			files.set(`/${i}.svg`, await res.text());
			await page.goto(`http://atlas.test/${i}.svg`);
			const { measured, outside } = await textsOutside(page);
			expect(outside, `${size} ${view}`).toEqual([]);
			// Title, legend rows, notes and a label at least: the check measured something.
			expect(measured).toBeGreaterThan(12);
			if (i === 0) {
				// The svg-crowbar way (every computed style inlined on every element) would be at least 10× larger.
				const svg = files.get('/0.svg')!;
				const inlined = await page.evaluate(() => {
					const root = document.documentElement.cloneNode(true) as Element;
					const live = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
					const copies = [root, ...root.querySelectorAll('*')];
					live.forEach((el, j) => {
						const cs = getComputedStyle(el);
						let style = '';
						for (let n = 0; n < cs.length; n++) style += `${cs[n]}:${cs.getPropertyValue(cs[n]!)};`;
						copies[j]!.setAttribute('style', style);
					});
					return new XMLSerializer().serializeToString(root).length;
				});
				expect(inlined / svg.length, `${size}: crowbar ${inlined} vs ours ${svg.length}`).toBeGreaterThanOrEqual(10);
			}
		}
	});
}

test('zooming on the page puts the region in the address, and "Export SVG" draws that region', async ({ page, request }) => {
	await page.goto('/?year=2011');
	await ready(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	// Drag the map a little to pan.
	const map = (await page.locator('svg.atlas').boundingBox())!;
	await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
	await page.mouse.down();
	await page.mouse.move(map.x + map.width / 2 + 80, map.y + map.height / 2 + 40, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/view=/);
	const region = new URL(page.url()).searchParams.get('view')!.split(',').map(Number) as [number, number, number, number];
	// The page's map group shows the same region: translate(x y) scale(k) ⇔ x0 = −x/k, y0 = −y/k.
	const transform = await page.locator('svg.atlas > g[transform*="scale"]').getAttribute('transform');
	const [, x, y, k] = /translate\((-?[\d.]+) (-?[\d.]+)\) scale\(([\d.]+)\)/.exec(transform!)!.map(Number) as number[];
	expect(Math.abs(-x! / k! - region[0])).toBeLessThan(0.2);
	expect(Math.abs(-y! / k! - region[1])).toBeLessThan(0.2);
	expect(Math.abs(960 / k! - (region[2] - region[0]))).toBeLessThan(0.3);

	// The page zooms once: its map holds no region of its own (a second zoom would show the wrong place).
	await expect(page.locator('svg.atlas svg')).toHaveCount(0);
	// A state on screen sits where the region puts it: (x − x0)·k across the map's width of 960 units.
	const korea = await page.locator('svg.atlas [data-actor="KOR"]').getAttribute('transform');
	const [, kx, ky] = /translate\(([\d.]+) ([\d.]+)\)/.exec(korea!)!.map(Number) as number[];
	const box = (await page.locator('svg.atlas').boundingBox())!;
	const dot = (await page.locator('svg.atlas [data-actor="KOR"] circle').last().boundingBox())!;
	const unit = box.width / 960;
	expect(Math.abs(dot.x + dot.width / 2 - box.x - (kx! - region[0]) * k! * unit)).toBeLessThan(2);
	expect(Math.abs(dot.y + dot.height / 2 - box.y - (ky! - region[1]) * k! * unit)).toBeLessThan(2);

	const before = page.url();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	const client = readFileSync((await download.path())!, 'utf8');
	const viewBox = /<svg width="960" height="640" viewBox="([\d. ]+)"/.exec(client)![1]!.split(' ').map(Number);
	expect(viewBox).toEqual([region[0], region[1], +(region[2] - region[0]).toFixed(1), +(region[3] - region[1]).toFixed(1)]);
	// The same file as the server's for the page's address.
	const server = await (await request.get(`/export.svg${new URL(page.url()).search}`)).text();
	expect(normaliseTime(client)).toBe(normaliseTime(server));
	// Back undoes the pan (one entry for the whole drag), then each zoom.
	await page.goBack();
	await expect(page).not.toHaveURL(before);
	await expect(page).toHaveURL(/year=2011&view=/);
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(/\?year=2011$/);
});

test('the export size, title and note chosen by the buttons go into the address and the export', async ({ page }) => {
	await page.goto('/?year=2016');
	await ready(page);
	await page.getByRole('combobox', { name: 'Export size' }).selectOption('slide');
	await page.getByRole('textbox', { name: 'Export title' }).fill('Allies  <apart> & together');
	await page.getByRole('textbox', { name: 'Export note' }).fill('A note\nover two lines.');
	await expect(page).toHaveURL(/size=slide&title=Allies\+%3Capart%3E\+%26\+together&note=A\+note\+over\+two\+lines\./);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	expect(download.suggestedFilename()).toBe('alliance-atlas-2016-military-trade-tension-slide.svg');
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toMatch(/<svg [^>]*viewBox="0 0 1920 1080" width="1920" height="1080"/);
	expect(svg).toContain('>Allies &lt;apart&gt; &amp; together</text>');
	expect(svg).toContain('>A note over two lines.</text>');
	// The typed text stays as typed in the field while the address keeps it tidied.
	await expect(page.getByRole('textbox', { name: 'Export title' })).toHaveValue('Allies  <apart> & together');
	// 280 characters, whatever their size in UTF-16: 280 emoji are taken, the 281st is not.
	await page.getByRole('textbox', { name: 'Export note' }).fill('😀'.repeat(300));
	await expect(page.getByRole('textbox', { name: 'Export note' })).toHaveValue('😀'.repeat(280));
	await expect.poll(() => new URL(page.url()).searchParams.get('note')).toBe('😀'.repeat(280));
	await page.getByRole('textbox', { name: 'Export note' }).fill('A note\nover two lines.');
	await expect.poll(() => new URL(page.url()).searchParams.get('note')).toBe('A note over two lines.');
	// A reload reads them back from the address.
	await page.reload();
	await ready(page);
	await expect(page.getByRole('textbox', { name: 'Export title' })).toHaveValue('Allies <apart> & together');
	await expect(page.getByRole('combobox', { name: 'Export size' })).toHaveValue('slide');
});
