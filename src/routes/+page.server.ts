import { error } from '@sveltejs/kit';
import { anchors, dataset, defaultYear, serverSnapshot, viewContext } from '$lib/server/data';
import { stories } from '$lib/server/stories';
import { focusDetails } from '$lib/view/details';
import { parseView, viewErrorMessage } from '$lib/view/state';
import type { PageServerLoad } from './$types';

/** The first view is computed on the server, so map, states and ties are in the HTML before any script runs. */
export const load: PageServerLoad = ({ url }) => {
	const parsed = parseView(url.searchParams, viewContext);
	if (!parsed.ok) error(400, viewErrorMessage(parsed.errors));
	const snapshot = serverSnapshot(parsed.view);
	return {
		meta: dataset.meta,
		defaultYear,
		anchors,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		snapshot,
		stories: stories.map((s) => ({ slug: s.slug, title: s.title, steps: s.steps.length })),
		details: parsed.view.focus ? focusDetails(dataset, snapshot.graph, parsed.view.focus) : null
	};
};
