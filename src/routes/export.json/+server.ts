import { dataExportResponse } from '$lib/server/data-export';
import type { RequestHandler } from './$types';

/**
 * GET /export.json?…: the ties drawn in the view as JSON, with the dataset, the view, the years and the
 * codebook of the columns, as the page's "Export JSON" button saves them; `years=all` for every year,
 * `download=1` to save it. Only on the Node server: the static build's page makes the same file itself.
 */
export const GET: RequestHandler = ({ url, request }) => dataExportResponse(url, request, 'json');
