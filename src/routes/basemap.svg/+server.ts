import { basemapSvgBody } from '$lib/server/bodies';
import type { RequestHandler } from './$types';

/** A file of the static build; made at start-up by the Node server (so DATA=… counts). */
export const prerender = __STATIC__;

/** GET /basemap.svg: the page's static basemap (exports inline the same paths), cached by the browser; drawn once per process, so DATA=… at run time counts. */
export const GET: RequestHandler = ({ request }) => basemapSvgBody.respond(request);
