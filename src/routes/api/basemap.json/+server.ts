import { json } from '@sveltejs/kit';
import { basemap } from '$lib/server/data';
import type { RequestHandler } from './$types';

/** Written to a static file at build time (and served precompressed). */
export const prerender = true;

/** GET /api/basemap.json: the projected basemap paths, for exports made in the browser. */
export const GET: RequestHandler = () => json(basemap, { headers: { 'cache-control': 'public, max-age=86400' } });
