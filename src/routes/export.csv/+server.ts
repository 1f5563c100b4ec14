import { dataExportResponse } from '$lib/server/data-export';
import type { RequestHandler } from './$types';

/**
 * GET /export.csv?…: the ties drawn in the view as CSV (UTF-8 with a byte-order mark), as the page's
 * "Export data" button saves them; `years=all` for every year under the view, `download=1` to save it.
 * Only on the Node server: the static build's page makes the same file itself.
 */
export const GET: RequestHandler = ({ url, request }) => dataExportResponse(url, request, 'csv');
