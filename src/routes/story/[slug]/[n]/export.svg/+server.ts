import { resolve } from '$app/paths';
import { exportFileName, exportSvg } from '$lib/export/svg';
import { basemap, dataset, serverSnapshot } from '$lib/server/data';
import { publicOrigin } from '$lib/server/origin';
import { badRequest, downloadParam, jsonError, madeToday, svgResponse } from '$lib/server/respond';
import { locateStep, stepCaption } from '$lib/server/story-step';
import { echo } from '$lib/view/state';
import type { RequestHandler } from './$types';

/** A file of the static build, which cannot read a query: there the link's `download` attribute asks to save it. */
export const prerender = __STATIC__;

/** GET /story/<slug>/<n>/export.svg[?download=1]: the step's view as the standalone SVG, carrying the step's caption. */
export const GET: RequestHandler = ({ params, url, request }) => {
	const found = locateStep(params.slug, params.n);
	if ('error' in found) return jsonError(404, { error: found.error });
	const { story, step, index } = found;
	const query = __STATIC__ ? new URLSearchParams() : url.searchParams;
	const errors = [...new Set(query.keys())]
		.filter((k) => k !== 'download')
		.map((k) => ({ param: k, error: `unknown parameter ${echo(k)}; a story step's export takes only download=0 or 1` }));
	const download = downloadParam(query, errors);
	if (errors.length) return badRequest(errors);
	const made = madeToday();
	const svg = () =>
		exportSvg(dataset, serverSnapshot(step.parsed), basemap, {
			madeAt: made,
			url: `${publicOrigin()}${resolve('/story/[slug]/[n]', { slug: story.slug, n: String(index + 1) })}`,
			caption: stepCaption(story, index)
		});
	const name = exportFileName(step.parsed, 'svg').replace('alliance-atlas-', `alliance-atlas-${story.slug}-${index + 1}-`);
	return svgResponse(request, `${dataset.meta.version} story ${story.slug} ${index}`, made, svg, name, download);
};
