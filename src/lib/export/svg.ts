/** The standalone SVG export of a view (the page's "Export SVG" and GET /export.svg), and its file name. */
import type { Dataset } from '../data/types';
import type { Basemap } from '../map/basemap';
import type { ViewState } from '../model/view';
import { snapshotScene, type Snapshot } from '../pipeline';
import type { ExportInfo } from '../render/input';
import { svgDocument } from '../render/serialise';

/**
 * The standalone SVG export of a snapshot (`computeSnapshot`): the page exports the one it shows, the
 * server computes one per request. `madeAt` is passed in, so the output is deterministic.
 */
export function exportSvg(dataset: Dataset, snapshot: Snapshot, basemap: Basemap, info: ExportInfo): string {
	return svgDocument(snapshotScene(dataset, snapshot, { basemap: { paths: basemap }, exportInfo: info }));
}

/** The file name an export is saved under: alliance-atlas-2011-military-trade-tension.svg. */
export function exportFileName(view: ViewState, ext: string): string {
	const layers = view.layers.length ? view.layers.join('-') : 'no-layers';
	const years = view.compare !== null ? `${view.compare}-to-${view.year}` : String(view.year);
	const states = view.states ? `-${view.states.join('-').toLowerCase()}` : '';
	return `alliance-atlas-${years}${states}-${layers}${view.mode === 'composite' ? '-composite' : ''}${view.focus ? `-${view.focus.toLowerCase()}` : ''}.${ext}`;
}
