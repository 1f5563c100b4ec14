/**
 * Server-side data, loaded once at start-up: the dataset — the default one, or the file or folder named
 * by the `DATA` environment variable, validated like `npm run data:check` — and the prebuilt basemap.
 * A `DATA` that does not validate leaves its messages in `dataErrors`; `hooks.server.ts` prints them and
 * stops the process before it serves anything.
 */
import { readDataset } from '$lib/cli/read';
import { defaultDataset } from '$lib/data/default/index';
import type { Dataset } from '$lib/data/types';
import type { Basemap } from '$lib/map/basemap';
import basemapJson from '$lib/map/basemap.json';
import { latestCompleteYear } from '$lib/data/trade';
import { anchorsOf } from '$lib/layout/anchors';
import { REGION, regionFor } from '$lib/layout/projection';
import { buildBasemap } from '$lib/map/basemap';
import world110m from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { layoutView, viewContext as contextOf, type ViewState } from '$lib/model/view';
import { computeSnapshot, type Snapshot } from '$lib/pipeline';
import { blocsOf } from '$lib/graph/measures';
import { serialiseView } from '$lib/view/state';

/** The `DATA` path served instead of the default dataset, if any. */
export const dataPath: string | null = process.env.DATA || null;

function load(): { dataset: Dataset; errors: string[] | null } {
	if (!dataPath) return { dataset: defaultDataset(), errors: null };
	const r = readDataset(dataPath);
	return r.ok ? { dataset: r.dataset, errors: null } : { dataset: defaultDataset(), errors: r.errors };
}
const loaded = load();

export const dataset: Dataset = loaded.dataset;
/** Why `DATA` could not be served, or null. */
export const dataErrors: string[] | null = loaded.errors;
/** Whether the default dataset is served (stories are written for it). */
export const isDefaultData = dataPath === null;
/** The region the dataset is drawn in: Northeast Asia for the default data, else the box around its capitals. */
export const region = regionFor(dataset.actors);
/**
 * The basemap: the prebuilt Northeast Asia one, or for a dataset elsewhere a coarser one (1:110m) built
 * once at start-up for its region.
 */
export const basemap: Basemap =
	region === REGION ? (basemapJson as Basemap) : buildBasemap(world110m as unknown as Topology, 1, region, 'world-atlas 2.0.2, 1:110m');
/** The page opens on the latest year whose trade data is complete (see latestCompleteYear). */
export const defaultYear = latestCompleteYear(dataset);
export const viewContext = contextOf({ ...dataset, defaultYear });
/** Each state's anchor in the frame, once: the server's layouts, and the page's (sent with the page data). */
export const anchors = anchorsOf(dataset.actors, region);

/** The last SNAPSHOTS views' snapshots, by canonical query, most recently used last: a page and its export share one layout. */
const SNAPSHOTS = 100;
const snapshots = new Map<string, Snapshot>();

/** A view's snapshot on the server, with its blocs when the view draws them; computed once while it is among the recent ones. */
export function serverSnapshot(view: ViewState): Snapshot {
	// Keyed by what the layout depends on: a zoom, a size or a caption reuses the view's layout.
	const key = serialiseView(layoutView(view), viewContext);
	let snapshot = snapshots.get(key);
	if (snapshot) snapshots.delete(key);
	else {
		const computed = computeSnapshot(dataset, view, anchors);
		snapshot = view.blocs ? { ...computed, blocs: blocsOf(computed.graph) } : computed;
		if (snapshots.size >= SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
	}
	snapshots.set(key, snapshot);
	return snapshot.view === view ? snapshot : { ...snapshot, view };
}
