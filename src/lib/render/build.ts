/**
 * Builds the scene of a view: basemap, ties, nodes and labels, and — for an export — a header and
 * a footer with title, year, layers and weights, legend, attribution, time made and URL. Styles are
 * presentation attributes set once on groups, so the SVG needs no stylesheet and renders the same
 * in browsers, Inkscape, Illustrator and rsvg-convert.
 */
import type { DatasetMeta, Layer } from '../data/types';
import type { Graph, GraphLink, TieWithWeight } from '../graph/build';
import type { Layout, LayoutNode } from '../layout/force';
import { FRAME } from '../layout/projection';
import type { Basemap } from '../map/build';
import type { ViewState } from '../view/state';
import { describeView, layersSummary, title } from './describe';
import { legendItems } from './legend';
import { el, r2, text, type SceneNode } from './scene';
import { COMPOSITE_STYLE, FADED_OPACITY, FONT_STACK, INTERPOLATED_OPACITY, LAYER_STYLE, MAP_STYLE, strokeWidth } from './style';

export interface SceneInput {
	meta: DatasetMeta;
	view: ViewState;
	graph: Graph;
	layout: Layout;
	basemap: Basemap;
	/** ISO numeric ids of the dataset's actors, to tint their land. */
	actorIsoNumeric: readonly string[];
	/** Interactive page drawing: focusable nodes and ties with accessible names. */
	interactive?: boolean;
	/** Present for an export: adds header and footer. */
	exportInfo?: { madeAt: string; url: string };
	/** The page draws the (static) basemap from this URL instead of inlining its paths. */
	basemapHref?: string;
}

export const HEADER_HEIGHT = 64;
export const FOOTER_HEIGHT = 132;
/** The height of an exported drawing: header, map, footer. */
export const EXPORT_HEIGHT = HEADER_HEIGHT + FRAME.height + FOOTER_HEIGHT;
const LAYER_OFFSET = 5;

/** Unit perpendicular of a segment (zero for a degenerate one). */
function normal(x1: number, y1: number, x2: number, y2: number): [number, number] {
	const len = Math.hypot(x2 - x1, y2 - y1);
	return len === 0 ? [0, 0] : [-(y2 - y1) / len, (x2 - x1) / len];
}

function tieLabel(t: TieWithWeight, names: Map<string, string>): string {
	const s = t.scores;
	const trade =
		t.trade.usdBn === null
			? 'trade figure missing'
			: `trade US$${t.trade.usdBn} bn${t.trade.status === 'interpolated' ? ' (interpolated)' : ''}`;
	return `${names.get(t.source)}–${names.get(t.target)}, ${t.year}: military ${s.military}, trade ${s.trade ?? 'missing'}, tension ${s.tension}; ${trade}`;
}

function linkOpacity(link: GraphLink, tie: TieWithWeight, focus: string | null): number | undefined {
	let o = 1;
	if (focus && link.source !== focus && link.target !== focus) o *= FADED_OPACITY;
	if (tie.trade.status === 'interpolated' && (link.kind === 'composite' ? true : link.layer === 'trade')) o *= INTERPOLATED_OPACITY;
	return o === 1 ? undefined : r2(o);
}

function tiesLayer(input: SceneInput, pos: Map<string, LayoutNode>, ties: Map<string, TieWithWeight>): SceneNode[] {
	const { graph, view } = input;
	const groups: SceneNode[] = [];
	const line = (link: GraphLink, offset: number, width: number) => {
		const a = pos.get(link.source)!;
		const b = pos.get(link.target)!;
		const [nx, ny] = normal(a.x, a.y, b.x, b.y);
		const d = offset * LAYER_OFFSET;
		return el(
			'line',
			{
				x1: r2(a.x + nx * d),
				y1: r2(a.y + ny * d),
				x2: r2(b.x + nx * d),
				y2: r2(b.y + ny * d),
				'stroke-width': width,
				opacity: linkOpacity(link, ties.get(link.pair)!, view.focus)
			},
			undefined,
			link.kind === 'layer' ? `${link.pair}:${link.layer}` : link.pair
		);
	};
	if (view.mode === 'composite') {
		for (const side of ['cooperation', 'tension'] as const) {
			const style = COMPOSITE_STYLE[side];
			const lines = graph.links
				.filter(
					(l): l is Extract<GraphLink, { kind: 'composite' }> => l.kind === 'composite' && (side === 'cooperation' ? l.net > 0 : l.net < 0)
				)
				.map((l) => line(l, 0, strokeWidth(Math.abs(l.net))));
			if (lines.length)
				groups.push(
					el(
						'g',
						{
							class: `aa-ties aa-ties-${side}`,
							fill: 'none',
							stroke: style.colour,
							'stroke-dasharray': 'dash' in style ? style.dash : undefined,
							'stroke-linecap': 'round'
						},
						lines,
						side
					)
				);
		}
	} else {
		for (const layer of ['military', 'trade', 'tension'] as Layer[]) {
			const style = LAYER_STYLE[layer];
			const lines = graph.links
				.filter((l): l is Extract<GraphLink, { kind: 'layer' }> => l.kind === 'layer' && l.layer === layer)
				.map((l) => line(l, l.offset, strokeWidth(l.score)));
			if (lines.length)
				groups.push(
					el(
						'g',
						{
							class: `aa-ties aa-ties-${layer}`,
							fill: 'none',
							stroke: style.colour,
							'stroke-dasharray': style.dash,
							'stroke-linecap': style.linecap ?? 'butt'
						},
						lines,
						layer
					)
				);
		}
	}
	return groups;
}

/** Invisible wide lines over each shown tie: hover and keyboard targets for the page only. */
function tieTargets(input: SceneInput, pos: Map<string, LayoutNode>, names: Map<string, string>): SceneNode | null {
	const shown = input.graph.ties.filter((t) => t.shown);
	if (!shown.length) return null;
	return el(
		'g',
		{ class: 'aa-tie-targets', stroke: 'transparent', 'stroke-width': 14, fill: 'none' },
		shown.map((t) => {
			const a = pos.get(t.source)!;
			const b = pos.get(t.target)!;
			return el(
				'line',
				{
					x1: a.x,
					y1: a.y,
					x2: b.x,
					y2: b.y,
					class: 'aa-tie-target',
					'data-pair': t.pair,
					tabindex: 0,
					role: 'button',
					'aria-label': tieLabel(t, names)
				},
				undefined,
				t.pair
			);
		}),
		'targets'
	);
}

function offFrameMarkers(layout: Layout): SceneNode | null {
	const markers = layout.nodes
		.filter((n) => n.anchor.offFrame)
		.map((n) => {
			const { y, edge } = n.anchor;
			const s = edge === 'east' ? 1 : -1;
			const tip = edge === 'east' ? FRAME.width - 6 : 6;
			const back = tip - s * 12;
			return el(
				'path',
				{ d: `M${r2(back)} ${r2(y - 7)}L${r2(tip)} ${r2(y)}L${r2(back)} ${r2(y + 7)}Z`, 'data-edge': edge },
				undefined,
				n.id
			);
		});
	return markers.length ? el('g', { class: 'aa-offframe', fill: MAP_STYLE.muted }, markers, 'offframe') : null;
}

function nodeLabel(n: LayoutNode): string {
	return n.anchor.offFrame ? `${n.name} (${n.anchor.edge === 'east' ? 'off map →' : '← off map'})` : n.name;
}

function nodesLayer(input: SceneInput, layout: Layout): SceneNode[] {
	const focus = input.view.focus;
	const nodes = layout.nodes.map((n) => {
		const focused = focus === n.id;
		const attrs: Record<string, string | number | undefined> = {
			transform: `translate(${r2(n.x)} ${r2(n.y)})`,
			class: 'aa-node',
			'data-actor': n.id
		};
		if (input.interactive) {
			attrs.tabindex = 0;
			attrs.role = 'button';
			attrs['aria-label'] = n.name;
			attrs['aria-pressed'] = focused ? 'true' : 'false';
		}
		const circle = el(
			'circle',
			{ r: r2(n.r), fill: focused ? MAP_STYLE.focus : undefined, 'stroke-width': focused ? 3 : undefined },
			undefined,
			'dot'
		);
		// On the page, a larger invisible disc makes the state easier to hit with a finger.
		const hit = input.interactive
			? [el('circle', { r: r2(n.r + 9), fill: 'transparent', stroke: 'none', class: 'aa-hit' }, undefined, 'hit')]
			: [];
		return el('g', attrs, [...hit, circle], n.id);
	});
	const labelAttrs = (n: LayoutNode) => ({
		x: n.label.x,
		y: n.label.y,
		'text-anchor': n.label.anchor === 'start' ? undefined : n.label.anchor,
		'font-weight': focus === n.id ? 'bold' : undefined
	});
	return [
		el('g', { class: 'aa-nodes', fill: MAP_STYLE.nodeFill, stroke: MAP_STYLE.node, 'stroke-width': 2 }, nodes, 'nodes'),
		el(
			'g',
			{
				class: 'aa-labels-halo',
				'font-size': 12,
				fill: MAP_STYLE.halo,
				stroke: MAP_STYLE.halo,
				'stroke-width': 3.5,
				'stroke-linejoin': 'round',
				'aria-hidden': 'true'
			},
			layout.nodes.map((n) => text('text', labelAttrs(n), nodeLabel(n), n.id)),
			'halo'
		),
		el(
			'g',
			{ class: 'aa-labels', 'font-size': 12, fill: MAP_STYLE.text, 'aria-hidden': input.interactive ? 'true' : undefined },
			layout.nodes.map((n) => text('text', labelAttrs(n), nodeLabel(n), n.id)),
			'labels'
		)
	];
}

/** The basemap: sea, graticule, other countries, then the dataset's states in a warmer tint. */
export function basemapLayer(basemap: Basemap, actorIso: readonly string[]): SceneNode[] {
	const isActor = (id: string | null) => id !== null && actorIso.includes(id);
	return [
		el('rect', { width: FRAME.width, height: FRAME.height, fill: MAP_STYLE.sea }, undefined, 'sea'),
		el('path', { d: basemap.graticule, fill: 'none', stroke: MAP_STYLE.graticule, 'stroke-width': 0.6 }, undefined, 'graticule'),
		el(
			'g',
			{ class: 'aa-land', fill: MAP_STYLE.land, stroke: MAP_STYLE.landStroke, 'stroke-width': 0.6, 'stroke-linejoin': 'round' },
			basemap.countries.filter((c) => !isActor(c.id)).map((c) => el('path', { d: c.d }, undefined, c.key)),
			'land'
		),
		el(
			'g',
			{ class: 'aa-land-actors', fill: MAP_STYLE.actorLand, stroke: MAP_STYLE.landStroke, 'stroke-width': 0.8, 'stroke-linejoin': 'round' },
			basemap.countries.filter((c) => isActor(c.id)).map((c) => el('path', { d: c.d, 'data-iso': c.id ?? undefined }, undefined, c.key)),
			'actors'
		)
	];
}

function header(input: SceneInput, names: Map<string, string>): SceneNode {
	return el(
		'g',
		{ class: 'aa-header' },
		[
			text('text', { x: 20, y: 30, 'font-size': 20, 'font-weight': 'bold', fill: MAP_STYLE.text }, title(input.view.year), 'title'),
			text('text', { x: 20, y: 52, 'font-size': 12.5, fill: MAP_STYLE.muted }, layersSummary(input.view, names), 'subtitle')
		],
		'header'
	);
}

function footer(input: SceneInput, y0: number): SceneNode {
	const items = legendItems(input.view);
	const children: SceneNode[] = [];
	let x = 20;
	items.forEach((item, i) => {
		const rowY = y0 + 26;
		const sample =
			item.shape === 'line'
				? el('line', {
						x1: x,
						y1: rowY - 4,
						x2: x + 30,
						y2: rowY - 4,
						stroke: item.colour,
						'stroke-width': item.width ?? 3,
						'stroke-dasharray': item.dash,
						'stroke-linecap': item.linecap,
						opacity: item.opacity
					})
				: item.shape === 'circle'
					? el('circle', { cx: x + 15, cy: rowY - 4, r: 6, fill: MAP_STYLE.nodeFill, stroke: MAP_STYLE.node, 'stroke-width': 2 })
					: el('path', { d: `M${x + 9} ${rowY - 11}L${x + 21} ${rowY - 4}L${x + 9} ${rowY + 3}Z`, fill: MAP_STYLE.muted });
		children.push(
			el('g', {}, [sample, text('text', { x: x + 38, y: rowY, 'font-size': 12, fill: MAP_STYLE.text }, item.label)], item.label)
		);
		x += 38 + Math.ceil(item.label.length * 6.6) + 22;
		const next = items[i + 1];
		if (next && x + 38 + next.label.length * 6.6 > FRAME.width - 20) {
			x = 20;
			y0 += 24;
		}
	});
	const info = input.exportInfo!;
	const lineY = (i: number) => y0 + 58 + i * 17;
	children.push(
		text(
			'text',
			{ x: 20, y: lineY(0), 'font-size': 11, fill: MAP_STYLE.muted },
			`Line width shows the score (0–1). Scores come from dated, sourced evidence and published trade statistics; see the dataset for every source.`,
			'note'
		),
		text(
			'text',
			{ x: 20, y: lineY(1), 'font-size': 11, fill: MAP_STYLE.muted },
			`Map data: Natural Earth. Data: ${input.meta.name}, version ${input.meta.version}. Made ${info.madeAt}.`,
			'attribution'
		),
		text('text', { x: 20, y: lineY(2), 'font-size': 11, fill: MAP_STYLE.muted }, `View: ${info.url}`, 'url')
	);
	return el('g', { class: 'aa-footer' }, children, 'footer');
}

/** Build the scene for a view. */
export function buildScene(input: SceneInput): SceneNode {
	const { layout, graph, basemap } = input;
	const pos = new Map(layout.nodes.map((n) => [n.id, n]));
	const ties = new Map(graph.ties.map((t) => [t.pair, t]));
	const names = new Map(layout.nodes.map((n) => [n.id, n.name]));
	const isExport = input.exportInfo !== undefined;
	const top = isExport ? HEADER_HEIGHT : 0;
	const height = isExport ? EXPORT_HEIGHT : FRAME.height;

	const base = input.basemapHref
		? [el('image', { href: input.basemapHref, width: FRAME.width, height: FRAME.height, 'aria-hidden': 'true' }, undefined, 'basemap')]
		: [el('g', { class: 'aa-basemap' }, basemapLayer(basemap, input.actorIsoNumeric), 'basemap')];
	const map: SceneNode[] = [...base, ...tiesLayer(input, pos, ties)];
	const markers = offFrameMarkers(layout);
	if (markers) map.push(markers);
	if (input.interactive) {
		const targets = tieTargets(input, pos, names);
		if (targets) map.push(targets);
	}
	map.push(...nodesLayer(input, layout));

	const desc = describeView(input.view, graph, names);
	const children: SceneNode[] = [
		text('title', { id: 'aa-title' }, title(input.view.year), 'title'),
		text('desc', { id: 'aa-desc' }, desc, 'desc')
	];
	if (isExport) children.push(el('rect', { width: FRAME.width, height, fill: '#ffffff' }, undefined, 'paper'), header(input, names));
	children.push(el('g', { class: 'aa-map', transform: top ? `translate(0 ${top})` : undefined }, map, 'map'));
	if (isExport) children.push(footer(input, top + FRAME.height));

	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			version: '1.1',
			viewBox: `0 0 ${FRAME.width} ${height}`,
			width: FRAME.width,
			height,
			// A static picture for exports; a group of focusable states and ties on the page.
			role: input.interactive ? 'group' : 'img',
			'aria-labelledby': 'aa-title aa-desc',
			'font-family': FONT_STACK
		},
		children
	);
}
