import { resolve } from '$app/paths';
import { badRequest, downloadParam, madeToday, svgResponse } from '$lib/server/respond';
import { exportFileName, exportSvg } from '$lib/export/svg';
import { basemap, dataset, serverSnapshot, viewContext } from '$lib/server/data';
import { publicOrigin } from '$lib/server/origin';
import { parseView, serialiseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/**
 * GET /export.svg?…: the same standalone SVG as the page's "Export SVG" button. `download=1` asks to save it.
 * It says the day it was made (the page's own downloads say the second), so it is cached like the JSON views.
 */
export const GET: RequestHandler = ({ url, request }) => {
	const parsed = parseView(url.searchParams, viewContext, ['download']);
	const errors = parsed.ok ? [] : [...parsed.errors];
	const download = downloadParam(url.searchParams, errors);
	if (!parsed.ok || errors.length) return badRequest(errors);
	const query = serialiseView(parsed.view, viewContext);
	const made = madeToday();
	const svg = () =>
		exportSvg(dataset, serverSnapshot(parsed.view), basemap, {
			madeAt: made,
			url: `${publicOrigin()}${resolve('/')}${query ? `?${query}` : ''}`
		});
	return svgResponse(request, `${dataset.meta.version} export ${query}`, made, svg, exportFileName(parsed.view, 'svg'), download);
};
