import { cachedJson } from '$lib/server/cache';
import { standings } from '$lib/graph/measures';
import { dataset, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import { parseView, serialiseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/**
 * GET /api/states?year=Y[&layers=…&weights=…&states=…]: each state's total cooperation and tension
 * (weighted as in the view), its eigenvector centrality and its bloc. Definitions: docs/data.md.
 */
export const GET: RequestHandler = ({ url, request }) => {
	const parsed = parseView(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	const { view } = parsed;
	return cachedJson(request, `${dataset.meta.version} states ${serialiseView(view, viewContext)}`, () => ({
		dataset: { name: dataset.meta.name, version: dataset.meta.version },
		layers: view.layers,
		weights: view.weights,
		...standings(dataset, view)
	}));
};
