import { error } from '@sveltejs/kit';
import { anchors, dataset, defaultYear, serverSnapshot, viewContext } from '$lib/server/data';
import { parseView, serialiseView, viewErrorMessage } from '$lib/view/state';
import { defaultView } from '$lib/model/view';
import type { PageServerLoad } from './$types';

/**
 * The static build writes the default view's embed (/embed/); the page draws any other view its address
 * asks for in the browser, as the dashboard does there. The Node server draws every view, and the page
 * needs no script at all.
 */
export const prerender = __STATIC__;
export const csr = __STATIC__;

/** The embed view: the query is a view, the same as the dashboard's (a bad one gets the same 400). */
export const load: PageServerLoad = ({ url }) => {
	const parsed = __STATIC__ ? { ok: true as const, view: defaultView(viewContext) } : parseView(url.searchParams, viewContext);
	if (!parsed.ok) error(400, viewErrorMessage(parsed.errors));
	return {
		meta: dataset.meta,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		snapshot: serverSnapshot(parsed.view),
		query: serialiseView(parsed.view, viewContext),
		// What the static build's page needs to draw another view itself.
		anchors,
		defaultYear
	};
};
