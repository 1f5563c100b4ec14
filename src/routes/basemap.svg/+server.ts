import { FRAME } from '$lib/layout/projection';
import { basemapLayer } from '$lib/render/basemap';
import { el } from '$lib/render/element';
import { svgDocument } from '$lib/render/serialise';
import { fixedBody } from '$lib/server/compress';
import { basemap, dataset } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** Drawn once per process from the dataset served (its states' land is tinted): not prerendered, so DATA=… at run time counts. */
const body = svgDocument(
	el(
		'svg',
		{ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${FRAME.width} ${FRAME.height}`, width: FRAME.width, height: FRAME.height },
		basemapLayer(
			basemap,
			dataset.actors.map((a) => a.isoNumeric)
		)
	)
);

/** Compressed once per encoding. */
const send = fixedBody(body, {
	'content-type': 'image/svg+xml; charset=utf-8',
	'x-content-type-options': 'nosniff',
	'cache-control': 'public, max-age=86400'
});

/** GET /basemap.svg: the page's static basemap (exports inline the same paths), cached by the browser. */
export const GET: RequestHandler = ({ request }) => send(request);
