/**
 * The PDF export: the standalone SVG export (svg.ts) drawn as vectors on one page with jsPDF and
 * svg2pdf.js. Browser only, since svg2pdf.js draws from a DOM (and measures text in one); the page
 * imports this module on the first "Export PDF", and it imports the two libraries only then.
 *
 * The page is the size the SVG root says (`width`/`height`: unitless or px at 0.75 pt a pixel, mm, …).
 * Text stays text, selectable and searchable: in the standard Helvetica (not embedded) when all of
 * a text's characters are in Helvetica's WinAnsi encoding, else in DejaVu Sans, the first font of the
 * SVG's own stack, embedded as a subset with a ToUnicode map, its file fetched only when a text needs
 * it (→ in a comparison's title, ≥ with a threshold, a dataset's names in Greek or Cyrillic…).
 * Characters DejaVu Sans lacks too (Chinese, Japanese, Korean) are reported, not silently changed.
 */
import dejavuSans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejavuSansBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejavuSansOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import dejavuSansBoldOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';
import type { jsPDF } from 'jspdf';
import { r2 } from '../math';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Points per unit of an SVG length; a unitless length is in px (CSS: 96 px to the inch, 72 pt). */
const PT_PER: Record<string, number> = { '': 0.75, px: 0.75, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

/** An SVG root's `width` or `height` ("960", "960px", "297mm") in PDF points; anything else (a percentage, none) is an error. */
export function svgLengthToPt(value: string | null | undefined): number {
	const m = /^\s*(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value ?? '');
	const n = m ? Number(m[1]) * 10 ** Number(m[2] ?? 0) : NaN;
	if (!m || !(n > 0) || !Number.isFinite(n)) throw new Error(`the SVG's size ${JSON.stringify(value)} is not a length the PDF can take`);
	return n * PT_PER[(m[3] ?? '').toLowerCase()]!;
}

/** The PDF page size, [width, height] in points, for an SVG root's `width` and `height` attributes. */
export function pdfPageSize(width: string | null | undefined, height: string | null | undefined): [number, number] {
	return [svgLengthToPt(width), svgLengthToPt(height)];
}

/** The characters of Windows-1252 from 0x80 to 0x9F: with Latin-1's printable ones, what the standard fonts' WinAnsi encoding has. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether the standard Helvetica can show `text` as it is (every character in WinAnsi; tabs and line breaks are spaces to SVG). */
export function inWinAnsi(text: string): boolean {
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (!((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x09 || c === 0x0a || c === 0x0d || WIN_ANSI_EXTRA.has(ch)))
			return false;
	}
	return true;
}

type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';
/**
 * The embedded font's four faces, each registered as a family of its own under its PostScript name
 * (jsPDF names a font in the PDF after its family, so the faces keep their own names there).
 */
const EMBEDDED: Record<FontStyle, { family: string; url: string }> = {
	normal: { family: 'DejaVuSans', url: dejavuSans },
	bold: { family: 'DejaVuSans-Bold', url: dejavuSansBold },
	italic: { family: 'DejaVuSans-Oblique', url: dejavuSansOblique },
	bolditalic: { family: 'DejaVuSans-BoldOblique', url: dejavuSansBoldOblique }
};

/** The jsPDF font a text element is drawn in. */
interface PdfFont {
	family: string;
	style: FontStyle;
}

/** A presentation attribute as an element has it, its own or inherited from the nearest ancestor that sets it. */
function inherited(el: Element, name: string): string | null {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const v = e.getAttribute(name);
		if (v !== null && v !== 'inherit') return v.trim();
	}
	return null;
}

/** Whether `paint-order` paints the stroke before the fill (the default order is fill, stroke, markers). */
function strokeFirst(order: string | null): boolean {
	const words = (order ?? '').split(/\s+/).filter(Boolean);
	if (!words.length || words[0] === 'normal') return false;
	const full = [...words, ...['fill', 'stroke', 'markers'].filter((w) => !words.includes(w))];
	return full.indexOf('stroke') < full.indexOf('fill');
}

const PAINTED = 'text, path, line, polyline, polygon, circle, ellipse, rect';

/**
 * svg2pdf.js knows no `paint-order` and draws a text's stroke over its fill, which would bury a label
 * under its own halo: an element painted stroke first becomes two, the stroke alone then the fill alone.
 */
function splitStrokeFirst(root: Element): void {
	for (const el of root.querySelectorAll(PAINTED)) {
		if (!strokeFirst(inherited(el, 'paint-order'))) continue;
		const stroke = inherited(el, 'stroke');
		const fill = inherited(el, 'fill');
		el.setAttribute('paint-order', 'normal');
		if (!stroke || stroke === 'none' || fill === 'none') continue;
		const halo = el.cloneNode(true) as Element;
		halo.setAttribute('fill', 'none');
		for (const t of halo.querySelectorAll('[fill]')) t.setAttribute('fill', 'none');
		halo.removeAttribute('id');
		el.setAttribute('stroke', 'none');
		for (const t of el.querySelectorAll('[stroke]')) t.setAttribute('stroke', 'none');
		el.before(halo);
	}
}

type Point = [number, number];
const fmt = (n: number) => String(r2(n));

/**
 * A closed polygon path (`M x y L x y … Z`, absolute, straight edges only) filled and stroked `r` wide
 * each side with round joins, as one outline to fill: the polygon grown by `r`, its corners rounded.
 * Only for a convex polygon (two points give a stadium, one a disc); otherwise null.
 */
export function grownPolygon(d: string, r: number): string | null {
	if (!(r > 0) || !/^\s*M[^A-Za-z]*(L[^A-Za-z]*)*Z\s*$/.test(d)) return null;
	const nums = (d.match(/[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/gi) ?? []).map(Number);
	if (nums.length < 2 || nums.length % 2) return null;
	const pts: Point[] = [];
	for (let i = 0; i < nums.length; i += 2) {
		const p: Point = [nums[i]!, nums[i + 1]!];
		const last = pts.at(-1);
		if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
	}
	if (pts.length > 1 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1]) pts.pop();
	const n = pts.length;
	if (n === 1) {
		const [x, y] = pts[0]!;
		return `M${fmt(x - r)} ${fmt(y)}A${r} ${r} 0 1 0 ${fmt(x + r)} ${fmt(y)}A${r} ${r} 0 1 0 ${fmt(x - r)} ${fmt(y)}Z`;
	}
	const at = (i: number) => pts[(i + n) % n]!;
	const cross = (i: number) => {
		const [a, b, c] = [at(i - 1), at(i), at(i + 1)];
		return (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
	};
	let area = 0;
	for (let i = 0; i < n; i++) area += at(i)[0] * at(i + 1)[1] - at(i + 1)[0] * at(i)[1];
	// Clockwise on screen (y down) when the shoelace sum is positive: outward is then to the left of each edge.
	const cw = n === 2 || area > 0;
	if (n > 2 && pts.some((_, i) => (cw ? cross(i) < 0 : cross(i) > 0))) return null;
	const normal = (i: number): Point => {
		const [a, b] = [at(i), at(i + 1)];
		const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
		const [dx, dy] = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
		return cw ? [dy * r, -dx * r] : [-dy * r, dx * r];
	};
	const start = normal(0);
	let out = `M${fmt(at(0)[0] + start[0])} ${fmt(at(0)[1] + start[1])}`;
	for (let i = 0; i < n; i++) {
		const [v, here, next] = [at(i + 1), normal(i), normal(i + 1)];
		out += `L${fmt(v[0] + here[0])} ${fmt(v[1] + here[1])}A${r} ${r} 0 0 ${cw ? 1 : 0} ${fmt(v[0] + next[0])} ${fmt(v[1] + next[1])}`;
	}
	return `${out}Z`;
}

/** The product of `opacity` on an element and its ancestors. */
function opacityOf(el: Element): number {
	let o = 1;
	for (let e: Element | null = el; e; e = e.parentElement) o *= Number(e.getAttribute('opacity') ?? 1);
	return o;
}

/**
 * svg2pdf.js gives a translucent group's opacity to each shape, and to a shape's fill and stroke apart,
 * so where a translucent shape's stroke overlaps its fill the PDF paints twice as dark (a bloc's area
 * showed a darker band inside its edge). A convex polygon filled and stroked in one colour with round
 * joins becomes the one outline it covers, filled once.
 */
function mergeFillAndStroke(root: Element): void {
	for (const el of root.querySelectorAll('path')) {
		const fill = inherited(el, 'fill')?.toLowerCase();
		if (!fill || fill === 'none' || fill !== inherited(el, 'stroke')?.toLowerCase()) continue;
		if (opacityOf(el) >= 1 || inherited(el, 'stroke-linejoin') !== 'round') continue;
		if ((inherited(el, 'stroke-dasharray') ?? 'none') !== 'none' || inherited(el, 'fill-opacity') || inherited(el, 'stroke-opacity'))
			continue;
		const grown = grownPolygon(el.getAttribute('d') ?? '', Number(inherited(el, 'stroke-width') ?? 1) / 2);
		if (!grown) continue;
		el.setAttribute('d', grown);
		el.setAttribute('stroke', 'none');
	}
}

/** The style of a font a text element asks for, as jsPDF names them. */
function fontStyleOf(el: Element): FontStyle {
	const weight = inherited(el, 'font-weight') ?? 'normal';
	const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
	const italic = /^(italic|oblique)/.test(inherited(el, 'font-style') ?? '');
	return bold ? (italic ? 'bolditalic' : 'bold') : italic ? 'italic' : 'normal';
}

/**
 * Give each text element the one font the PDF draws it in (the SVG's stack names fonts the PDF does
 * not have): Helvetica, in the weight and style asked for, or the face of the embedded DejaVu Sans.
 */
function assignFonts(root: Element): Map<Element, PdfFont> {
	const fonts = new Map<Element, PdfFont>();
	// Nothing but the text elements given a face below is drawn in an embedded font.
	for (const el of [root, ...root.querySelectorAll('[font-family]')]) el.setAttribute('font-family', 'helvetica');
	for (const el of root.querySelectorAll('text')) {
		const style = fontStyleOf(el);
		const font = inWinAnsi(el.textContent ?? '')
			? { family: 'helvetica', style }
			: { family: EMBEDDED[style].family, style: 'normal' as const };
		fonts.set(el, font);
		el.setAttribute('font-family', font.family);
		el.setAttribute('font-weight', font.style.startsWith('bold') ? 'bold' : 'normal');
		el.setAttribute('font-style', font.style.endsWith('italic') ? 'italic' : 'normal');
		for (const t of el.querySelectorAll('*')) for (const a of ['font-family', 'font-weight', 'font-style']) t.removeAttribute(a);
	}
	return fonts;
}

/**
 * Place middle- and end-anchored text by the PDF font's own widths: svg2pdf.js would measure the text
 * in the browser, whose fonts need not be the PDF's (DejaVu Sans, say, on a machine without it).
 */
function anchorByPdfWidths(fonts: Map<Element, PdfFont>, pdf: jsPDF): void {
	for (const [el, font] of fonts) {
		const anchor = inherited(el, 'text-anchor');
		const x = Number(el.getAttribute('x') ?? 0);
		const size = Number((inherited(el, 'font-size') ?? '16').replace(/px$/, ''));
		if ((anchor !== 'middle' && anchor !== 'end') || el.childElementCount || !Number.isFinite(x) || !(size > 0)) continue;
		pdf.setFont(font.family, font.style);
		// Unkerned, as jsPDF writes text. (Its Helvetica widths are kept to 1/100 em: within a point on a label.)
		const width = pdf.getStringUnitWidth((el.textContent ?? '').replace(/\s+/g, ' ').trim(), { doKerning: false }) * size;
		el.setAttribute('x', fmt(x - (anchor === 'end' ? width : width / 2)));
		el.setAttribute('text-anchor', 'start');
	}
}

async function fontFile(url: string): Promise<string> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(`the PDF's font could not be loaded (HTTP ${r.status})`);
	const bytes = new Uint8Array(await r.arrayBuffer());
	// jsPDF's virtual file system takes a binary string.
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return s;
}

/** What `svgToPdf` made: the file, and any characters neither Helvetica nor DejaVu Sans has (drawn as empty boxes). */
export interface PdfExport {
	blob: Blob;
	missing: string[];
}

/** The one-page vector PDF of a standalone SVG (the SVG export's text), its page the SVG root's size. */
export async function svgToPdf(svg: string): Promise<PdfExport> {
	const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = parsed.documentElement;
	if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length)
		throw new Error('the drawing is not a well-formed SVG');
	const [width, height] = pdfPageSize(root.getAttribute('width'), root.getAttribute('height'));
	// User units are CSS px unless a viewBox says otherwise; then the drawing fills the page (one unit of the PDF is a point).
	if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width / PT_PER.px!} ${height / PT_PER.px!}`);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	splitStrokeFirst(root);
	mergeFillAndStroke(root);
	const fonts = assignFonts(root);

	const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
	const pdf = new jsPDF({
		unit: 'pt',
		format: [width, height],
		orientation: width > height ? 'landscape' : 'portrait',
		compress: true,
		putOnlyUsedFonts: true
	});
	// The faces of DejaVu Sans some text needs, each with the characters drawn in it.
	const faces = new Map<FontStyle, string>();
	for (const [el, font] of fonts) {
		const style = (Object.keys(EMBEDDED) as FontStyle[]).find((k) => EMBEDDED[k].family === font.family);
		if (style) faces.set(style, (faces.get(style) ?? '') + el.textContent);
	}
	const files = await Promise.all([...faces.keys()].map((style) => fontFile(EMBEDDED[style].url)));
	const missing = new Set<string>();
	[...faces].forEach(([style, chars], i) => {
		const { family } = EMBEDDED[style];
		pdf.addFileToVFS(`${family}.ttf`, files[i]!);
		pdf.addFont(`${family}.ttf`, family, 'normal', undefined, 'Identity-H');
		// The characters the face lacks (glyph 0), from jsPDF's reading of the font's own table.
		pdf.setFont(family, 'normal');
		const metadata = (pdf.getFont() as { metadata?: { characterToGlyph?: (code: number) => number } }).metadata;
		const toGlyph = metadata?.characterToGlyph?.bind(metadata);
		if (toGlyph) for (const ch of chars) if (!/\s/.test(ch) && !inWinAnsi(ch) && !toGlyph(ch.codePointAt(0)!)) missing.add(ch);
	});
	anchorByPdfWidths(fonts, pdf);
	const title = root.querySelector(':scope > title')?.textContent?.trim();
	const desc = root.querySelector(':scope > desc')?.textContent?.trim();
	pdf.setProperties({ title: title ?? 'Alliance Atlas', subject: desc ?? '', creator: 'Alliance Atlas' });
	pdf.setLanguage('en');
	await svg2pdf(root, pdf, { x: 0, y: 0, width, height, loadExternalStyleSheets: false, loadImages: false });
	return { blob: pdf.output('blob'), missing: [...missing] };
}
