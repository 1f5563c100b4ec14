import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { embedPaths, frameAncestors, securityHeadersFor, withFrameAncestors } from './src/lib/server/framing.js';

/** `STATIC=1` (npm run build:static) builds the static site any file server or CDN can serve; otherwise the Node server. */
const STATIC = process.env.STATIC === '1';
const out = process.env.BUILD_DIR ?? (STATIC ? 'build-static' : 'build');
const base = process.env.BASE_PATH ?? '';
/** The security headers the app's own responses carry (hooks.server.ts), for its static files too. */
const securityHeaders = JSON.parse(readFileSync(new URL('./src/lib/server/security-headers.json', import.meta.url), 'utf8'));

/** The CSP of what is not a page: no scripts, no framing, sandboxed; an SVG export keeps its inline styles and data images. */
const FILE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";
/** The embed view's addresses, the only ones other sites may frame (src/lib/server/framing.js). */
const EMBED_PATHS = embedPaths(base);

/**
 * A middleware, as source for the files the build writes: the security headers on every response,
 * 405 JSON for any method but GET and HEAD before SvelteKit sees it (it cannot even build a request for
 * TRACE or CONNECT; hooks.server.ts answers the same for `vite dev` and `vite preview`), and a view the
 * app has cached and answered at this address before, straight from its cache.
 */
const headersMiddleware = `function securityHeaders(req, res, next) {
	// Only the embed view may be framed, by any site (src/lib/server/framing.js): no X-Frame-Options there.
	const frameable = ${JSON.stringify(EMBED_PATHS)}.includes(req.url.split('?')[0]);
	const headers = frameable ? ${JSON.stringify(securityHeadersFor(securityHeaders, true))} : ${JSON.stringify(securityHeaders)};
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	// Anything that is not a page or the app's own scripts runs nothing if opened (pages set their own CSP).
	if (!req.url.startsWith(${JSON.stringify(`${base}/_app/`)}))
		res.setHeader('content-security-policy', frameable ? ${JSON.stringify(withFrameAncestors(FILE_CSP, true))} : ${JSON.stringify(FILE_CSP)});
	if (req.method === 'GET' || req.method === 'HEAD') {
		// A view already answered once (src/lib/server/cache.ts: answerFromCache), without SvelteKit.
		const cached = globalThis[Symbol.for(${JSON.stringify(`alliance-atlas.answerFromCache${base}`)})]?.(req.url, req.headers['if-none-match'], req.headers['accept-encoding']);
		if (!cached) return next();
		res.writeHead(cached.status, cached.headers);
		return res.end(cached.body);
	}
	res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
	res.end(JSON.stringify({ error: String(req.method).slice(0, 20).replace(/[^A-Z-]/gi, '?') + ' is not allowed here; use GET or HEAD' }));
}`;

/**
 * adapter-node, with the security headers set before SvelteKit answers, so that the files it serves
 * itself (the app's scripts and styles, which never reach hooks.server.ts) carry them too: in the
 * server `node build` starts, and in `build/handler.js` for a custom server. A header the app sets
 * itself wins. If adapter-node's output changes shape, the build stops rather than serve without them.
 */
function nodeWithHeaders() {
	const node = adapterNode({ out });
	return {
		...node,
		name: 'adapter-node with security headers',
		async adapt(builder) {
			await node.adapt(builder);
			const index = readFileSync(`${out}/index.js`, 'utf8');
			if (!index.includes('.use(handler)')) throw new Error(`${out}/index.js: no ".use(handler)" to put the security headers before`);
			writeFileSync(`${out}/index.js`, `${index.replace('.use(handler)', '.use(securityHeaders, handler)')}\n${headersMiddleware}\n`);
			renameSync(`${out}/handler.js`, `${out}/kit-handler.js`);
			writeFileSync(
				`${out}/handler.js`,
				`// SvelteKit's handler after the security headers (svelte.config.js).\nimport { handler as kit } from './kit-handler.js';\n${headersMiddleware}\n` +
					`export function handler(req, res, next) {\n\tsecurityHeaders(req, res, () => kit(req, res, next));\n}\n`
			);
		}
	};
}

/**
 * adapter-static, plus a `_headers` file giving every path the security headers, in the format Netlify,
 * Cloudflare Pages and others read (README shows the same for nginx).
 */
function staticWithHeaders() {
	const files = adapterStatic({ pages: out, assets: out, strict: false });
	return {
		...files,
		name: 'adapter-static with security headers',
		async adapt(builder) {
			await files.adapt(builder);
			const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
			// The data files and the SVGs run nothing if opened; pages carry their CSP in a <meta>.
			const svgs = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.svg'));
			const rules = [
				`/*\n${lines.join('\n')}`,
				`/api/*\n  content-security-policy: ${FILE_CSP}`,
				...svgs.map((f) => `/${String(f).split(sep).join('/')}\n  content-security-policy: ${SVG_CSP}`),
				// The embed view may be framed by any site (src/lib/server/framing.js): a CSP of its own saying so,
				// which browsers follow over X-Frame-Options, and the /* rule's X-Frame-Options taken off
				// (Cloudflare Pages' "! name"; in a rule of its own, so a host that does not read it keeps the CSP).
				...EMBED_PATHS.map((p) => `${p}\n  content-security-policy: ${frameAncestors(true)}`),
				...EMBED_PATHS.map((p) => `${p}\n  ! x-frame-options`)
			];
			writeFileSync(`${out}/_headers`, `${rules.join('\n')}\n`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code.
		runes: true
	},
	kit: {
		adapter: STATIC ? staticWithHeaders() : nodeWithHeaders(),
		// BASE_PATH serves the app under a sub-path (a test build checks every URL follows it);
		// absolute paths, so links and the scene's references read the same on server and client.
		paths: { base, relative: false },
		// The page's CSS (about 13 KB, 3 KB compressed) goes in the HTML: no render-blocking request before the first paint.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'script-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
