/**
 * What a view is: the year, layers and weights, focus and the other settings a reader chooses. The
 * type lives below every folder that uses it (graph, layout, render, view, export), so none of
 * them imports another's module for it. The URL codec is `view/state.ts`.
 */
import { LAYERS, type Dataset, type Layer } from '../data/types';

export type Mode = 'layers' | 'composite';

/** The export's page: `page` (the frame with its header and footer), a 16:9 slide, A4 either way (in mm), a square. */
export const EXPORT_SIZES = ['page', 'slide', 'a4-landscape', 'a4-portrait', 'square'] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];

/** The most characters a title or a note may have (the export shows no more). */
export const CAPTION_MAX = 280;

/** A region of the map in frame units (the page's zoom and pan): left, top, right, bottom. */
export interface Extent {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
export type Weights = Record<Layer, number>;

export interface ViewState {
	year: number;
	layers: Layer[];
	weights: Weights;
	focus: string | null;
	geo: number;
	mode: Mode;
	min: number;
	/** A second year: the drawing shows the change from it to `year`; null for none. */
	compare: number | null;
	/** The states drawn (in the dataset's order); null for all. The others and their ties are left out. */
	states: string[] | null;
	/** Draw the year's blocs (communities of the net-cooperation network) on the map. */
	blocs: boolean;
	/** The region of the map shown (the page's zoom, URL `view`); null for the whole frame. */
	extent: Extent | null;
	/** The export's size. */
	size: ExportSize;
	/** A title in place of the automatic one, and a caption under it; null for none. */
	title: string | null;
	note: string | null;
}

/** What the codec needs to know of the dataset: its years and its actor ids. */
export interface ViewContext {
	years: { from: number; to: number };
	actorIds: readonly string[];
	/** The year a view without `year` shows (the latest year with complete data); the last year if absent. */
	defaultYear?: number;
}

export const DEFAULT_WEIGHTS: Weights = Object.freeze({ military: 1, trade: 1, tension: 1 });
export const DEFAULT_GEO = 0.7;

/** The view context of a dataset (anything with its years and actors). */
export function viewContext(dataset: {
	meta: Pick<Dataset['meta'], 'years'>;
	actors: readonly { id: string }[];
	defaultYear?: number;
}): ViewContext {
	const ctx: ViewContext = { years: dataset.meta.years, actorIds: dataset.actors.map((a) => a.id) };
	if (dataset.defaultYear !== undefined) ctx.defaultYear = dataset.defaultYear;
	return ctx;
}

export function defaultView(ctx: ViewContext): ViewState {
	return {
		year: ctx.defaultYear ?? ctx.years.to,
		layers: [...LAYERS],
		weights: { ...DEFAULT_WEIGHTS },
		focus: null,
		geo: DEFAULT_GEO,
		mode: 'layers',
		min: 0,
		compare: null,
		states: null,
		blocs: false,
		extent: null,
		size: 'page',
		title: null,
		note: null
	};
}

/** What a view's graph and layout depend on: the view without its zoom and export settings (two views alike in this share one layout). */
export function layoutView(view: ViewState): ViewState {
	return { ...view, extent: null, size: 'page', title: null, note: null };
}
