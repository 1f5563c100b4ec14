import { json } from '@sveltejs/kit';
import { dataset } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** Written to a static file at build time (and served precompressed). */
export const prerender = true;

/** GET /api/dataset.json: the validated default dataset, for the browser's own computations and for download. */
export const GET: RequestHandler = () => json(dataset, { headers: { 'cache-control': 'public, max-age=300' } });
