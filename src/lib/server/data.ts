/** Server-side data: the validated default dataset and the prebuilt basemap, loaded once. */
import { defaultDataset } from '$lib/data/default/index';
import type { Basemap } from '$lib/map/basemap';
import basemapJson from '$lib/map/basemap.json';
import { latestCompleteYear } from '$lib/data/trade';
import { anchorsOf } from '$lib/layout/anchors';
import { viewContext as contextOf, type ViewState } from '$lib/model/view';
import { computeSnapshot, type Snapshot } from '$lib/pipeline';
import { blocsOf } from '$lib/graph/measures';

export const dataset = defaultDataset();
export const basemap = basemapJson as Basemap;
/** The page opens on the latest year whose trade data is complete (see latestCompleteYear). */
export const defaultYear = latestCompleteYear(dataset);
export const viewContext = contextOf({ ...dataset, defaultYear });
/** Each state's anchor in the frame, once: the server's layouts, and the page's (sent with the page data). */
export const anchors = anchorsOf(dataset.actors);

/** A view's snapshot on the server, with its blocs when the view draws them. */
export function serverSnapshot(view: ViewState): Snapshot {
	const snapshot = computeSnapshot(dataset, view, anchors);
	return view.blocs ? { ...snapshot, blocs: blocsOf(snapshot.graph) } : snapshot;
}
