/** The dashboard page's data for a view, computed on the server: the same for `/?…` and a year's own page `/year/<Y>/`. */
import { anchors, dataset, defaultYear, serverSnapshot, viewContext } from '$lib/server/data';
import { stories } from '$lib/server/stories';
import { publicOrigin } from '$lib/server/origin';
import { focusDetails } from '$lib/view/details';
import { queryEvents } from '$lib/data/events';
import { timelineEvents, timelineLayout } from '$lib/view/timeline';
import type { ViewState } from '$lib/model/view';

/** The states' ids by name, as the focus menu lists them: sorted here, so the page needs no collator to start (its first use costs tens of milliseconds). */
const byName = [...dataset.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => a.id);

/**
 * `local`: the address names a dataset kept in the reader's browser (data=local), so `view` is the
 * default and the page restores the rest.
 */
export function pageData(view: ViewState, options: { local?: boolean } = {}) {
	const snapshot = serverSnapshot(view);
	const { years } = viewContext;
	// The events timeline is drawn once the page has the dataset; its height is known now, so the page
	// keeps the room for it and nothing below moves when it arrives.
	const events = timelineEvents(queryEvents(dataset, years), { actor: view.focus, states: view.states, from: years.from });
	return {
		meta: dataset.meta,
		defaultYear,
		anchors,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		byName,
		snapshot,
		stories: stories.map((s) => ({ slug: s.slug, title: s.title, steps: s.steps.length })),
		details: view.focus ? focusDetails(dataset, snapshot.graph, view.focus) : null,
		timelineHeight: events.length ? timelineLayout(events, years).height : null,
		local: options.local ?? false,
		/** The configured origin for absolute links in exports ("" for relative ones), as the server's exports use. */
		origin: publicOrigin()
	};
}
