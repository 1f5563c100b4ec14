/** The standalone SVG export of a view (the page's "Export SVG" and GET /export.svg), and its file name. */
import type { Dataset } from '../data/types';
import { anchorsOf, type Anchors } from '../layout/anchors';
import type { Basemap } from '../map/basemap';
import type { ViewState } from '../model/view';
import { computeSnapshot, snapshotScene } from '../pipeline';
import { svgDocument } from '../render/serialise';

/** The standalone SVG export of a view. `madeAt` is passed in, so the output is deterministic. */
export function exportSvg(
	dataset: Dataset,
	view: ViewState,
	basemap: Basemap,
	info: { madeAt: string; url: string },
	anchors: Anchors = anchorsOf(dataset.actors)
): string {
	return svgDocument(snapshotScene(dataset, computeSnapshot(dataset, view, anchors), { basemap: { paths: basemap }, exportInfo: info }));
}

/** The file name an export is saved under: alliance-atlas-2011-military-trade-tension.svg. */
export function exportFileName(view: ViewState, ext: string): string {
	const layers = view.layers.length ? view.layers.join('-') : 'no-layers';
	return `alliance-atlas-${view.year}-${layers}${view.mode === 'composite' ? '-composite' : ''}${view.focus ? `-${view.focus.toLowerCase()}` : ''}.${ext}`;
}
