/**
 * The PDF export's pure parts: the page size from the SVG root's width and height, which text the
 * standard Helvetica can show (checked against jsPDF and PDF.js themselves), and the one outline a
 * translucent shape filled and stroked in one colour becomes.
 */
import { jsPDF } from 'jspdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { grownPolygon, inWinAnsi, pdfPageSize, svgLengthToPt } from '../../src/lib/export/pdf';

/** PDF.js reads the standard fonts' metrics from files (a path, in Node). */
const standardFontDataUrl = new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url).pathname;

describe('pdfPageSize', () => {
	it('takes unitless and px lengths as CSS px, 0.75 pt each', () => {
		expect(pdfPageSize('960', '854')).toEqual([720, 640.5]);
		expect(pdfPageSize('1920px', '1080px')).toEqual([1440, 810]);
		expect(pdfPageSize('1080', '1080')).toEqual([810, 810]);
	});

	it('takes mm (A4 either way round), and the other absolute units', () => {
		const [w, h] = pdfPageSize('297mm', '210mm');
		expect(w).toBeCloseTo(841.89, 2);
		expect(h).toBeCloseTo(595.28, 2);
		const [pw, ph] = pdfPageSize('210mm', '297mm');
		expect([pw, ph]).toEqual([h, w]);
		expect(svgLengthToPt('21cm')).toBeCloseTo(h, 6);
		expect(svgLengthToPt('11in')).toBe(792);
		expect(svgLengthToPt(' 720pt ')).toBe(720);
		expect(svgLengthToPt('1pc')).toBe(12);
		expect(svgLengthToPt('9.6e2')).toBe(720);
	});

	it('refuses what is no absolute size', () => {
		for (const bad of ['100%', '', null, undefined, '0', '-960', 'auto', '960em', '12 mm mm'])
			expect(() => svgLengthToPt(bad), String(bad)).toThrow(/not a length/);
	});
});

describe('inWinAnsi', () => {
	it('accepts Latin-1 and the characters Windows-1252 adds, nothing else', () => {
		expect(inWinAnsi('Northeast Asia, 2011: military ×1 · trade – “tension” … state’s café')).toBe(true);
		for (const s of ['2011 → 2016', 'scores ≥ 0.3', '▲', '▼', '✕', '← off map', 'Ελλάδα', '대한민국', '日本', '😀', '\u0081'])
			expect(inWinAnsi(s), s).toBe(false);
	});

	it('agrees with jsPDF and PDF.js: every character it accepts comes back out of Helvetica unchanged', async () => {
		const chars = [...Array(0x100 - 0x20).keys()].map((i) => String.fromCharCode(i + 0x20)).join('') + '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
		const accepted = [...chars].filter((c) => inWinAnsi(c));
		// The 95 printable ASCII, the 96 of Latin-1's upper half, and 27 of Windows-1252.
		expect(accepted).toHaveLength(95 + 96 + 27);
		const doc = new jsPDF({ unit: 'pt', format: [2000, 200], orientation: 'landscape' });
		doc.setFont('helvetica', 'normal');
		// One character a line (no spaces to merge, nothing a text layout might reorder), after a marker.
		accepted.forEach((c, i) => doc.text(`#${c}`, 10 + (i % 40) * 45, 20 + Math.floor(i / 40) * 20));
		const pdf = await getDocument({ data: new Uint8Array(doc.output('arraybuffer')), standardFontDataUrl }).promise;
		const items = (await (await pdf.getPage(1)).getTextContent()).items
			.map((it) => ('str' in it ? it.str : ''))
			.filter((s) => s.startsWith('#'));
		// As PDF.js reads them back: a trailing space (or no-break space) trimmed, the soft hyphen as the
		// hyphen it draws, the micro sign as the Greek mu (Unicode's compatibility mapping).
		const read: Record<string, string> = { ' ': '', '\u00a0': '', '\u00ad': '-', µ: 'μ' };
		expect(items).toEqual(accepted.map((c) => `#${read[c] ?? c}`));
	});
});

describe('grownPolygon', () => {
	it('grows a convex polygon by the half stroke width, joining the shifted edges with arcs', () => {
		// A square, clockwise on screen; grown by 2: edges 2 outside, a quarter circle of radius 2 at each corner.
		expect(grownPolygon('M0 0L10 0L10 10L0 10Z', 2)).toBe(
			'M0 -2L10 -2A2 2 0 0 1 12 0L12 10A2 2 0 0 1 10 12L0 12A2 2 0 0 1 -2 10L-2 0A2 2 0 0 1 0 -2Z'
		);
		// The same square the other way round grows the same, its arcs turning the other way.
		expect(grownPolygon('M0 0L0 10L10 10L10 0Z', 2)).toBe(
			'M-2 0L-2 10A2 2 0 0 0 0 12L10 12A2 2 0 0 0 12 10L12 0A2 2 0 0 0 10 -2L0 -2A2 2 0 0 0 -2 0Z'
		);
		// A repeated closing point, commas and decimals are read as well.
		expect(grownPolygon('M0,0 L10,0 L10,10 L0,10 L0,0 Z', 0.5)).toBe(
			'M0 -0.5L10 -0.5A0.5 0.5 0 0 1 10.5 0L10.5 10A0.5 0.5 0 0 1 10 10.5L0 10.5A0.5 0.5 0 0 1 -0.5 10L-0.5 0A0.5 0.5 0 0 1 0 -0.5Z'
		);
	});

	it('makes a stadium of two points and a disc of one (the shapes a round-joined stroke gives them)', () => {
		expect(grownPolygon('M0 0L10 0Z', 3)).toBe('M0 -3L10 -3A3 3 0 0 1 10 3L0 3A3 3 0 0 1 0 -3Z');
		expect(grownPolygon('M5 5L5 5Z', 3)).toBe('M2 5A3 3 0 1 0 8 5A3 3 0 1 0 2 5Z');
	});

	it('leaves alone what it cannot grow exactly: a concave polygon, curves, relative commands', () => {
		expect(grownPolygon('M0 0L10 0L5 2L10 10L0 10Z', 2)).toBeNull();
		expect(grownPolygon('M0 0C5 5 5 5 10 0Z', 2)).toBeNull();
		expect(grownPolygon('M0 0l10 0l0 10z', 2)).toBeNull();
		expect(grownPolygon('M0 0L10 0L10 10', 2)).toBeNull();
		expect(grownPolygon('M0 0L10 0L10 10Z', 0)).toBeNull();
	});
});
