import { basemap } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The basemap as JSON text, once: the region's, so on the Node server it follows DATA=… at run time. */
const body = JSON.stringify(basemap);

/** A file of the static build; computed at run time by the Node server (so DATA=… counts). */
export const prerender = __STATIC__;

/** GET /api/basemap.json: the projected basemap paths, for exports made in the browser. */
export const GET: RequestHandler = () =>
	new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' } });
