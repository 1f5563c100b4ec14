/**
 * svgToPdf in Chromium (svg2pdf.js draws from a DOM): the PDF read back with PDF.js, and drawn by it
 * to a canvas where what matters is a colour (a halo under its text, one translucent band).
 */
import * as pdfjs from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { describe, expect, it } from 'vitest';
import { svgToPdf } from '../../src/lib/export/pdf';

pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
const STACK = `font-family="'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif"`;

async function open(blob: Blob) {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
	const page = await doc.getPage(1);
	const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('|');
	return { bytes, doc, page, text, raw: new TextDecoder('latin1').decode(bytes) };
}

/** The page drawn at one pixel a point, and a function giving the [r, g, b] at a point of the page. */
async function draw(page: pdfjs.PDFPageProxy) {
	const viewport = page.getViewport({ scale: 1 });
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(viewport.width);
	canvas.height = Math.ceil(viewport.height);
	await page.render({ canvas, viewport }).promise;
	const ctx = canvas.getContext('2d')!;
	return (x: number, y: number) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)];
}

describe('svgToPdf', () => {
	it('makes one page the size of the SVG root, in mm', async () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 1123 794" ${STACK}>
			<rect width="1123" height="794" fill="#fff"/><text x="20" y="40" font-size="20">A4 landscape</text></svg>`;
		const { doc, page, text } = await open((await svgToPdf(svg)).blob);
		expect(doc.numPages).toBe(1);
		expect(page.view[2]).toBeCloseTo(841.89, 1);
		expect(page.view[3]).toBeCloseTo(595.28, 1);
		expect(text).toContain('A4 landscape');
	});

	it('writes WinAnsi text in the standard Helvetica, and other text in an embedded DejaVu Sans, extractable', async () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="200" viewBox="0 0 960 200" ${STACK}>
			<text x="20" y="30" font-size="20" font-weight="bold">Northeast Asia, 2011 → 2016: ties (changes ≥ 0.3)</text>
			<text x="20" y="60" font-size="12">Layers: military ×1 · trade – “tension”; a state’s capital</text>
			<text x="20" y="90" font-size="12">Ελλάδα ▲ ▼ ✕ ←</text></svg>`;
		const { blob, missing } = await svgToPdf(svg);
		expect(missing).toEqual([]);
		const { page, text, raw } = await open(blob);
		expect(page.view).toEqual([0, 0, 720, 150]);
		expect(text).toContain('Northeast Asia, 2011 → 2016: ties (changes ≥ 0.3)');
		expect(text).toContain('Layers: military ×1 · trade – “tension”; a state’s capital');
		expect(text).toContain('Ελλάδα ▲ ▼ ✕ ←');
		// Helvetica by name only; the two faces of DejaVu Sans embedded (each a subset), with a map back to Unicode.
		// (A Type 0 font names its face twice: in itself and in its descendant font.)
		expect([...new Set(raw.match(/\/BaseFont \/[\w-]+/g))].sort()).toEqual([
			'/BaseFont /DejaVuSans',
			'/BaseFont /DejaVuSans-Bold',
			'/BaseFont /Helvetica'
		]);
		expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
		expect(raw).toContain('/ToUnicode');
		expect(raw).not.toContain('/Subtype /Image');
	});

	it('places middle- and end-anchored text by the PDF font’s widths, not the browser’s', async () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" ${STACK}>
			<text x="380" y="40" font-size="14" text-anchor="end">United States (off map)</text>
			<g text-anchor="end" font-weight="bold"><text x="380" y="80" font-size="14">United States (off map →)</text></g>
			<text x="200" y="120" font-size="14" text-anchor="middle" font-style="italic">Bloc 1</text>
			<text x="200" y="160" font-size="14" text-anchor="middle">Ελλάδα</text></svg>`;
		const { page } = await open((await svgToPdf(svg)).blob);
		const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim());
		/** A text's left and right ends on the page. */
		const box = (s: string): [number, number] => {
			const item = items.find((i) => 'str' in i && i.str === s) as { transform: number[]; width: number };
			return [item.transform[4]!, item.transform[4]! + item.width];
		};
		// Within a point: jsPDF keeps Helvetica's widths to 1/100 em (its DejaVu Sans widths are the font's own).
		expect(Math.abs(box('United States (off map)')[1] - 380 * 0.75)).toBeLessThan(1);
		expect(Math.abs(box('United States (off map →)')[1] - 380 * 0.75)).toBeLessThan(0.2);
		for (const s of ['Bloc 1', 'Ελλάδα']) {
			const [left, right] = box(s);
			expect(Math.abs((left + right) / 2 - 200 * 0.75), s).toBeLessThan(0.5);
		}
	});

	it('says which characters neither font has, rather than change them', async () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" ${STACK}>
			<text x="10" y="30" font-size="12">대한민국 (South Korea)</text></svg>`;
		const { missing } = await svgToPdf(svg);
		expect(missing).toEqual(['대', '한', '민', '국']);
	});

	it('paints a text stroked first (paint-order) under its fill, as a halo', async () => {
		// A black I with a wide white halo on red: the I's stem must stay black.
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300" ${STACK}>
			<rect width="300" height="300" fill="#ff0000"/>
			<g stroke="#ffffff" stroke-width="30" paint-order="stroke"><text x="50" y="250" font-size="240" fill="#000000">I</text></g></svg>`;
		const { page, text } = await open((await svgToPdf(svg)).blob);
		const at = await draw(page);
		// 1 px = 1 pt = 4/3 SVG units. Helvetica's I: its stem from 0.094 to 0.186 em of the advance.
		const stemX = (50 + 0.14 * 240) * 0.75;
		expect(at(stemX, 150 * 0.75)).toEqual([0, 0, 0]);
		// The halo is there (white just beside the stem), and the background beyond it.
		expect(at((50 + 0.186 * 240 + 8) * 0.75, 150 * 0.75)).toEqual([255, 255, 255]);
		expect(at(10, 10)).toEqual([255, 0, 0]);
		expect(text.split('|').filter((s) => s === 'I')).toHaveLength(2);
	});

	it('draws a translucent group’s shape filled and stroked in one colour at one opacity', async () => {
		// As a bloc: a convex hull filled and stroked in its colour, round joins, its group at 0.5.
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">
			<rect width="200" height="200" fill="#ffffff"/>
			<g opacity="0.5" stroke-width="40" stroke-linejoin="round"><path d="M50 50L150 50L150 150L50 150Z" fill="#000000" stroke="#000000"/></g></svg>`;
		const { page } = await open((await svgToPdf(svg)).blob);
		const at = await draw(page);
		const centre = at(100 * 0.75, 100 * 0.75);
		expect(centre[0]).toBeGreaterThan(110);
		expect(centre[0]).toBeLessThan(145);
		// Inside the edge, where fill and stroke overlap, the same grey; outside the polygon, the stroke's band, too.
		expect(at(60 * 0.75, 100 * 0.75)).toEqual(centre);
		expect(at(40 * 0.75, 100 * 0.75)).toEqual(centre);
		// The rounded corner: beyond the stroke's reach there is nothing.
		expect(at(38 * 0.75, 38 * 0.75)).toEqual(centre);
		expect(at(32 * 0.75, 32 * 0.75)).toEqual([255, 255, 255]);
	});

	it('refuses what is not an SVG of an absolute size', async () => {
		await expect(svgToPdf('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100"/>')).rejects.toThrow(/not a length/);
		await expect(svgToPdf('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">')).rejects.toThrow(/well-formed/);
		await expect(svgToPdf('<html xmlns="http://www.w3.org/1999/xhtml"/>')).rejects.toThrow(/well-formed/);
	});
});
