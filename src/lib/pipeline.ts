/**
 * The pipeline from a dataset and a view to what is drawn: scores -> graph -> layout -> scene. The
 * page, the API, the SVG export and the server export all come through `computeSnapshot`, so they
 * agree to the coordinate.
 */
import type { Dataset, DatasetMeta } from './data/types';
import { buildGraph, type Graph } from './graph/graph';
import type { Anchors } from './layout/anchors';
import { layoutGraph, type Layout } from './layout/force';
import type { ViewState } from './model/view';
import type { SceneNode } from './render/element';
import { buildScene, type SceneInput } from './render/scene';

export interface Snapshot {
	view: ViewState;
	graph: Graph;
	layout: Layout;
	/** The year's blocs, when the view draws them (`graph/measures.ts`, loaded only when wanted). */
	blocs?: string[][];
}

/** `anchors`: each state's anchor in the frame (`layout/anchors.ts`), computed once per dataset. */
export function computeSnapshot(dataset: Dataset, view: ViewState, anchors: Anchors): Snapshot {
	const graph = buildGraph(dataset, view);
	return { view, graph, layout: layoutGraph(graph, view.geo, anchors) };
}

/** The picture of a snapshot, for the page (interactive), a story step or an embed. */
export function snapshotScene(
	dataset: { meta: DatasetMeta; actors: readonly { isoNumeric: string }[] },
	snapshot: Snapshot,
	options: Pick<SceneInput, 'basemap' | 'interactive'>
): SceneNode {
	return buildScene(sceneInput(dataset, snapshot, options));
}

/** What the scene builders take for a snapshot of a dataset. */
export function sceneInput(
	dataset: { meta: DatasetMeta; actors: readonly { isoNumeric: string }[] },
	snapshot: Snapshot,
	options: Pick<SceneInput, 'basemap' | 'interactive'>
): SceneInput {
	return {
		meta: dataset.meta,
		view: snapshot.view,
		graph: snapshot.graph,
		layout: snapshot.layout,
		blocs: snapshot.blocs,
		actorIsoNumeric: dataset.actors.map((a) => a.isoNumeric),
		...options
	};
}
