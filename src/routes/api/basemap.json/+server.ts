import { fixedBody } from '$lib/server/compress';
import { basemap } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The basemap as JSON text, once: the region's, so it follows DATA=… at run time (not prerendered); compressed once per encoding. */
const send = fixedBody(JSON.stringify(basemap), { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' });

/** GET /api/basemap.json: the projected basemap paths, for exports made in the browser. */
export const GET: RequestHandler = ({ request }) => send(request);
