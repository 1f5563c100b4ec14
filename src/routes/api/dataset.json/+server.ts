import { datasetBody } from '$lib/server/bodies';
import type { RequestHandler } from './$types';

/** A file of the static build; made at start-up by the Node server (so DATA=… counts). */
export const prerender = __STATIC__;

/** GET /api/dataset.json: the validated dataset served, for the browser's own computations and for download. The Node server gives DATA=… at run time. */
export const GET: RequestHandler = ({ request }) => datasetBody.respond(request);
