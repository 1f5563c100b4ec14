import { codebookResponse } from '$lib/server/data-export';
import type { RequestHandler } from './$types';

/** A file of the static build too: the codebook depends on no view and no dataset. */
export const prerender = __STATIC__;

/** GET /export/codebook.csv: what each column of /export.csv and /export.json means, as CSV; `download=1` to save it. */
// (A prerendered route may not read its query: the static build's file has none.)
export const GET: RequestHandler = ({ url, request }) => codebookResponse(__STATIC__ ? new URLSearchParams() : url.searchParams, request);
