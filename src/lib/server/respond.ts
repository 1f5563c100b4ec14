/** The server's answers: a bad request (HTTP 400 naming each parameter), and an SVG export. */

/** The API's answer to a bad request: HTTP 400 with `{ error, errors }` naming each parameter and what is allowed. */
import { json } from '@sveltejs/kit';
import { cachedView } from './cache';
import { viewErrorMessage, type ViewError } from '$lib/view/state';

export function badRequest(errors: readonly ViewError[]): Response {
	// At most 10 problems: a query of thousands of bad parameters must not get a reply many times its size.
	const shown = errors.slice(0, 10);
	return json(
		{ error: viewErrorMessage(errors), errors: shown, ...(errors.length > 10 ? { more: errors.length - 10 } : {}) },
		{ status: 400 }
	);
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
		'content-type': 'image/svg+xml; charset=utf-8',
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
		'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${name}"`
	});
}
