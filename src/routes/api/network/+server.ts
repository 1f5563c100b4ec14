import { json } from '@sveltejs/kit';
import { networkJson } from './network';
import { dataset, serverSnapshot, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import { parseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/** GET /api/network?year=…: the view's actors (with positions) and ties (with scores, weight, trade, evidence). */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseView(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	return json(networkJson(dataset, serverSnapshot(parsed.view)));
};
