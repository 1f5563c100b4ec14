import { dataset } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The dataset as JSON text, once: it is served (the default, or DATA=…) unchanged for the life of the process. */
const body = JSON.stringify(dataset);

/** A file of the static build; computed at run time by the Node server (so DATA=… counts). */
export const prerender = __STATIC__;

/** GET /api/dataset.json: the validated dataset served, for the browser's own computations and for download. The Node server gives DATA=… at run time. */
export const GET: RequestHandler = () =>
	new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' } });
