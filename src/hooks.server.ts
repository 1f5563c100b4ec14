/**
 * Start-up: a dataset given by `DATA=` that does not validate stops the server with its messages (exit 1);
 * else the bodies served unchanged (dataset, basemap) are compressed.
 * Every request: only GET and HEAD (else 405 JSON with `Allow`), a query string of at most 4 KB (else
 * 414 JSON), the security headers on every response the app makes, and pages compressed.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { capMessages } from '$lib/cli/read';
import { precompressBodies } from '$lib/server/bodies';
import { compressPage } from '$lib/server/compress';
import { dataErrors, dataPath, dataset } from '$lib/server/data';

export const init: ServerInit = () => {
	if (dataErrors) {
		process.stderr.write(`DATA=${dataPath}: ${dataErrors.length} error(s); not serving it\n${capMessages(dataErrors).join('\n')}\n`);
		process.exit(1);
	}
	if (dataPath) process.stdout.write(`Serving ${dataset.meta.name}, version ${dataset.meta.version}, from DATA=${dataPath}\n`);
	// The dataset and the basemap are compressed now, in the background: no first visitor waits for it.
	precompressBodies();
};

/** The longest query string answered; a view's is well under 1 KB. */
export const MAX_QUERY = 4096;

/** Headers on every response: no sniffing, no referrer beyond the origin, no powers the app does not use, no framing, no opener. */
export const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify({ error }), {
		status,
		headers: { 'content-type': 'application/json', ...SECURITY_HEADERS, ...headers }
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	const { method } = event.request;
	if (method !== 'GET' && method !== 'HEAD')
		return jsonError(405, `${method.slice(0, 20)} is not allowed here; use GET or HEAD`, { allow: 'GET, HEAD' });
	if (event.url.search.length > MAX_QUERY)
		return jsonError(414, `the query string is ${event.url.search.length} characters long; at most ${MAX_QUERY}`);
	// No modulepreload Link header for the page's JS: it would start ~80 KB of scripts ahead of the HTML's
	// own basemap on a slow connection. The scripts load when the HTML has been read (its last script
	// imports them) and the first screen — server-drawn — needs none of them to appear.
	const response = await resolve(event, { preload: ({ type }) => type !== 'js' });
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
	// Pages change with the data and the code: a cache must ask again before reusing one.
	const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
	if (!response.headers.has('cache-control') && html) response.headers.set('cache-control', 'no-cache');
	// Pages go out compressed (the built server compresses only its static files).
	return html ? compressPage(event.request, response) : response;
};
