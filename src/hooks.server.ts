/**
 * Start-up: a dataset given by `DATA=` that does not validate stops the server with its messages (exit 1).
 * Every request: only GET and HEAD (else 405 JSON with `Allow`), a query string of at most 4 KB (else
 * 414 JSON), and the security headers on every response the app makes.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { capMessages } from '$lib/cli/read';
import { dataErrors, dataPath, dataset } from '$lib/server/data';
import { jsonError } from '$lib/server/respond';
import { cachedPage } from '$lib/server/cache';
import securityHeaders from '$lib/server/security-headers.json';

export const init: ServerInit = () => {
	if (dataErrors) {
		process.stderr.write(`DATA=${dataPath}: ${dataErrors.length} error(s); not serving it\n${capMessages(dataErrors).join('\n')}\n`);
		process.exit(1);
	}
	if (dataPath) process.stdout.write(`Serving ${dataset.meta.name}, version ${dataset.meta.version}, from DATA=${dataPath}\n`);
};

/** The routes whose pages are rendered once per address (see cachedPage). */
const CACHED_PAGES = new Set(['/', '/story/[slug]', '/story/[slug]/[n]']);

/** The longest query string answered; a view's is well under 1 KB. */
export const MAX_QUERY = 4096;

/**
 * Headers on every response: no sniffing, no referrer beyond the origin, no powers the app does not use,
 * no framing, no opener. One list, which the builds also put on their static files (svelte.config.js).
 */
export const SECURITY_HEADERS: Record<string, string> = securityHeaders;

export const handle: Handle = async ({ event, resolve }) => {
	const { method } = event.request;
	if (method !== 'GET' && method !== 'HEAD')
		return jsonError(
			405,
			{ error: `${method.slice(0, 20)} is not allowed here; use GET or HEAD` },
			{ ...SECURITY_HEADERS, allow: 'GET, HEAD' }
		);
	// (Prerendering has no query, and may not ask for one.)
	if (!building && event.url.search.length > MAX_QUERY)
		return jsonError(
			414,
			{ error: `the query string is ${event.url.search.length} characters long; at most ${MAX_QUERY}` },
			SECURITY_HEADERS
		);
	// The dashboard's and the stories' pages are cached by address (their data requests are not).
	const page = method === 'GET' && !event.isDataRequest && event.route.id !== null && CACHED_PAGES.has(event.route.id);
	const response = page
		? await cachedPage(event.request, `page ${event.url.pathname}${event.url.search}`, () => resolve(event))
		: await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
	// Pages change with the data and the code: a cache must ask again before reusing one.
	if (!response.headers.has('cache-control') && (response.headers.get('content-type') ?? '').startsWith('text/html'))
		response.headers.set('cache-control', 'no-cache');
	return response;
};
