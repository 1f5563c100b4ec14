/**
 * The page an export is drawn on: the map with a header (title, layers and weights, the reader's
 * note or a story's caption), a legend and the notes (what the lines mean, the data's caveats, the
 * sources, attribution, time made and the view's address), laid out for each size. `page` is the
 * frame's own width with the height it needs; the fixed sizes fit everything inside them, the legend
 * beside the map on wide pages and below it on tall ones. Every text is wrapped by a safe width
 * estimate (`captionWidth`), so none leaves the page.
 */
import { FRAME } from '../layout/frame';
import { round } from '../math';
import { captionWidth, wrapCaption } from '../layout/text';
import { CAPTION_MAX, type ExportSize } from '../model/view';
import { el, text, type SceneNode } from './element';
import { inExtent } from './layers';
import { drawsEstimate, legendItems, type LegendItem } from './legend';
import { driftsFromCapital } from './nodes';
import type { SceneInput } from './input';
import { BLOC_OPACITY, MAP_STYLE, changeMarkPath } from './style';

/** A page size: its width and height in user units (height null: as tall as needed), its unit, and the type scale. */
export interface PageSpec {
	width: number;
	height: number | null;
	/** The unit of the root's width and height: px, or mm with `perUnit` user units to the mm. */
	unit: 'px' | 'mm';
	perUnit: number;
	/** Type and margins relative to `page`. */
	scale: number;
	/** Where the legend goes: under the map, or beside it (wide pages). */
	legend: 'below' | 'beside';
}

/** The export sizes (user units; A4 at 4 units to the mm, so the viewBox matches the millimetres). */
export const PAGE_SPECS: Readonly<Record<ExportSize, PageSpec>> = {
	page: { width: FRAME.width, height: null, unit: 'px', perUnit: 1, scale: 1, legend: 'below' },
	slide: { width: 1920, height: 1080, unit: 'px', perUnit: 1, scale: 1.9, legend: 'beside' },
	'a4-landscape': { width: 1188, height: 840, unit: 'mm', perUnit: 4, scale: 1.2, legend: 'beside' },
	'a4-portrait': { width: 840, height: 1188, unit: 'mm', perUnit: 4, scale: 1.15, legend: 'below' },
	square: { width: 1080, height: 1080, unit: 'px', perUnit: 1, scale: 1.45, legend: 'below' }
};

/** Type sizes on `page` (times the size's scale elsewhere). */
const TYPE = { title: 20, subtitle: 12.5, note: 13, legend: 12, small: 11 };

/** A title or note as shown: at most CAPTION_MAX characters (the URL codec refuses longer ones; this holds for any caller). */
export function clampCaption(s: string): string {
	const chars = [...s];
	return chars.length > CAPTION_MAX ? `${chars.slice(0, CAPTION_MAX - 1).join('')}…` : s;
}

/** Lines of text from `y` down, each `lead` apart: the nodes and the height they take. */
function lines(
	key: string,
	content: readonly string[],
	x: number,
	y: number,
	size: number,
	lead: number,
	attrs: Record<string, string | number | undefined>
): { nodes: SceneNode[]; height: number } {
	return {
		nodes: content.map((line, i) => text('text', { x, y: y + size + i * lead, 'font-size': size, ...attrs }, line, `${key}-${i}`)),
		height: content.length ? size + (content.length - 1) * lead + size * 0.35 : 0
	};
}

/** The header: title, the layers line, then a note or a story's caption. */
function header(
	input: SceneInput,
	autoTitle: string,
	subtitle: string,
	width: number,
	s: number,
	margin: number
): { nodes: SceneNode[]; height: number } {
	const inner = width - 2 * margin;
	const nodes: SceneNode[] = [];
	let y = 12 * s;
	const title = clampCaption(input.view.title ?? autoTitle);
	const t = lines('title', wrapCaption(title, inner, TYPE.title * s, true), margin, y, TYPE.title * s, TYPE.title * s * 1.2, {
		'font-weight': 'bold',
		fill: MAP_STYLE.text
	});
	nodes.push(...t.nodes);
	y += t.height + 6 * s;
	const sub = lines('subtitle', wrapCaption(subtitle, inner, TYPE.subtitle * s), margin, y, TYPE.subtitle * s, TYPE.subtitle * s * 1.35, {
		fill: MAP_STYLE.muted
	});
	nodes.push(...sub.nodes);
	y += sub.height;
	const story = input.exportInfo?.caption;
	if (story) {
		const h = lines(
			'caption-heading',
			wrapCaption(story.heading, inner, TYPE.note * s, true),
			margin,
			y + 8 * s,
			TYPE.note * s,
			TYPE.note * s * 1.35,
			{
				'font-weight': 'bold',
				fill: MAP_STYLE.text
			}
		);
		nodes.push(...h.nodes);
		y += 8 * s + h.height;
	}
	const note = input.view.note ? clampCaption(input.view.note) : story?.text;
	if (note) {
		const n = lines('note', wrapCaption(note, inner, TYPE.note * s), margin, y + 6 * s, TYPE.note * s, TYPE.note * s * 1.35, {
			fill: MAP_STYLE.text
		});
		nodes.push(...n.nodes);
		y += 6 * s + n.height;
	}
	return { nodes, height: y + 12 * s };
}

/** A legend item's sample, drawn in a 30 × 14 box whose middle left is (x, y). */
function sample(item: LegendItem, x: number, y: number): SceneNode {
	switch (item.shape) {
		case 'line':
			return el('line', {
				x1: x,
				y1: y,
				x2: x + 30,
				y2: y,
				stroke: item.colour,
				'stroke-width': item.width ?? 3,
				'stroke-dasharray': item.dash,
				'stroke-linecap': item.linecap,
				opacity: item.opacity
			});
		case 'circle':
			return el('circle', { cx: x + 15, cy: y, r: 6, fill: MAP_STYLE.nodeFill, stroke: MAP_STYLE.node, 'stroke-width': 2 });
		case 'capital':
			return el('g', { fill: MAP_STYLE.muted, stroke: MAP_STYLE.muted, 'stroke-width': 1, 'stroke-dasharray': '3 3' }, [
				el('line', { x1: x + 3, y1: y, x2: x + 30, y2: y }),
				el('circle', { cx: x + 3, cy: y, r: 3, stroke: 'none' })
			]);
		case 'area':
			return el('rect', { x: x + 2, y: y - 7, width: 28, height: 14, rx: 7, fill: item.colour, opacity: BLOC_OPACITY * 2 });
		case 'mark':
			return item.mark ? el('path', { d: changeMarkPath(item.mark, x + 15, y, 5), fill: item.colour }) : el('g');
		default:
			return el('path', { d: `M${x + 9} ${y - 7}L${x + 21} ${y}L${x + 9} ${y + 7}Z`, fill: MAP_STYLE.muted });
	}
}

/**
 * The legend's rows at (x, y) within `width`: `flow` puts items side by side and wraps (under a
 * map), else one item a row with its words wrapped (beside a map). Samples are drawn at the legend's
 * scale about their own place, so their strokes keep their look.
 */
function legend(
	items: readonly LegendItem[],
	x0: number,
	y0: number,
	width: number,
	s: number,
	flow: boolean
): { node: SceneNode; height: number; width: number } {
	const size = TYPE.legend * s;
	const row = 24 * s;
	const textX = 38 * s;
	const children: SceneNode[] = [];
	let x = x0;
	let y = y0;
	let widest = 0;
	items.forEach((item, i) => {
		const words = flow ? [item.label] : wrapCaption(item.label, width - textX, size);
		const mid = y + row / 2;
		const w = textX + Math.max(...words.map((l) => captionWidth(l, size)));
		widest = Math.max(widest, w);
		children.push(
			el(
				'g',
				{},
				[
					el('g', { transform: `translate(${r1(x)} ${r1(mid)}) scale(${s})` }, [sample(item, 0, 0)]),
					...words.map((line, j) =>
						text(
							'text',
							{ x: r1(x + textX), y: r1(mid + size * 0.35 + j * size * 1.25), 'font-size': r1(size), fill: MAP_STYLE.text },
							line
						)
					)
				],
				item.label
			)
		);
		if (flow) {
			x += w + 22 * s;
			const next = items[i + 1];
			if (next && x + textX + captionWidth(next.label, size) > x0 + width) {
				x = x0;
				y += row;
			}
		} else y += row + (words.length - 1) * size * 1.25;
	});
	const height = items.length ? (flow ? y - y0 + row : y - y0) : 0;
	return { node: el('g', { class: 'aa-legend' }, children, 'legend'), height, width: widest };
}

/** The notes under everything: what the lines mean, caveats, sources, attribution and time, the view's address. */
function notes(
	input: SceneInput,
	caveats: readonly string[],
	x: number,
	y: number,
	width: number,
	s: number
): { nodes: SceneNode[]; height: number } {
	const info = input.exportInfo!;
	const view = input.view;
	// Each paragraph with the key its lines are drawn under (so a redraw keeps them apart).
	const paragraphs: [string, string][] = [
		[
			'meaning',
			`${view.compare !== null ? `Line width shows the size of the change from ${view.compare} to ${view.year}` : 'Line width shows the score (0–1)'}. Scores come from dated, sourced evidence and published trade statistics.`
		],
		...caveats.map((c, j): [string, string] => [`caveat-${j}`, c]),
		...(info.sources ? [['sources', info.sources] as [string, string]] : []),
		['attribution', `Map data: Natural Earth. Data: ${input.meta.name}, version ${input.meta.version}. Made ${info.madeAt}.`],
		['url', `View: ${withoutCaptions(info.url)}`]
	];
	const size = TYPE.small * s;
	const lead = size * 1.4;
	const nodes: SceneNode[] = [];
	let line = 0;
	for (const [key, p] of paragraphs) {
		for (const [j, words] of wrapCaption(p, width, size).entries()) {
			nodes.push(text('text', { x, y: r1(y + size + line * lead), 'font-size': r1(size), fill: MAP_STYLE.muted }, words, `${key}-${j}`));
			line++;
		}
	}
	return { nodes, height: line ? size + (line - 1) * lead + size * 0.4 : 0 };
}

const r1 = (v: number) => round(v, 1);

/** The view's address as the notes print it: without its title and note, which the page already shows above. */
export function withoutCaptions(url: string): string {
	const q = url.indexOf('?');
	if (q < 0) return url;
	const kept = url
		.slice(q + 1)
		.split('&')
		.filter((p) => !/^(title|note)=/.test(p));
	return kept.length ? `${url.slice(0, q)}?${kept.join('&')}` : url.slice(0, q);
}

/** Where the map goes on the export's page: its top left and scale (of the frame's 960 × 640). */
export interface MapPlacement {
	x: number;
	y: number;
	scale: number;
}

export interface ExportPage {
	/** The root's width and height attributes (with their unit) and its viewBox size. */
	width: string | number;
	height: string | number;
	viewWidth: number;
	viewHeight: number;
	map: MapPlacement;
	/** The header, legend and notes; the map is placed by the caller. */
	header: SceneNode;
	legend: SceneNode;
	notes: SceneNode;
}

/**
 * Lay out an export's page for the view's size: the header's and notes' heights come first, the map
 * takes the largest scale that fits what is left (beside the legend on wide pages), and the legend
 * goes beside it or under it. On `page` the map keeps its own size and the page grows to fit.
 */
export function exportPage(input: SceneInput, words: { title: string; subtitle: string; caveats: string[] }): ExportPage {
	const spec = PAGE_SPECS[input.view.size];
	const W = spec.width;
	const items = legendItems(input.view, {
		estimated: drawsEstimate(input.graph),
		// An off-map capital's arrow sits at the frame's edge: explained only where the region shown has it.
		offFrame: input.layout.nodes.some(
			(n) =>
				n.anchor.offFrame &&
				(!input.view.extent || inExtent({ x: n.anchor.edge === 'east' ? FRAME.width - 6 : 6, y: n.anchor.y }, input.view.extent))
		),
		outside: !!input.view.extent && input.layout.nodes.some((n) => !inExtent(n, input.view.extent!)),
		leaders: input.layout.nodes.some(driftsFromCapital),
		blocs: (input.blocs?.length ?? 0) > 0
	});

	if (spec.height === null) {
		// The frame's own size: the map edge to edge at scale 1, the legend and notes under it.
		const s = spec.scale;
		const margin = 20;
		const inner = W - 2 * margin;
		const head = header(input, words.title, words.subtitle, W, s, margin);
		const mapY = Math.round(head.height);
		const leg = legend(items, margin, mapY + FRAME.height + 8, inner, s, true);
		const notesTop = mapY + FRAME.height + 8 + leg.height + 10;
		const foot = notes(input, words.caveats, margin, notesTop, inner, s);
		const height = Math.ceil(notesTop + foot.height + 14);
		return {
			width: W,
			height,
			viewWidth: W,
			viewHeight: height,
			map: { x: 0, y: mapY, scale: 1 },
			header: el('g', { class: 'aa-header' }, head.nodes, 'header'),
			legend: leg.node,
			notes: el('g', { class: 'aa-notes' }, foot.nodes, 'notes')
		};
	}

	// A fixed page: at the size's type scale, or smaller type where long captions would leave the map
	// less than half the scale it could have (never a map of no size).
	const H = spec.height;
	const ideal = Math.min((W - 48 * spec.scale) / FRAME.width, (H - 48 * spec.scale) / FRAME.height);
	let page = fixedPage(input, words, items, spec.scale);
	for (const smaller of [0.85, 0.72, 0.6]) {
		if (page.map.scale >= ideal / 2) break;
		const next = fixedPage(input, words, items, spec.scale * smaller);
		if (next.map.scale > page.map.scale) page = next;
	}
	return {
		width: spec.unit === 'mm' ? `${W / spec.perUnit}mm` : W,
		height: spec.unit === 'mm' ? `${H / spec.perUnit}mm` : H,
		viewWidth: W,
		viewHeight: H,
		map: { x: r1(page.map.x), y: r1(page.map.y), scale: Math.max(0.05, Math.floor(page.map.scale * 1000) / 1000) },
		header: page.header,
		legend: page.legend,
		notes: page.notes
	};
}

/** A fixed-size page at type scale `s`: the header, the map at the largest scale that fits beside or under the legend, the notes. */
function fixedPage(
	input: SceneInput,
	words: { title: string; subtitle: string; caveats: string[] },
	items: readonly LegendItem[],
	s: number
): { map: MapPlacement; header: SceneNode; legend: SceneNode; notes: SceneNode } {
	const spec = PAGE_SPECS[input.view.size];
	const W = spec.width;
	const H = spec.height!;
	const margin = 24 * s;
	const inner = W - 2 * margin;
	const gap = 16 * s;
	const head = header(input, words.title, words.subtitle, W, s, margin);
	const footHeight = notes(input, words.caveats, 0, 0, inner, s).height;
	const top = head.height;
	const bottom = H - margin;
	const beside = () => {
		// The legend's column: as wide as its widest row, at most a third of the page; the notes under
		// it when they fit there too (the map then takes the page's whole height), else across the foot.
		const column = Math.min(inner / 3, legend(items, 0, 0, inner / 3, s, false).width);
		const probe = legend(items, 0, 0, column, s, false);
		const inColumn = notes(input, words.caveats, 0, 0, column, s).height;
		const together = probe.height + gap + inColumn <= bottom - top;
		const avail = together ? bottom - top : bottom - footHeight - gap - top;
		if (probe.height > avail) return null;
		const scale = Math.min((inner - column - gap) / FRAME.width, avail / FRAME.height);
		const x = margin + FRAME.width * scale + gap;
		return {
			map: { x: margin, y: top, scale },
			legend: legend(items, x, top, column, s, false).node,
			notesAt: together ? { x, y: top + probe.height + gap, width: column } : { x: margin, y: bottom - footHeight, width: inner }
		};
	};
	const below = () => {
		// The map as wide as the page allows, then the legend and the notes under it.
		const probe = legend(items, 0, 0, inner, s, true);
		const scale = Math.max(0, Math.min(inner / FRAME.width, (bottom - footHeight - gap - probe.height - gap - top) / FRAME.height));
		const mapW = FRAME.width * scale;
		const mapH = FRAME.height * scale;
		return {
			map: { x: (W - mapW) / 2, y: top, scale },
			legend: legend(items, margin, top + mapH + gap, inner, s, true).node,
			notesAt: { x: margin, y: top + mapH + gap + probe.height + gap, width: inner }
		};
	};
	const placed = (spec.legend === 'beside' ? beside() : null) ?? below();
	const { x, y, width } = placed.notesAt;
	return {
		map: placed.map,
		header: el('g', { class: 'aa-header' }, head.nodes, 'header'),
		legend: placed.legend,
		notes: el('g', { class: 'aa-notes' }, notes(input, words.caveats, x, y, width, s).nodes, 'notes')
	};
}
