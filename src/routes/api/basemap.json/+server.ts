import { basemapJsonBody } from '$lib/server/bodies';
import type { RequestHandler } from './$types';

/** A file of the static build; made at start-up by the Node server (so DATA=… counts). */
export const prerender = __STATIC__;

/** GET /api/basemap.json: the projected basemap paths (the region's, so it follows DATA=… at run time), for exports made in the browser. */
export const GET: RequestHandler = ({ request }) => basemapJsonBody.respond(request);
