/**
 * Builds the picture of a view: basemap, ties, nodes and labels (an export's page around it is
 * `export-scene.ts`, which the page never loads). Styles are
 * presentation attributes set once on groups, so the SVG needs no stylesheet and renders the same
 * in browsers, Inkscape, Illustrator and rsvg-convert.
 *
 * The part that depends on where the states are (`mapOverlay`) is its own function, so the page can
 * move states between views without building the rest of the scene again.
 */
import { FRAME } from '../layout/frame';
import { basemapLayer } from './basemap';
import { blocsLayer } from './blocs';
import { describeView, placeOf, title } from './describe';
import { el, text, type Attrs, type SceneNode } from './element';
import { outsideMarkers, zoomedLabels } from './layers';
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

/** The scene's `<title>` (the given title) and `<desc>` (what the drawing shows, for screen readers). */
export function sceneHeading(input: SceneInput, heading: string): SceneNode[] {
	const names = new Map(input.layout.nodes.map((n) => [n.id, n.name]));
	return [
		text('title', { id: 'aa-title' }, heading, 'title'),
		text('desc', { id: 'aa-desc' }, describeView(input.view, input.graph, names, placeOf(input.meta), input.blocs), 'desc')
	];
}

/** The picture of a view (the page's drawing, a story step, an embed): the frame, a still one in its zoomed region when it has one. */
export function buildScene(input: SceneInput): SceneNode {
	const names = new Map(input.layout.nodes.map((n) => [n.id, n.name]));
	// The page zooms its drawing itself (Atlas, with pan and tween); a still picture draws the view's region.
	const map =
		input.view.extent && !input.interactive
			? [regionMap(input)]
			: [basemapNode(input.basemap, input.actorIsoNumeric), ...mapOverlay(input)];
	return el('svg', sceneAttrs(FRAME.height, !!input.interactive), [
		...sceneHeading(input, title(input.view, names, placeOf(input.meta))),
		el('g', { class: 'aa-map' }, map, 'map')
	]);
}

/**
 * The map in a frame-sized `<svg>` showing the view's region (the whole frame without a zoom): a zoomed
 * view's labels that would leave the region are moved in, or left out with their state, which an arrow
 * at the region's edge then points to (as an off-map capital's arrow does at the frame's).
 */
export function regionMap(input: SceneInput): SceneNode {
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
		[
			basemapNode(input.basemap, input.actorIsoNumeric),
			...mapOverlay({ ...input, layout }),
			// The states outside a zoomed region: an arrow at its edge and their names.
			...(input.view.extent ? [outsideMarkers(input.layout, extent, FRAME.width)].filter((m) => m !== null) : [])
		],
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
