/** The server's answers: errors as JSON, a bad request (HTTP 400 naming each parameter), and an SVG export. */
import { cachedView } from './cache';
import { echo, viewErrorMessage, type ViewError } from '$lib/view/state';

/**
 * An error as JSON: `{ error, … }`. The text escapes <, > and & (as \u003c…), so a value echoed in a
 * message never comes back as markup, even to a client that ignores the content type.
 */
export function jsonError(
	status: number,
	body: { error: string } & Record<string, unknown>,
	headers: Record<string, string> = {}
): Response {
	const text = JSON.stringify(body).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
	return new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The API's answer to a bad request: HTTP 400 with `{ error, errors }` naming each parameter and what is allowed. */
export function badRequest(errors: readonly ViewError[]): Response {
	// At most 10 problems: a query of thousands of bad parameters must not get a reply many times its size.
	const shown = errors.slice(0, 10);
	return jsonError(400, { error: viewErrorMessage(errors), errors: shown, ...(errors.length > 10 ? { more: errors.length - 10 } : {}) });
}

/** An export's `download` parameter: true for 1 (save it), false for 0 or absent; anything else is an error added to `errors`. */
export function downloadParam(params: URLSearchParams, errors: ViewError[]): boolean {
	const download = params.get('download');
	if (download !== null && download !== '0' && download !== '1' && params.getAll('download').length === 1)
		errors.push({ param: 'download', error: `download=${echo(download)} is not allowed: download must be 0 or 1` });
	return download === '1';
}

/** Content-Disposition for an export: shown in the browser, or saved under `name`. */
export function disposition(download: boolean, name: string): string {
	return `${download ? 'attachment' : 'inline'}; filename="${name}"`;
}

/** The day (UTC) a server export says it was made: one view's export is the same bytes all day, so it can be cached. */
export function madeToday(): string {
	return new Date().toISOString().slice(0, 10);
}

/**
 * A standalone SVG export, from the view cache: inline, or as a download under `name`; sandboxed so a
 * browser opening it runs nothing. `key` names the view (the day is added, as the export carries it).
 */
export function svgResponse(
	request: Request,
	key: string,
	made: string,
	svg: () => string,
	name: string,
	download: boolean
): Promise<Response> {
	return cachedView(request, `${key} ${made}`, svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
			'content-disposition': disposition(download, name)
		},
		// Its "Made" day ends at midnight (UTC): then the address is computed anew.
		expires: Date.parse(made) + 24 * 60 * 60 * 1000
	});
}
