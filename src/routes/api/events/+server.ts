import { cachedJson } from '$lib/server/cache';
import { parseEventQuery, queryEvents } from '$lib/data/events';
import { dataset, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import type { RequestHandler } from './$types';

/** GET /api/events?from=&to=&pair=&actor=&layer=: the dated evidence in date order, each with its short title and sources. */
export const GET: RequestHandler = ({ url, request }) => {
	const parsed = parseEventQuery(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	const q = parsed.query;
	return cachedJson(request, `${dataset.meta.version} events ${q.from} ${q.to} ${q.pair ?? ''} ${q.actor ?? ''} ${q.layer ?? ''}`, () => {
		const events = queryEvents(dataset, q);
		return { dataset: { name: dataset.meta.name, version: dataset.meta.version }, ...q, count: events.length, events };
	});
};
