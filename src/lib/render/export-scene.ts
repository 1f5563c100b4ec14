/**
 * The export's whole page: the view's picture (its region of the frame) placed on a page of the view's
 * size with the header, legend and notes (`frame.ts`), the data's caveats, and every group named for
 * editors (each an `id` and an `inkscape:label`, so a designer finds "Ties military" in Inkscape's or
 * Illustrator's layers).
 * Only the exports load it, not the page.
 */
import type { Graph } from '../graph/graph';
import type { ViewState } from '../model/view';
import { layersSummary, placeOf, title, tradeCaveat } from './describe';
import { el, type SceneNode } from './element';
import { exportPage } from './frame';
import type { ExportInfo, SceneInput } from './input';
import { inExtent } from './layers';
import { regionMap, sceneAttrs, sceneHeading } from './scene';

export function buildExportScene(input: SceneInput & { exportInfo: ExportInfo }): SceneNode {
	const names = new Map(input.layout.nodes.map((n) => [n.id, n.name]));
	const auto = title(input.view, names, placeOf(input.meta));
	const page = exportPage(input, {
		title: auto,
		subtitle: layersSummary(input.view, names),
		caveats: viewCaveats(input.view, input.graph, input.layout)
	});
	const { x, y, scale } = page.map;
	const map = el(
		'g',
		{ class: 'aa-map', transform: `translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}` },
		[regionMap(input)],
		'map'
	);
	return exportLayers(
		el(
			'svg',
			{
				...sceneAttrs(page.viewHeight, false),
				'xmlns:inkscape': 'http://www.inkscape.org/namespaces/inkscape',
				viewBox: `0 0 ${page.viewWidth} ${page.viewHeight}`,
				width: page.width,
				height: page.height
			},
			[
				...sceneHeading(input, input.view.title ?? auto),
				el('rect', { width: page.viewWidth, height: page.viewHeight, fill: '#ffffff' }, undefined, 'paper'),
				page.header,
				map,
				page.legend,
				page.notes
			]
		)
	);
}

/** A group's id from its most specific `aa-` class, where the class alone would say it less plainly. */
const RENAME: Record<string, string> = { nodes: 'states', offframe: 'off-map-markers', 'land-actors': 'land-states' };

/**
 * The export's root with every `aa-` group named: `id` (unique) and `inkscape:label` ("Ties military",
 * a state's group by its id: "State KOR"). The page's parts (header, map, legend, notes) and the map's
 * own groups are Inkscape layers; a state's group is a group within its layer.
 */
export function exportLayers(root: SceneNode): SceneNode {
	const seen = new Map<string, number>();
	const visit = (node: SceneNode, depth: number): SceneNode => {
		const children = node.children?.map((c) => visit(c, depth + 1));
		const cls =
			node.tag === 'g'
				? String(node.attrs?.class ?? '')
						.split(/\s+/)
						.filter((c) => c.startsWith('aa-'))
						.at(-1)
				: undefined;
		if (!cls) return children ? { ...node, children } : node;
		const actor = node.attrs?.['data-actor'];
		const base = actor !== undefined ? `state-${actor}` : (RENAME[cls.slice(3)] ?? cls.slice(3));
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		const id = n === 1 ? base : `${base}-${n}`;
		const label = actor !== undefined ? `State ${actor}` : base.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
		// Layers: the page's parts (the root's children) and the map's (its region's children).
		const layer = actor === undefined && depth <= 3 ? { 'inkscape:groupmode': 'layer' } : {};
		return { ...node, attrs: { id, 'inkscape:label': label, ...layer, ...node.attrs }, ...(children ? { children } : {}) };
	};
	return visit(root, 0);
}

/**
 * What a reader of an exported picture must know about the data in view that the picture itself
 * does not say: the trade layer's gaps and estimates, a zoom that leaves states out, the states
 * filter and the threshold that hide ties.
 */
export function viewCaveats(view: ViewState, graph: Graph, layout: { nodes: readonly { x: number; y: number }[] }): string[] {
	const out: string[] = [];
	const trade = tradeCaveat(view, graph);
	if (trade) out.push(trade);
	if (view.extent) {
		const e = view.extent;
		const inside = layout.nodes.filter((n) => inExtent(n, e)).length;
		out.push(
			`Zoomed in: ${inside} of ${layout.nodes.length} states lie in the region shown; arrows at its edge point to the others, and ties to them leave it.`
		);
	}
	if (view.states) out.push(`Only the ${view.states.length} states chosen are drawn; their ties with the others are left out.`);
	if (view.min > 0) {
		if (view.compare !== null) out.push(`Changes smaller than ${view.min} are not drawn.`);
		else {
			// The pairs the threshold hides: a score (or, in Composite, a net weight) above 0 but under it.
			const active = view.layers.filter((l) => view.weights[l] > 0);
			const hidden = graph.ties.filter(
				(t) => !t.shown && (view.mode === 'composite' ? t.weight !== 0 : active.some((l) => (t.scores[l] ?? 0) > 0))
			).length;
			if (hidden)
				out.push(`${hidden} of ${graph.ties.length} pairs are not drawn: their shown scores are all under the threshold of ${view.min}.`);
		}
	}
	return out;
}
