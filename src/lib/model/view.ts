/**
 * What a view is: the year, layers and weights, focus and the other settings a reader chooses. The
 * type lives below every folder that uses it (graph, layout, render, view, export), so none of
 * them imports another's module for it. The URL codec is `view/state.ts`.
 */
import { LAYERS, type Dataset, type Layer } from '../data/types';

export type Mode = 'layers' | 'composite';
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
		blocs: false
	};
}
