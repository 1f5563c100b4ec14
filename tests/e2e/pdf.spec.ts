/**
 * "Export PDF": the page's PDF of its view, read back in Node with PDF.js. One page the size of the
 * same view's SVG export, its title and state names as text, drawn in vectors; and the PDF library
 * loads on the click, not with the page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url).pathname;

const unescapeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&amp;/g, '&');

/** The SVG export's size (CSS px; A4 in mm) and its title's lines (the header's bold text). */
function svgFacts(svg: string) {
	const [, width, height] = /<svg[^>]* width="([^"]+)" height="([^"]+)"/.exec(svg)!;
	const header = /<g [^>]*class="aa-header">([\s\S]*?)<\/g>/.exec(svg)![1]!;
	const lines = [...header.matchAll(/<text[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
	const px = (v: string) => (v.endsWith('mm') ? (parseFloat(v) * 96) / 25.4 : Number(v));
	return { width: px(width!), height: px(height!), title: lines };
}

/** Export the page's view as PDF: the download's bytes and name, and the status line after it. */
async function exportPdf(page: Page) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
	await expect(page.locator('p.status')).toContainText('Saved');
	return {
		bytes: new Uint8Array(readFileSync((await download.path())!)),
		name: download.suggestedFilename(),
		status: await page.locator('p.status').textContent()
	};
}

async function readPdf(bytes: Uint8Array) {
	const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl }).promise;
	const page = await doc.getPage(1);
	const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('\n');
	const ops = (await page.getOperatorList()).fnArray;
	return { pages: doc.numPages, view: page.view, text, ops };
}

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

test('"Export PDF" saves one vector page the size of the SVG export, its title and names as text', async ({ page, request }) => {
	// Every script the page runs, to see that the PDF library comes only with the click.
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
	});
	await page.goto('/?year=2011');
	await ready(page);
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.some((s) => s.includes('jsPDF'))).toBe(false);

	const { bytes, name, status } = await exportPdf(page);
	expect(name).toBe('alliance-atlas-2011-military-trade-tension.pdf');
	expect(status).toBe('Saved the 2011 view as PDF.');
	expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
	expect(scripts.some((s) => s.includes('jsPDF'))).toBe(true);

	const svg = svgFacts(await (await request.get('/export.svg?year=2011')).text());
	expect(svg.title).toEqual(['Northeast Asia, 2011: military, trade and tension ties']);
	const pdf = await readPdf(bytes);
	expect(pdf.pages).toBe(1);
	// The page: the SVG's own width and height, CSS px at 0.75 pt.
	expect(pdf.view[0]).toBe(0);
	expect(pdf.view[1]).toBe(0);
	expect(pdf.view[2]).toBeCloseTo(svg.width * 0.75, 2);
	expect(pdf.view[3]).toBeCloseTo(svg.height * 0.75, 2);
	for (const line of svg.title) expect(pdf.text).toContain(line);
	for (const s of ['South Korea', 'Japan', 'Military ×1 (solid line)', 'Line width shows the score (0–1)', 'View: /?year=2011'])
		expect(pdf.text).toContain(s);
	// Off-map labels have arrows, which Helvetica lacks: in the embedded font, and still text.
	expect(pdf.text).toContain('United States (off map →)');
	// Vectors: paths drawn (the basemap, the ties, the nodes), no picture of them.
	expect(pdf.ops.filter((op) => op === OPS.constructPath).length).toBeGreaterThan(50);
	expect(pdf.ops.filter((op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject)).toEqual([]);
});

test('"Export PDF" of a comparison keeps the arrow and the threshold sign of its two-line title', async ({ page, request }) => {
	const query = 'year=2016&compare=2011&focus=KOR&min=0.3&blocs=1';
	await page.goto(`/?${query}`);
	await ready(page);
	const { bytes, name, status } = await exportPdf(page);
	expect(name).toBe('alliance-atlas-2011-to-2016-military-trade-tension-kor.pdf');
	expect(status).toBe('Saved the 2016 view as PDF.');
	const svg = svgFacts(await (await request.get(`/export.svg?${query}`)).text());
	expect(svg.title).toHaveLength(2);
	expect(svg.title.join(' ')).toMatch(/2011 → 2016.*≥ 0\.3/);
	const pdf = await readPdf(bytes);
	expect(pdf.pages).toBe(1);
	expect(pdf.view[3]).toBeCloseTo(svg.height * 0.75, 2);
	for (const line of svg.title) expect(pdf.text).toContain(line);
	expect(pdf.text).toContain('Bloc 1');
});

test('"Export PDF" of an A4 portrait view is one A4 page with its title and note as text', async ({ page }) => {
	await page.goto(`/?year=2016&size=a4-portrait&note=${encodeURIComponent('Drafted for the January report.')}`);
	await ready(page);
	const { bytes, name } = await exportPdf(page);
	expect(name).toBe('alliance-atlas-2016-military-trade-tension-a4-portrait.pdf');
	const pdf = await readPdf(bytes);
	expect(pdf.pages).toBe(1);
	// 210 × 297 mm in points.
	expect(pdf.view[2]).toBeCloseTo(595.28, 1);
	expect(pdf.view[3]).toBeCloseTo(841.89, 1);
	expect(pdf.text).toContain('Northeast Asia, 2016: military, trade and tension ties');
	expect(pdf.text).toContain('Drafted for the January report.');
	expect(pdf.text).toContain('South Korea');
});
