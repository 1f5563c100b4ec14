/** Test helpers for exported SVG: golden views, normalisation, strict XML parsing and safety checks. */
import { SaxesParser } from 'saxes';
import type { Dataset } from '../../src/lib/data/types';
import { exportSvg } from '../../src/lib/export/svg';
import { anchorsOf } from '../../src/lib/layout/anchors';
import type { Basemap } from '../../src/lib/map/basemap';
import basemapJson from '../../src/lib/map/basemap.json';
import { viewContext } from '../../src/lib/model/view';
import { computeSnapshot } from '../../src/lib/pipeline';
import { blocsOf } from '../../src/lib/graph/measures';
import { parseView } from '../../src/lib/view/state';

export const basemap = basemapJson as Basemap;
export const PINNED_TIME = '2026-01-01T00:00:00.000Z';

/** The golden views: name -> query string. */
export const GOLDEN_VIEWS: Record<string, string> = {
	'2011-all-layers': 'year=2011',
	'2019-composite': 'year=2019&mode=composite',
	'2023-focus-kor': 'year=2023&focus=KOR',
	'2016-min-0.5': 'year=2016&min=0.5',
	'2011-geo-0': 'year=2011&geo=0',
	'2011-to-2016-compare': 'year=2016&compare=2011',
	'2018-to-2019-composite-triangle': 'year=2019&compare=2018&mode=composite&states=USA,JPN,KOR',
	'2016-blocs': 'year=2016&blocs=1',
	// The export sizes, a zoomed view and a captioned one.
	'2016-slide': 'year=2016&size=slide',
	'2016-a4-landscape': 'year=2016&size=a4-landscape&mode=composite',
	'2016-a4-portrait': 'year=2016&size=a4-portrait&focus=JPN',
	'2016-square': 'year=2016&size=square&layers=military,tension',
	'2011-zoom-korea': 'year=2011&view=420,180,720,380',
	'2010-captioned': `year=2010&title=${encodeURIComponent('Seoul and Tokyo after the Cheonan: still no military agreement')}&note=${encodeURIComponent('In 2010 North Korea sank the Cheonan and shelled Yeonpyeong; the US pressed Seoul and Tokyo to cooperate, but their first military agreements were still to come (GSOMIA was signed in 2016). <Draft & review>')}`
};

export function renderView(d: Dataset, query: string, madeAt = PINNED_TIME): string {
	const parsed = parseView(new URLSearchParams(query), viewContext(d));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const snapshot = computeSnapshot(d, parsed.view, anchorsOf(d.actors));
	return exportSvg(d, parsed.view.blocs ? { ...snapshot, blocs: blocsOf(snapshot.graph) } : snapshot, basemap, {
		madeAt,
		url: `https://alliance-atlas.example/?${query}`
	});
}

/** Normalise for comparison: numbers to 3 decimals, the made-at time pinned, line ends unified. */
export function normalise(svg: string): string {
	return svg
		.replace(/\r\n/g, '\n')
		.replace(/Made \d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?/g, 'Made [time]')
		.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
}

export interface ParsedElement {
	name: string;
	attrs: Record<string, string>;
	/** Index of the parent element in `nodes`, -1 for the root. */
	parent: number;
}

export interface ParsedSvg {
	elements: string[];
	/** The element tree, in document order. */
	nodes: ParsedElement[];
	attributes: { element: string; name: string; value: string }[];
	text: string;
}

/** Parse strictly (saxes is a conformant XML 1.0 parser); throws on any well-formedness error. */
export function parseXml(svg: string): ParsedSvg {
	const out: ParsedSvg = { elements: [], nodes: [], attributes: [], text: '' };
	const open: number[] = [];
	const parser = new SaxesParser({ xmlns: true });
	let error: Error | undefined;
	parser.on('error', (e) => {
		error ??= e;
	});
	parser.on('opentag', (tag) => {
		out.elements.push(tag.local);
		const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
		out.nodes.push({ name: tag.local, attrs, parent: open.length ? open[open.length - 1]! : -1 });
		open.push(out.nodes.length - 1);
		for (const a of Object.values(tag.attributes)) out.attributes.push({ element: tag.local, name: a.name, value: a.value });
	});
	parser.on('closetag', () => open.pop());
	parser.on('text', (t) => (out.text += t));
	parser.write(svg).close();
	if (error) throw error;
	return out;
}

/** Everything that would make an SVG unsafe or not standalone; empty when it is fine. */
export function safetyProblems(svg: string): string[] {
	const p = parseXml(svg);
	const problems: string[] = [];
	for (const e of p.elements)
		if (/^(script|foreignObject|iframe|object|embed|use|image|a|style)$/i.test(e)) problems.push(`element <${e}>`);
	for (const a of p.attributes) {
		if (/^on/i.test(a.name)) problems.push(`event handler ${a.name} on <${a.element}>`);
		if (/(^|:)href$/i.test(a.name)) problems.push(`reference ${a.name}="${a.value}" on <${a.element}>`);
		if (/url\s*\(/i.test(a.value)) problems.push(`url() in ${a.name} on <${a.element}>`);
		if (/javascript:/i.test(a.value) && a.name !== 'aria-label') problems.push(`javascript: in ${a.name}`);
	}
	if (/<!DOCTYPE|<!ENTITY/i.test(svg)) problems.push('DOCTYPE or ENTITY');
	return problems;
}
