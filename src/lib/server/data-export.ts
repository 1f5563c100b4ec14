/**
 * GET /export.csv and /export.json: a view's data export (`export/data.ts`), the same bytes as the
 * page's "Export data" and "Export JSON" buttons; and GET /export/codebook.csv, what each column means.
 * Both come from the view cache (an ETag, 304, compression), keyed by the view's canonical query.
 */
import { echo } from '$lib/data/validate';
import { CODEBOOK_FILE_NAME, codebookCsv, DATA_TYPES, dataExport, dataFileName } from '$lib/export/data';
import { parseView, serialiseView, type ViewError } from '$lib/view/state';
import { cachedView } from './cache';
import { dataset, viewContext } from './data';
import { badRequest, disposition, downloadParam } from './respond';

/** A view's export as CSV or JSON: the view's parameters, `years=all` for every year, `download=1` to save it. */
export function dataExportResponse(url: URL, request: Request, format: 'csv' | 'json'): Response | Promise<Response> {
	const params = url.searchParams;
	const parsed = parseView(params, viewContext, ['years', 'download']);
	const errors: ViewError[] = parsed.ok ? [] : [...parsed.errors];
	const years = params.get('years');
	if (years !== null && years !== 'all' && params.getAll('years').length === 1) {
		errors.push({
			param: 'years',
			error: `years=${echo(years)} is not allowed: years must be all (every year of the dataset), or left out for the view's year`
		});
	}
	const download = downloadParam(params, errors);
	if (!parsed.ok || errors.length) return badRequest(errors);
	const view = parsed.view;
	const all = years === 'all';
	const key = `${dataset.meta.version} export.${format} ${serialiseView(view, viewContext)}${all ? ' years=all' : ''}`;
	return cachedView(request, key, () => dataExport(dataset, view, format, all).text, {
		headers: { 'content-type': DATA_TYPES[format], 'content-disposition': disposition(download, dataFileName(view, format, all)) }
	});
}

/** The codebook as CSV (the same for every view and dataset); `download=1` to save it. */
export function codebookResponse(params: URLSearchParams, request: Request): Response | Promise<Response> {
	const unknown = [...new Set(params.keys())].filter((k) => k !== 'download');
	const errors: ViewError[] = unknown.map((k) => ({ param: k, error: `unknown parameter ${echo(k)}; allowed: download` }));
	const download = downloadParam(params, errors);
	if (errors.length) return badRequest(errors);
	return cachedView(request, 'export codebook.csv', codebookCsv, {
		headers: { 'content-type': DATA_TYPES.csv, 'content-disposition': disposition(download, CODEBOOK_FILE_NAME) }
	});
}
