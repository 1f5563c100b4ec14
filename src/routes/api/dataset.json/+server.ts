import { fixedBody } from '$lib/server/compress';
import { dataset } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** The dataset as JSON text, once: it is served (the default, or DATA=…) unchanged for the life of the process; compressed once per encoding. */
const send = fixedBody(JSON.stringify(dataset), { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });

/** GET /api/dataset.json: the validated dataset served, for the browser's own computations and for download. Not prerendered, so DATA=… at run time is what it gives. */
export const GET: RequestHandler = ({ request }) => send(request);
