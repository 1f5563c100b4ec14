import { cachedJson } from '$lib/server/cache';
import { networkJson } from './network';
import { dataset, serverSnapshot, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import { parseView, serialiseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/** GET /api/network?year=…: the view's actors (with positions) and ties (with scores, weight, trade, evidence). */
export const GET: RequestHandler = ({ url, request }) => {
	const parsed = parseView(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	const key = `${dataset.meta.version} network ${serialiseView(parsed.view, viewContext)}`;
	return cachedJson(request, key, () => networkJson(dataset, serverSnapshot(parsed.view)));
};
