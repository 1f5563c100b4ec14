/** The server's answers: a bad request (HTTP 400 naming each parameter), and an SVG export. */

/** The API's answer to a bad request: HTTP 400 with `{ error, errors }` naming each parameter and what is allowed. */
import { json } from '@sveltejs/kit';
import { viewErrorMessage, type ViewError } from '$lib/view/state';

export function badRequest(errors: readonly ViewError[]): Response {
	// At most 10 problems: a query of thousands of bad parameters must not get a reply many times its size.
	const shown = errors.slice(0, 10);
	return json(
		{ error: viewErrorMessage(errors), errors: shown, ...(errors.length > 10 ? { more: errors.length - 10 } : {}) },
		{ status: 400 }
	);
}

/** A standalone SVG export: inline, or as a download under `name`; sandboxed so a browser opening it runs nothing. */
export function svgResponse(svg: string, name: string, download: boolean): Response {
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
			'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
}
