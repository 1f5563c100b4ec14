/**
 * Cached views. A view's JSON is a pure function of (dataset version, route, canonical query), so it is
 * computed once and kept in a bounded LRU — at most 500 entries and 32 MB of bodies, the least recently
 * used dropped first — and served with a strong ETag (a hash of the body): a client or CDN that sends it
 * back in If-None-Match gets 304 with no body. Cache-Control lets browsers keep a view 5 minutes and
 * shared caches an hour, and serve a stale one for a day while they check again.
 */
import { createHash } from 'node:crypto';

export const CACHE_LIMITS = { entries: 500, bytes: 32 * 1024 * 1024 } as const;
export const VIEW_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

interface Entry {
	body: string;
	etag: string;
	bytes: number;
}

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

	set(key: string, body: string): Entry {
		const old = this.#map.get(key);
		if (old) {
			this.#map.delete(key);
			this.#bytes -= old.bytes;
		}
		const entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, bytes: Buffer.byteLength(body) };
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

/** Whether an If-None-Match header names this ETag (a list, or "*"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** The JSON of a view, from the cache or computed now, as a response with its ETag (304 when the client has it). */
export function cachedJson(request: Request, key: string, compute: () => unknown): Response {
	const entry = views.get(key) ?? views.set(key, JSON.stringify(compute()));
	const headers = { etag: entry.etag, 'cache-control': VIEW_CACHE_CONTROL, vary: 'accept-encoding' };
	if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
	return new Response(entry.body, { headers: { ...headers, 'content-type': 'application/json' } });
}
