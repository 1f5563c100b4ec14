import { resolve } from '$app/paths';
import { badRequest, svgResponse } from '$lib/server/respond';
import { exportFileName, exportSvg } from '$lib/export/svg';
import { basemap, dataset, serverSnapshot, viewContext } from '$lib/server/data';
import { publicOrigin } from '$lib/server/origin';
import { echo, parseView, serialiseView } from '$lib/view/state';
import type { RequestHandler } from './$types';

/** GET /export.svg?…: the same standalone SVG as the page's "Export SVG" button. `download=1` asks to save it. */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseView(url.searchParams, viewContext, ['download']);
	const errors = parsed.ok ? [] : [...parsed.errors];
	const download = url.searchParams.get('download');
	if (download !== null && download !== '0' && download !== '1') {
		errors.push({ param: 'download', error: `download=${echo(download)} is not allowed: download must be 0 or 1` });
	}
	if (!parsed.ok || errors.length) return badRequest(errors);
	const query = serialiseView(parsed.view, viewContext);
	const svg = exportSvg(dataset, serverSnapshot(parsed.view), basemap, {
		madeAt: new Date().toISOString(),
		url: `${publicOrigin()}${resolve('/')}${query ? `?${query}` : ''}`
	});
	const name = exportFileName(parsed.view, 'svg');
	return svgResponse(svg, name, download === '1');
};
