import { dataset } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The dataset as JSON text, once: it is served (the default, or DATA=…) unchanged for the life of the process. */
const body = JSON.stringify(dataset);

/** GET /api/dataset.json: the validated dataset served, for the browser's own computations and for download. Not prerendered, so DATA=… at run time is what it gives. */
export const GET: RequestHandler = () =>
	new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' } });
