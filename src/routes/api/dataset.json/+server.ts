import { datasetBody } from '$lib/server/bodies';
import type { RequestHandler } from './$types';

/** GET /api/dataset.json: the validated dataset served, for the browser's own computations and for download. Not prerendered, so DATA=… at run time is what it gives. */
export const GET: RequestHandler = ({ request }) => datasetBody.respond(request);
