import { error } from '@sveltejs/kit';
import { viewContext } from '$lib/server/data';
import { pageData } from '$lib/server/page';
import { parseView, viewErrorMessage } from '$lib/view/state';
import { defaultView } from '$lib/model/view';
import type { PageServerLoad } from './$types';

/** The static build writes the default view's page; the page computes any other view itself. */
export const prerender = __STATIC__;

/** The first view is computed on the server, so map, states and ties are in the HTML before any script runs. */
export const load: PageServerLoad = ({ url }) => {
	if (__STATIC__) return pageData(defaultView(viewContext));
	const data = url.searchParams.get('data');
	// data=local: the view belongs to a dataset kept in the reader's browser, which this server never
	// sees. Draw the default view; the page restores the dataset and its view from the address bar.
	const local = data === 'local' && url.searchParams.getAll('data').length === 1;
	const parsed = local ? { ok: true as const, view: defaultView(viewContext) } : parseView(url.searchParams, viewContext, ['data']);
	if (!parsed.ok) error(400, viewErrorMessage(parsed.errors));
	if (data !== null && !local)
		error(400, `data=${JSON.stringify(data.slice(0, 100))} is not allowed: data must be local (a dataset loaded in this browser)`);
	return pageData(parsed.view, { local });
};
