/**
 * Cached views. A view's JSON, SVG export or page is a pure function of (dataset, route, query), so it
 * is computed once and kept in a bounded LRU — at most 500 entries and 32 MB of bodies, the least
 * recently used dropped first — and served with a strong ETag (a hash of the body): a client or CDN
 * that sends it back in If-None-Match gets 304 with no body. Cache-Control lets browsers keep a JSON
 * or SVG view 5 minutes and shared caches an hour, and serve a stale one for a day while they check
 * again; pages are revalidated each time (no-cache), which the ETag makes cheap.
 */
import { createHash } from 'node:crypto';
import { base } from '$app/paths';
import { chooseEncoding, compress, MIN_COMPRESS_BYTES, type Encoding } from './compress';

export const CACHE_LIMITS = { entries: 500, bytes: 32 * 1024 * 1024 } as const;
export const VIEW_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

interface Entry {
	body: string;
	etag: string;
	bytes: number;
	/** The headers it was made with (a page's content type and CSP); 200 unless it is an answer not kept. */
	headers: Record<string, string>;
	status: number;
	/** Its compressed forms, each made once (in zlib's thread pool) when first asked for. */
	encoded?: Partial<Record<Encoding, Uint8Array>>;
	encoding?: Partial<Record<Encoding, Promise<Uint8Array>>>;
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
const QUEUE_STALL_MS = 10_000;
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
	// The next computation waits for this one, but never more than QUEUE_STALL_MS: a computation that
	// never settles (a bug) must not stall every cold view behind it.
	line = Promise.race([run.catch(() => undefined), new Promise((r) => setTimeout(r, QUEUE_STALL_MS).unref())]);
	inFlight.set(key, run);
	return run;
}

/** Whether an If-None-Match header names this ETag (a list, or "*"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** How an answer is made besides its body: its own headers, its Cache-Control, and until when it holds (ms since 1970). */
export interface AnswerOptions {
	headers?: Record<string, string>;
	cacheControl?: string;
	expires?: number;
}

/** The encoding a request gets for an entry: brotli or gzip as it accepts, none for a small body. */
function encodingFor(entry: Entry, acceptEncoding: string | null | undefined): Encoding | null {
	return entry.bytes >= MIN_COMPRESS_BYTES ? chooseEncoding(acceptEncoding ?? null) : null;
}

/** An entry's body in an encoding, made once. */
async function encodedBody(entry: Entry, encoding: Encoding): Promise<Uint8Array> {
	const made = entry.encoded?.[encoding];
	if (made) return made;
	entry.encoding ??= {};
	const bytes = await (entry.encoding[encoding] ??= compress(entry.body, encoding));
	(entry.encoded ??= {})[encoding] = bytes;
	return bytes;
}

/**
 * The headers of a cached view's 200, and of its 304 (the same for the SvelteKit path and the fast
 * path). Each encoding is its own representation, with its own strong ETag. A 304 carries the view's
 * Content-Security-Policy too: a browser puts a 304's headers on the response it kept, so without it
 * the server's default for files (no scripts, no styles, no framing) would replace a page's own CSP,
 * and a reloaded page or a reloaded embed would be broken.
 */
function answerHeaders(entry: Entry, options: AnswerOptions, encoding: Encoding | null) {
	const etag = encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag;
	const csp = options.headers?.['content-security-policy'] ?? entry.headers['content-security-policy'];
	const common: Record<string, string> & { etag: string } = {
		etag,
		'cache-control': options.cacheControl ?? VIEW_CACHE_CONTROL,
		vary: 'accept-encoding'
	};
	if (csp) common['content-security-policy'] = csp;
	const all: Record<string, string> = { ...entry.headers, ...common, ...options.headers };
	delete all['content-length'];
	if (encoding) all['content-encoding'] = encoding;
	return { common, all };
}

/**
 * A view's body, from the cache or computed now, as a response with its ETag (304 when the client
 * has it), `options.headers` added; 503 with Retry-After when too many cold views are waiting.
 */
export async function cachedView(
	request: Request,
	key: string,
	compute: () => string | Promise<Rendered>,
	options: AnswerOptions = {}
): Promise<Response> {
	const entry = await entryFor(key, compute);
	if (!entry)
		return new Response(JSON.stringify({ error: `busy: ${COLD_QUEUE_LIMIT} views are being computed; try again in a second` }), {
			status: 503,
			headers: { 'content-type': 'application/json', 'retry-after': '1', 'cache-control': 'no-store' }
		});
	if (entry.status !== 200) return new Response(entry.body, { status: entry.status, headers: entry.headers });
	remember(request.url, key, options);
	const encoding = encodingFor(entry, request.headers.get('accept-encoding'));
	const { common, all } = answerHeaders(entry, options, encoding);
	if (matches(request.headers.get('if-none-match'), common.etag)) return new Response(null, { status: 304, headers: common });
	return new Response(encoding ? ((await encodedBody(entry, encoding)) as Uint8Array<ArrayBuffer>) : entry.body, { headers: all });
}

/**
 * The addresses answered from the cache (path and query as the request gave them), each with its
 * view's key and how it was answered, most recent last: at most 2,000 addresses and 4 MB of them.
 */
export const ANSWERED_LIMITS = { entries: 2000, bytes: 4 * 1024 * 1024 } as const;
const answered = new Map<string, { key: string; options: AnswerOptions; bytes: number }>();
let answeredBytes = 0;

function remember(url: string, key: string, options: AnswerOptions): void {
	const { pathname, search } = new URL(url);
	const address = `${pathname}${search}`;
	const old = answered.get(address);
	if (old) {
		answered.delete(address);
		answeredBytes -= old.bytes;
	}
	const bytes = 2 * (address.length + key.length + JSON.stringify(options).length);
	answered.set(address, { key, options, bytes });
	answeredBytes += bytes;
	while (answered.size > ANSWERED_LIMITS.entries || answeredBytes > ANSWERED_LIMITS.bytes) {
		const oldest = answered.keys().next().value!;
		answeredBytes -= answered.get(oldest)!.bytes;
		answered.delete(oldest);
	}
}

export interface CachedAnswer {
	status: 200 | 304;
	headers: Record<string, string>;
	body: string | Uint8Array;
}

/**
 * A cached view's answer for an address already answered once, or null: the server's first
 * middleware (svelte.config.js) sends it without SvelteKit, so a warm view costs about what a static
 * file does. Anything else — a new address, an evicted view, an answer past its day — goes through
 * SvelteKit as usual.
 */
export function answerFromCache(address: string, ifNoneMatch: string | undefined, acceptEncoding?: string): CachedAnswer | null {
	const known = answered.get(address);
	if (!known) return null;
	const entry = views.get(known.key);
	if (!entry || (known.options.expires !== undefined && Date.now() >= known.options.expires)) {
		answered.delete(address);
		answeredBytes -= known.bytes;
		return null;
	}
	const encoding = encodingFor(entry, acceptEncoding);
	const { common, all } = answerHeaders(entry, known.options, encoding);
	if (matches(ifNoneMatch ?? null, common.etag)) return { status: 304, headers: common, body: '' };
	if (!encoding) return { status: 200, headers: { ...all, 'content-length': String(entry.bytes) }, body: entry.body };
	// An encoding not made yet is made on the SvelteKit path (asynchronously); the next request gets it here.
	const body = entry.encoded?.[encoding];
	return body ? { status: 200, headers: { ...all, 'content-length': String(body.byteLength) }, body } : null;
}

/**
 * Where the server's middleware finds answerFromCache (the middleware is written outside the app's
 * bundle); named with the base path, so two builds in one process do not answer for each other.
 */
(globalThis as Record<symbol, unknown>)[Symbol.for(`alliance-atlas.answerFromCache${base}`)] = answerFromCache;

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
		{ cacheControl: 'no-cache' }
	);
}

/** The JSON of a view, cached as `cachedView` does. */
export function cachedJson(request: Request, key: string, compute: () => unknown): Promise<Response> {
	return cachedView(request, key, () => JSON.stringify(compute()), { headers: { 'content-type': 'application/json' } });
}
