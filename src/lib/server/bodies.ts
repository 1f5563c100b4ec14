/**
 * The bodies the app serves unchanged for the life of the process: the dataset, and the basemap as
 * SVG (the page's) and as JSON (for exports made in the browser). Made from the data served (the
 * default, or DATA=… at run time: not prerendered) and compressed at start-up (`hooks.server.ts`),
 * so that no first visitor waits for the compression.
 */
import { FRAME } from '$lib/layout/projection';
import { basemapLayer } from '$lib/render/basemap';
import { el } from '$lib/render/element';
import { svgDocument } from '$lib/render/serialise';
import { fixedBody } from './compress';
import { basemap, dataset } from './data';

/** The validated dataset as JSON text. */
export const datasetBody = fixedBody(JSON.stringify(dataset), {
	'content-type': 'application/json',
	'cache-control': 'public, max-age=300'
});

/** The projected basemap paths as JSON text. */
export const basemapJsonBody = fixedBody(JSON.stringify(basemap), {
	'content-type': 'application/json',
	'cache-control': 'public, max-age=86400'
});

/** The page's static basemap, drawn from the dataset served (its states' land is tinted); exports inline the same paths. */
export const basemapSvgBody = fixedBody(
	svgDocument(
		el(
			'svg',
			{ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${FRAME.width} ${FRAME.height}`, width: FRAME.width, height: FRAME.height },
			basemapLayer(
				basemap,
				dataset.actors.map((a) => a.isoNumeric)
			)
		)
	),
	{ 'content-type': 'image/svg+xml; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=86400' }
);

/** Start compressing every body (zlib's thread pool; the server answers meanwhile). */
export function precompressBodies(): void {
	for (const body of [datasetBody, basemapJsonBody, basemapSvgBody]) body.precompress();
}
