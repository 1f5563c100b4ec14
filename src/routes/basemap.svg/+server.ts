import { basemapSvgBody } from '$lib/server/bodies';
import type { RequestHandler } from './$types';

/** GET /basemap.svg: the page's static basemap (exports inline the same paths), cached by the browser; drawn once per process, so DATA=… at run time counts. */
export const GET: RequestHandler = ({ request }) => basemapSvgBody.respond(request);
