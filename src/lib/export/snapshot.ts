/**
 * A snapshot is what a view shows: its graph and layout. The page, the API, the SVG export and the
 * server export all come from `computeSnapshot`, so they agree to the coordinate.
 */
import type { Dataset, DatasetMeta } from '../data/types';
import { buildGraph, type Graph } from '../graph/build';
import { layoutGraph, type Layout } from '../layout/force';
import type { Basemap } from '../map/build';
import { buildScene, type SceneInput } from '../render/build';
import type { SceneNode } from '../render/scene';
import { svgDocument } from '../render/serialise';
import type { ViewState } from '../view/state';

export interface Snapshot {
	view: ViewState;
	graph: Graph;
	layout: Layout;
}

export function computeSnapshot(dataset: Dataset, view: ViewState): Snapshot {
	const graph = buildGraph(dataset, view);
	return { view, graph, layout: layoutGraph(graph, view.geo) };
}

/** The scene of a snapshot, for the page (interactive) or for an export (with header and footer). */
export function snapshotScene(
	dataset: { meta: DatasetMeta; actors: readonly { isoNumeric: string }[] },
	snapshot: Snapshot,
	basemap: Basemap,
	options: Pick<SceneInput, 'interactive' | 'exportInfo' | 'basemapHref'>
): SceneNode {
	return buildScene({
		meta: dataset.meta,
		view: snapshot.view,
		graph: snapshot.graph,
		layout: snapshot.layout,
		basemap,
		actorIsoNumeric: dataset.actors.map((a) => a.isoNumeric),
		...options
	});
}

/** The standalone SVG export of a view. `madeAt` is passed in, so the output is deterministic. */
export function exportSvg(dataset: Dataset, view: ViewState, basemap: Basemap, info: { madeAt: string; url: string }): string {
	return svgDocument(snapshotScene(dataset, computeSnapshot(dataset, view), basemap, { exportInfo: info }));
}

/** The file name an export is saved under: alliance-atlas-2011-military-trade-tension.svg. */
export function exportFileName(view: ViewState, ext: string): string {
	const layers = view.layers.length ? view.layers.join('-') : 'no-layers';
	return `alliance-atlas-${view.year}-${layers}${view.mode === 'composite' ? '-composite' : ''}${view.focus ? `-${view.focus.toLowerCase()}` : ''}.${ext}`;
}

/** The JSON of GET /api/network: DESIGN.md's shape plus trade status, evidence and positions. */
export function networkJson(dataset: Dataset, snapshot: Snapshot) {
	const { view, graph, layout } = snapshot;
	return {
		dataset: { name: dataset.meta.name, version: dataset.meta.version },
		year: view.year,
		layers: view.layers,
		weights: view.weights,
		mode: view.mode,
		geo: view.geo,
		min: view.min,
		focus: view.focus,
		actors: layout.nodes.map((n) => ({ id: n.id, name: n.name, x: n.x, y: n.y, r: n.r, anchor: n.anchor })),
		ties: graph.ties.map((t) => ({
			source: t.source,
			target: t.target,
			scores: t.scores,
			weight: t.weight,
			shown: t.shown,
			tensionPeak: t.tensionAt,
			trade: { usdBn: t.trade.usdBn, status: t.trade.status, reporter: t.trade.reporter, sources: t.trade.sources },
			evidence: t.evidence
		}))
	};
}
