import { json } from '@sveltejs/kit';
import { parseEventQuery, queryEvents } from '$lib/data/events';
import { dataset, viewContext } from '$lib/server/data';
import { badRequest } from '$lib/server/respond';
import type { RequestHandler } from './$types';

/** GET /api/events?from=&to=&pair=&actor=&layer=: the dated evidence in date order, each with its short title and sources. */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseEventQuery(url.searchParams, viewContext);
	if (!parsed.ok) return badRequest(parsed.errors);
	const events = queryEvents(dataset, parsed.query);
	return json({ dataset: { name: dataset.meta.name, version: dataset.meta.version }, ...parsed.query, count: events.length, events });
};
