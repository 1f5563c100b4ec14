/**
 * Start-up: a dataset given by `DATA=` that does not validate stops the server with its messages (exit 1);
 * else the bodies served unchanged (dataset, basemap) are compressed.
 * Every request: only GET and HEAD (else 405 JSON with `Allow`), a query string of at most 4 KB (else
 * 414 JSON), the security headers on every response the app makes, and pages compressed.
 */
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { capMessages } from '$lib/cli/read';
import { dataErrors, dataPath, dataset, viewContext } from '$lib/server/data';
import { parseView, serialiseView } from '$lib/view/state';
import { jsonError } from '$lib/server/respond';
import { cachedPage } from '$lib/server/cache';
import securityHeaders from '$lib/server/security-headers.json';
import { precompressBodies } from '$lib/server/bodies';
import { compressPage } from '$lib/server/compress';
import { isFrameable, securityHeadersFor, withFrameAncestors } from '$lib/server/framing';

export const init: ServerInit = () => {
	if (dataErrors) {
		process.stderr.write(`DATA=${dataPath}: ${dataErrors.length} error(s); not serving it\n${capMessages(dataErrors).join('\n')}\n`);
		process.exit(1);
	}
	if (dataPath) process.stdout.write(`Serving ${dataset.meta.name}, version ${dataset.meta.version}, from DATA=${dataPath}\n`);
	// The dataset and the basemap are compressed now, in the background: no first visitor waits for it.
	precompressBodies();
};

/** The routes whose pages are rendered once per address (see cachedPage). */
const CACHED_PAGES = new Set(['/', '/embed', '/story/[slug]', '/story/[slug]/[n]']);
/** The routes whose whole query is a view: the dashboard and its embed. */
const VIEW_PAGES = new Set(['/', '/embed']);

/**
 * What a page is cached under: the method (a HEAD is kept apart), page or data, and the dashboard's
 * (or its embed's) view in canonical form (so ?geo=0.30&year=2011 and ?year=2011&geo=0.3 share one),
 * else the address.
 */
function pageKey(event: RequestEvent): string {
	const kind = `${event.request.method} ${event.isDataRequest ? 'data' : 'page'}`;
	const route = event.route.id;
	if (route !== null && VIEW_PAGES.has(route) && !event.isDataRequest && event.url.searchParams.get('data') === null) {
		const parsed = parseView(event.url.searchParams, viewContext);
		if (parsed.ok) return `${kind} ${route} ${serialiseView(parsed.view, viewContext)}`;
	}
	// The address as sent: a data request's own parameters (x-sveltekit-invalidated) change its answer.
	const sent = new URL(event.request.url);
	return `${kind} ${sent.pathname}${sent.search}`;
}

/**
 * The longest query string answered: a view's longest is its title and note, 280 characters each,
 * which percent-encoded take up to 12 characters apiece (6,720), plus the rest (well under 1 KB).
 */
export const MAX_QUERY = 8192;

/**
 * Headers on every response: no sniffing, no referrer beyond the origin, no powers the app does not use,
 * no framing (but for the embed view: src/lib/server/framing.js), no opener. One list, which the builds
 * also put on their static files (svelte.config.js).
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
	// No modulepreload Link header for the page's JS: it would start ~80 KB of scripts ahead of the HTML's
	// own basemap on a slow connection. The scripts load when the HTML has been read (its last script
	// imports them) and the first screen — server-drawn — needs none of them to appear.
	// Only the embed view may be framed, by any site; its CSP says so before the page is cached, so an
	// answer from the cache (here or in the server's first middleware) says the same.
	const frameable = isFrameable(event.url.pathname, base);
	const render = async () => {
		const response = await resolve(event, { preload: ({ type }) => type !== 'js' });
		const csp = response.headers.get('content-security-policy');
		if (frameable && csp) response.headers.set('content-security-policy', withFrameAncestors(csp, true));
		return response;
	};
	// The dashboard's and the stories' pages, and their data for client navigations, are rendered in
	// the view cache's queue and kept (see pageKey); prerendering renders each once anyway.
	const response =
		!building && event.route.id !== null && CACHED_PAGES.has(event.route.id)
			? await cachedPage(event.request, pageKey(event), render)
			: await render();
	for (const [name, value] of Object.entries(securityHeadersFor(SECURITY_HEADERS, frameable)))
		if (!response.headers.has(name)) response.headers.set(name, value);
	// Pages change with the data and the code: a cache must ask again before reusing one.
	const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
	if (!response.headers.has('cache-control') && html) response.headers.set('cache-control', 'no-cache');
	// Pages go out compressed (the built server compresses only its static files).
	return html ? compressPage(event.request, response) : response;
};
