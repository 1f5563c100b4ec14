/** The dashboard page's data for a view, computed on the server: the same for `/?…` and a year's own page `/year/<Y>/`. */
import { anchors, dataset, defaultYear, serverSnapshot } from '$lib/server/data';
import { stories } from '$lib/server/stories';
import { publicOrigin } from '$lib/server/origin';
import { focusDetails } from '$lib/view/details';
import type { ViewState } from '$lib/model/view';

/**
 * `local`: the address names a dataset kept in the reader's browser (data=local), so `view` is the
 * default and the page restores the rest.
 */
export function pageData(view: ViewState, options: { local?: boolean } = {}) {
	const snapshot = serverSnapshot(view);
	return {
		meta: dataset.meta,
		defaultYear,
		anchors,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		snapshot,
		stories: stories.map((s) => ({ slug: s.slug, title: s.title, steps: s.steps.length })),
		details: view.focus ? focusDetails(dataset, snapshot.graph, view.focus) : null,
		local: options.local ?? false,
		/** The configured origin for absolute links in exports ("" for relative ones), as the server's exports use. */
		origin: publicOrigin()
	};
}
