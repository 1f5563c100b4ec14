/**
 * Builds the scene of a view: basemap, ties, nodes and labels, and — for an export — a header and
 * a footer with title, year, layers and weights, legend, attribution, time made and URL. Styles are
 * presentation attributes set once on groups, so the SVG needs no stylesheet and renders the same
 * in browsers, Inkscape, Illustrator and rsvg-convert.
 *
 * The part that depends on where the states are (`mapOverlay`) is its own function, so the page can
 * move states between views without building the rest of the scene again.
 */
import { FRAME } from '../layout/frame';
import { basemapLayer } from './basemap';
import { blocsLayer } from './blocs';
import { describeView, layersSummary, placeOf, title, viewCaveats } from './describe';
import { el, text, type Attrs, type SceneNode } from './element';
import { exportPage } from './frame';
import { exportLayers, zoomedLabels } from './layers';
import { capitalLeaders, nodesLayer, offFrameMarkers } from './nodes';
import { FONT_STACK, MAP_STYLE } from './style';
import { tieTargets, tiesLayer } from './ties';
import type { BasemapSource, MapInput, SceneInput } from './input';

export type { BasemapSource, MapInput, SceneInput } from './input';

/** The ties, off-map markers, tie targets (page only), states and labels at the layout's positions. */
export function mapOverlay(input: MapInput): SceneNode[] {
	const { layout, graph } = input;
	const pos = new Map(layout.nodes.map((n) => [n.id, n]));
	const ties = new Map(graph.ties.map((t) => [t.pair, t]));
	const names = new Map(layout.nodes.map((n) => [n.id, n.name]));
	const leaders = capitalLeaders(layout);
	const blocs = input.blocs ? blocsLayer(input.blocs, pos) : null;
	const overlay: SceneNode[] = [...(blocs ? [blocs] : []), ...(leaders ? [leaders] : []), ...tiesLayer(input, pos, ties)];
	const markers = offFrameMarkers(layout);
	if (markers) overlay.push(markers);
	overlay.push(...nodesLayer(input, layout));
	// After the states, so Tab reaches the states first; the targets stop short of each state's
	// hit disc, so they never take a click meant for a state.
	if (input.interactive) {
		const targets = tieTargets(input, pos, names);
		if (targets) overlay.push(targets);
		overlay.push(viewStamp(input.view));
	}
	return overlay;
}

/** On the page, the view in the map's corner ("2016 · military, trade · composite"), so a cropped screenshot still says what it shows. */
function viewStamp(view: MapInput['view']): SceneNode {
	const words = [
		String(view.year),
		view.layers.length ? view.layers.join(', ') : 'no layers',
		view.mode === 'composite' ? 'composite' : ''
	];
	if (view.compare !== null) words[0] = `${view.compare} → ${view.year}`;
	return text(
		'text',
		{
			class: 'aa-stamp',
			x: 8,
			y: FRAME.height - 8,
			'font-size': 13,
			fill: MAP_STYLE.muted,
			stroke: MAP_STYLE.halo,
			'stroke-width': 3,
			'paint-order': 'stroke',
			'aria-hidden': 'true'
		},
		words.filter(Boolean).join(' · '),
		'stamp'
	);
}

/** The basemap node of a scene (the first child of its `map` group). */
export function basemapNode(source: BasemapSource, actorIsoNumeric: readonly string[]): SceneNode {
	return 'href' in source
		? el('image', { href: source.href, width: FRAME.width, height: FRAME.height, 'aria-hidden': 'true' }, undefined, 'basemap')
		: el('g', { class: 'aa-basemap' }, basemapLayer(source.paths, actorIsoNumeric), 'basemap');
}

/** Build the scene for a view: the page's drawing, or with `exportInfo` the export's whole page. */
export function buildScene(input: SceneInput): SceneNode {
	const names = new Map(input.layout.nodes.map((n) => [n.id, n.name]));
	const auto = title(input.view, names, placeOf(input.meta));
	const heading = [
		text('title', { id: 'aa-title' }, input.exportInfo ? (input.view.title ?? auto) : auto, 'title'),
		text('desc', { id: 'aa-desc' }, describeView(input.view, input.graph, names, placeOf(input.meta), input.blocs), 'desc')
	];
	if (!input.exportInfo) {
		// A picture of the view (a story step, an embed): its zoomed region when it has one.
		const map = input.view.extent ? [regionMap(input)] : [basemapNode(input.basemap, input.actorIsoNumeric), ...mapOverlay(input)];
		return el('svg', sceneAttrs(FRAME.height, !!input.interactive), [...heading, el('g', { class: 'aa-map' }, map, 'map')]);
	}
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
	const children = [
		...heading,
		el('rect', { width: page.viewWidth, height: page.viewHeight, fill: '#ffffff' }, undefined, 'paper'),
		page.header,
		map,
		page.legend,
		page.notes
	];
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
			children
		)
	);
}

/**
 * The map in a frame-sized `<svg>` showing the view's region (the whole frame without a zoom): a zoomed
 * view's labels that would leave the region are moved in, or left out with their state.
 */
function regionMap(input: SceneInput): SceneNode {
	const extent = input.view.extent ?? { x0: 0, y0: 0, x1: FRAME.width, y1: FRAME.height };
	const layout = input.view.extent ? zoomedLabels(input.layout, extent) : input.layout;
	return el(
		'svg',
		{
			width: FRAME.width,
			height: FRAME.height,
			viewBox: `${extent.x0} ${extent.y0} ${extent.x1 - extent.x0} ${extent.y1 - extent.y0}`,
			preserveAspectRatio: 'xMidYMid slice'
		},
		[basemapNode(input.basemap, input.actorIsoNumeric), ...mapOverlay({ ...input, layout })],
		'region'
	);
}

/** The attributes of a scene's `<svg>` of this height (the frame's, plus an export's header and footer). */
export function sceneAttrs(height: number, interactive: boolean): Attrs {
	return {
		xmlns: 'http://www.w3.org/2000/svg',
		version: '1.1',
		viewBox: `0 0 ${FRAME.width} ${height}`,
		width: FRAME.width,
		height,
		// A static picture for exports; a group of focusable states and ties on the page.
		role: interactive ? 'group' : 'img',
		'aria-labelledby': 'aa-title aa-desc',
		'font-family': FONT_STACK
	};
}
