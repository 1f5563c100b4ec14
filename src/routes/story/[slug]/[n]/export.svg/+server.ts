import { resolve } from '$app/paths';
import { exportFileName, exportSvg } from '$lib/export/svg';
import { basemap, dataset, serverSnapshot } from '$lib/server/data';
import { publicOrigin } from '$lib/server/origin';
import { badRequest, svgResponse } from '$lib/server/respond';
import { findStep, stepCaption } from '$lib/server/story-step';
import { echo } from '$lib/view/state';
import type { RequestHandler } from './$types';

/** GET /story/<slug>/<n>/export.svg[?download=1]: the step's view as the standalone SVG, carrying the step's caption. */
export const GET: RequestHandler = ({ params, url }) => {
	const { story, step, index } = findStep(params.slug, params.n);
	const errors = [...new Set(url.searchParams.keys())]
		.filter((k) => k !== 'download')
		.map((k) => ({ param: k, error: `unknown parameter ${echo(k)}; a story step's export takes only download=0 or 1` }));
	const download = url.searchParams.get('download');
	if (download !== null && download !== '0' && download !== '1')
		errors.push({ param: 'download', error: `download=${echo(download)} is not allowed: download must be 0 or 1` });
	if (errors.length) return badRequest(errors);
	const svg = exportSvg(dataset, serverSnapshot(step.parsed), basemap, {
		madeAt: new Date().toISOString(),
		url: `${publicOrigin()}${resolve('/story/[slug]/[n]', { slug: story.slug, n: String(index + 1) })}`,
		caption: stepCaption(story, index)
	});
	const name = exportFileName(step.parsed, 'svg').replace('alliance-atlas-', `alliance-atlas-${story.slug}-${index + 1}-`);
	return svgResponse(svg, name, download === '1');
};
