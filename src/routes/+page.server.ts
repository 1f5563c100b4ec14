import { error } from '@sveltejs/kit';
import { anchors, dataset, defaultYear, serverSnapshot, viewContext } from '$lib/server/data';
import { stories } from '$lib/server/stories';
import { publicOrigin } from '$lib/server/origin';
import { queryEvents } from '$lib/data/events';
import { focusDetails } from '$lib/view/details';
import { timelineEvents, timelineLayout } from '$lib/view/timeline';
import { parseView, viewErrorMessage } from '$lib/view/state';
import { defaultView } from '$lib/model/view';
import type { PageServerLoad } from './$types';

/** The states' ids by name, as the focus menu lists them: sorted here, so the page needs no collator to start (its first use costs tens of milliseconds). */
const byName = [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => a.id);

/** The first view is computed on the server, so map, states and ties are in the HTML before any script runs. */
export const load: PageServerLoad = ({ url }) => {
	const data = url.searchParams.get('data');
	// data=local: the view belongs to a dataset kept in the reader's browser, which this server never
	// sees. Draw the default view; the page restores the dataset and its view from the address bar.
	const local = data === 'local' && url.searchParams.getAll('data').length === 1;
	const parsed = local ? { ok: true as const, view: defaultView(viewContext) } : parseView(url.searchParams, viewContext, ['data']);
	if (!parsed.ok) error(400, viewErrorMessage(parsed.errors));
	if (data !== null && !local)
		error(400, `data=${JSON.stringify(data.slice(0, 100))} is not allowed: data must be local (a dataset loaded in this browser)`);
	const snapshot = serverSnapshot(parsed.view);
	const { years } = viewContext;
	// The events timeline is drawn once the page has the dataset; its height is known now, so the page
	// keeps the room for it and nothing below moves when it arrives.
	const events = timelineEvents(queryEvents(dataset, years), { actor: parsed.view.focus, states: parsed.view.states, from: years.from });
	return {
		meta: dataset.meta,
		defaultYear,
		anchors,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		byName,
		snapshot,
		stories: stories.map((s) => ({ slug: s.slug, title: s.title, steps: s.steps.length })),
		details: parsed.view.focus ? focusDetails(dataset, snapshot.graph, parsed.view.focus) : null,
		timelineHeight: events.length ? timelineLayout(events, years).height : null,
		local,
		/** The configured origin for absolute links in exports ("" for relative ones), as the server's exports use. */
		origin: publicOrigin()
	};
};
