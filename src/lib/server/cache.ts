/**
 * Cached views. A view's JSON, SVG export or page is a pure function of (dataset, route, query), so it
 * is computed once and kept in a bounded LRU — at most 500 entries and 32 MB of bodies, the least
 * recently used dropped first — and served with a strong ETag (a hash of the body): a client or CDN
 * that sends it back in If-None-Match gets 304 with no body. Cache-Control lets browsers keep a JSON
 * or SVG view 5 minutes and shared caches an hour, and serve a stale one for a day while they check
 * again; pages are revalidated each time (no-cache), which the ETag makes cheap.
 */
import { createHash } from 'node:crypto';

export const CACHE_LIMITS = { entries: 500, bytes: 32 * 1024 * 1024 } as const;
export const VIEW_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

interface Entry {
	body: string;
	etag: string;
	bytes: number;
	/** The headers it was made with (a page's content type and CSP); 200 unless it is an answer not kept. */
	headers: Record<string, string>;
	status: number;
}

/** What a computation gives: a body, or an answer with its status and headers (kept only if 200). */
export interface Rendered {
	status: number;
	body: string;
	headers: Record<string, string>;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** A least-recently-used map bounded by entries and by bytes. */
export class LruCache {
	#map = new Map<string, Entry>();
	#bytes = 0;
	constructor(readonly limits: { entries: number; bytes: number } = CACHE_LIMITS) {}

	get size(): number {
		return this.#map.size;
	}
	get bytes(): number {
		return this.#bytes;
	}

	get(key: string): Entry | undefined {
		const e = this.#map.get(key);
		if (e) {
			this.#map.delete(key);
			this.#map.set(key, e);
		}
		return e;
	}

	set(key: string, body: string, headers: Record<string, string> = {}): Entry {
		const old = this.#map.get(key);
		if (old) {
			this.#map.delete(key);
			this.#bytes -= old.bytes;
		}
		const entry = { body, etag: etagOf(body), bytes: Buffer.byteLength(body), headers, status: 200 };
		// A body larger than the whole cache is served but not kept.
		if (entry.bytes > this.limits.bytes) return entry;
		this.#map.set(key, entry);
		this.#bytes += entry.bytes;
		while (this.#map.size > this.limits.entries || this.#bytes > this.limits.bytes) {
			const oldest = this.#map.keys().next().value!;
			this.#bytes -= this.#map.get(oldest)!.bytes;
			this.#map.delete(oldest);
		}
		return entry;
	}
}

const views = new LruCache();

/**
 * Cold computations wait in one queue and run one at a time, each after the event loop has had a
 * turn (setImmediate), so static files and cached views are answered between two layouts. Past
 * COLD_QUEUE_LIMIT waiting, a new cold view gets 503 with Retry-After instead of a place in line.
 * Requests for a view already being computed wait for that one computation. A computation in the
 * queue must never wait for another one (a page's load calls the data functions, not the API).
 */
export const COLD_QUEUE_LIMIT = 64;
let waiting = 0;
let line: Promise<unknown> = Promise.resolve();
const inFlight = new Map<string, Promise<Entry>>();

/** The cached entry for `key`, computing it in the queue if need be; null when the queue is full. */
async function entryFor(key: string, compute: () => string | Promise<Rendered>): Promise<Entry | null> {
	const hit = views.get(key) ?? inFlight.get(key);
	if (hit) return hit;
	if (waiting >= COLD_QUEUE_LIMIT) return null;
	waiting++;
	const run = line
		.then(() => new Promise((r) => setImmediate(r)))
		.then<string | Rendered>(() => compute())
		.then((c) =>
			typeof c === 'string' ? views.set(key, c) : c.status === 200 ? views.set(key, c.body, c.headers) : { ...c, etag: '', bytes: 0 }
		)
		.finally(() => {
			waiting--;
			inFlight.delete(key);
		});
	line = run.catch(() => undefined);
	inFlight.set(key, run);
	return run;
}

/** Whether an If-None-Match header names this ETag (a list, or "*"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/**
 * A view's body, from the cache or computed now, as a response with its ETag (304 when the client
 * has it), `headers` added; 503 with Retry-After when too many cold views are waiting.
 */
export async function cachedView(
	request: Request,
	key: string,
	compute: () => string | Promise<Rendered>,
	headers: Record<string, string>,
	cacheControl = VIEW_CACHE_CONTROL
): Promise<Response> {
	const entry = await entryFor(key, compute);
	if (!entry)
		return new Response(JSON.stringify({ error: `busy: ${COLD_QUEUE_LIMIT} views are being computed; try again in a second` }), {
			status: 503,
			headers: { 'content-type': 'application/json', 'retry-after': '1', 'cache-control': 'no-store' }
		});
	if (entry.status !== 200) return new Response(entry.body, { status: entry.status, headers: entry.headers });
	const common = { etag: entry.etag, 'cache-control': cacheControl, vary: 'accept-encoding' };
	const all = { ...entry.headers, ...common, ...headers };
	remember(request.url, key, all);
	if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers: common });
	return new Response(entry.body, { headers: all });
}

/**
 * The addresses answered from the cache (path and query as the request gave them), each with its
 * view's key and the headers it was answered with, most recent last; at most four per cached view.
 */
const answered = new Map<string, { key: string; headers: Record<string, string> }>();

function remember(url: string, key: string, headers: Record<string, string>): void {
	const { pathname, search } = new URL(url);
	const address = `${pathname}${search}`;
	answered.delete(address);
	answered.set(address, { key, headers });
	if (answered.size > CACHE_LIMITS.entries * 4) answered.delete(answered.keys().next().value!);
}

export interface CachedAnswer {
	status: 200 | 304;
	headers: Record<string, string>;
	body: string;
}

/**
 * A cached view's answer for an address already answered once, or null: the server's first
 * middleware (svelte.config.js) sends it without SvelteKit, so a warm view costs about what a static
 * file does. Anything else — a new address, an evicted view — goes through SvelteKit as usual.
 */
export function answerFromCache(address: string, ifNoneMatch: string | undefined): CachedAnswer | null {
	const known = answered.get(address);
	const entry = known && views.get(known.key);
	if (!known || !entry) return null;
	const { etag, 'cache-control': cacheControl, vary } = known.headers as Record<string, string>;
	if (matches(ifNoneMatch ?? null, entry.etag))
		return { status: 304, headers: { etag: etag!, 'cache-control': cacheControl!, vary: vary! }, body: '' };
	return { status: 200, headers: { ...known.headers, 'content-length': String(entry.bytes) }, body: entry.body };
}

/** Where the server's middleware finds answerFromCache (the middleware is written outside the app's bundle). */
export const ANSWER_FROM_CACHE = Symbol.for('alliance-atlas.answerFromCache');
(globalThis as Record<symbol, unknown>)[ANSWER_FROM_CACHE] = answerFromCache;

/**
 * A server-rendered page, from the cache or rendered now by `render` (SvelteKit's resolve): in hash
 * mode its CSP is part of the page, so the same address gives the same bytes. Only 200s are kept.
 */
export function cachedPage(request: Request, key: string, render: () => Response | Promise<Response>): Promise<Response> {
	return cachedView(
		request,
		key,
		async () => {
			const res = await render();
			return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) };
		},
		{},
		'no-cache'
	);
}

/** The JSON of a view, cached as `cachedView` does. */
export function cachedJson(request: Request, key: string, compute: () => unknown): Promise<Response> {
	return cachedView(request, key, () => JSON.stringify(compute()), { 'content-type': 'application/json' });
}
