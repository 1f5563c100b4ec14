/**
 * Who may frame what the app serves: one rule, in plain JavaScript so that svelte.config.js can use it
 * too. The embed view (`/embed`, a minimal view made to be put in an `<iframe>` on any site) may be
 * framed by any site; nothing else may be framed at all. Applied by hooks.server.ts to the app's own
 * responses, by the Node build's first middleware to the files it serves and the views it answers from
 * the cache, and by the static build's `_headers` (both written by svelte.config.js).
 */

/**
 * The embed view's addresses under the base path: `/embed` (the Node server's), `/embed/` (the static
 * build's, whose pages end in a slash) and the file a static host serves there.
 * @param {string} base the app's base path ("" or "/atlas")
 * @returns {string[]}
 */
export function embedPaths(base) {
	return [`${base}/embed`, `${base}/embed/`, `${base}/embed/index.html`];
}

/**
 * Whether a response at this path (no query string) may be framed by other sites.
 * @param {string} pathname
 * @param {string} base
 */
export function isFrameable(pathname, base) {
	return embedPaths(base).includes(pathname);
}

/**
 * The CSP directive that says who may frame a response: any site, or none.
 * @param {boolean} frameable
 */
export function frameAncestors(frameable) {
	return `frame-ancestors ${frameable ? '*' : "'none'"}`;
}

/**
 * A Content-Security-Policy with its `frame-ancestors` directive set by the rule (in its place, or
 * added at the end); the other directives as they were.
 * @param {string} csp
 * @param {boolean} frameable
 */
export function withFrameAncestors(csp, frameable) {
	const directives = csp
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const i = directives.findIndex((d) => /^frame-ancestors(\s|$)/i.test(d));
	if (i < 0) directives.push(frameAncestors(frameable));
	else directives[i] = frameAncestors(frameable);
	return directives.join('; ');
}

/**
 * The security headers a response carries: all of them, except that a frameable one has no
 * `X-Frame-Options` (its CSP's `frame-ancestors *` says who may frame it).
 * @param {Record<string, string>} headers the one list (security-headers.json)
 * @param {boolean} frameable
 * @returns {Record<string, string>}
 */
export function securityHeadersFor(headers, frameable) {
	return frameable ? Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'x-frame-options')) : headers;
}
