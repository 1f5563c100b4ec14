/** What the scene builders take: the view, its graph and layout, and for a whole scene the dataset's names and the basemap. */
import type { DatasetMeta } from '../data/types';
import type { Graph } from '../graph/graph';
import type { Layout } from '../layout/force';
import type { Basemap } from '../map/basemap';
import type { ViewState } from '../model/view';

/** Where the basemap comes from: inlined paths (exports), or a static file the page shows as an image. */
export type BasemapSource = { paths: Basemap } | { href: string };

/** What the position-dependent part of the map needs. */
export interface MapInput {
	view: ViewState;
	graph: Graph;
	layout: Layout;
	/** Blocs to draw as hulls around their states (each a list of ids). */
	blocs?: string[][];
	/** Interactive page drawing: focusable nodes and ties with accessible names. */
	interactive?: boolean;
}

export interface SceneInput extends MapInput {
	meta: DatasetMeta;
	basemap: BasemapSource;
	/** ISO numeric ids of the dataset's actors, to tint their land. */
	actorIsoNumeric: readonly string[];
	/** Present for an export: adds header and footer. */
	exportInfo?: ExportInfo;
}

/** What only an export carries: when it was made, its view's address, the sources line, and a caption (a story step's). */
export interface ExportInfo {
	madeAt: string;
	url: string;
	/** Who the drawn ties' evidence and figures come from, in a line ("Sources: …"). */
	sources?: string;
	caption?: { heading: string; text: string };
}
