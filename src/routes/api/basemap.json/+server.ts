import { basemap } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The basemap as JSON text, once: the region's, so it follows DATA=… at run time (not prerendered). */
const body = JSON.stringify(basemap);

/** GET /api/basemap.json: the projected basemap paths, for exports made in the browser. */
export const GET: RequestHandler = () =>
	new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' } });
