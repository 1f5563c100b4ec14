import { json } from '@sveltejs/kit';
import { standings } from '$lib/graph/measures';
import { dataset, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import { parseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/**
 * GET /api/states?year=Y[&layers=…&weights=…&states=…]: each state's total cooperation and tension
 * (weighted as in the view), its eigenvector centrality and its bloc. Definitions: docs/data.md.
 */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseView(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	const { view } = parsed;
	return json({
		dataset: { name: dataset.meta.name, version: dataset.meta.version },
		layers: view.layers,
		weights: view.weights,
		...standings(dataset, view)
	});
};
