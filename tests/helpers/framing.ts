/**
 * For the framing tests: another site that frames the app (a page of given HTML, served from
 * `localhost` on a port of its own, so it is another origin and another site than the app's 127.0.0.1),
 * and a static host that reads the static build's `_headers` as Cloudflare Pages documents it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** Listen on a free port of 127.0.0.1; the server's port. */
async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** Serve `pages` (path → HTML) at http://localhost:<port>, run `use` with that origin, and stop. */
export async function withOtherSite(pages: Record<string, string>, use: (origin: string) => Promise<void>): Promise<void> {
	const server = createServer((req, res) => {
		const html = pages[(req.url ?? '/').split('?')[0]!];
		if (html === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	const port = await listen(server);
	try {
		await use(`http://localhost:${port}`);
	} finally {
		server.close();
		server.closeAllConnections();
	}
}

/** One rule of a `_headers` file: a path pattern, the headers it sets, and the ones it takes off ("! name"). */
export interface HeaderRule {
	path: string;
	set: [string, string][];
	detach: string[];
}

/** The rules of a `_headers` file (a path on its own line, then indented "name: value" or "! name" lines; # comments). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), set: [], detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
		const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
		if (detach) rule.detach.push(detach[1]!.toLowerCase());
		else {
			const i = line.indexOf(':');
			if (i < 0) throw new Error(`_headers: not "name: value": ${line}`);
			rule.set.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}

/** Whether a rule's path pattern (`*` matches anything, slashes too) matches a request's path. */
function matches(pattern: string, pathname: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a request's path gets: every matching rule's, in order, a header set by several joined
 * with ", ", then those any matching rule detaches taken off (Cloudflare Pages' rules).
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	const off = new Set<string>();
	for (const rule of rules) {
		if (!matches(rule.path, pathname)) continue;
		for (const [name, value] of rule.set) headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
		for (const name of rule.detach) off.add(name);
	}
	for (const name of off) delete headers[name];
	return headers;
}

/** Serve a static build as a host that reads its `_headers` would, at http://127.0.0.1:<port>; run `use` with that origin. */
export async function withStaticHost(dir: string, use: (origin: string) => Promise<void>): Promise<void> {
	const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
	const files = sirv(dir, { etag: true });
	const server = createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://host').pathname;
		for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
		files(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		});
	});
	const port = await listen(server);
	try {
		await use(`http://127.0.0.1:${port}`);
	} finally {
		server.close();
		server.closeAllConnections();
	}
}
