/**
 * Compressed answers. The built server (adapter-node) sends its precompressed static files (.br, .gz)
 * but answers that the app makes itself go out as they are: a page's HTML, the dataset and the
 * basemap. Compressed, a page of about 70 KB becomes about 15 KB and the dataset about 150 KB
 * instead of 740 KB, which is most of what a phone on a slow network waits for.
 *
 * Brotli where the client accepts it, else gzip, else the body unchanged; `Vary: Accept-Encoding`
 * on every answer that could have been compressed, so a shared cache keeps the encodings apart.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to send for an `Accept-Encoding` header: br before gzip, each only with a q-value
 * above 0 (`*` counts for either); null for none.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const q = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(name, Number.isFinite(value) ? value : 0);
	}
	const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

/** Compress off the main thread (zlib's thread pool). `quality`: brotli's, 0–11. */
export async function compress(body: Uint8Array | string, encoding: Encoding, quality = 5): Promise<Uint8Array<ArrayBuffer>> {
	const input = typeof body === 'string' ? Buffer.from(body) : body;
	// zlib's output is a Buffer over a plain ArrayBuffer (never a shared one).
	if (encoding === 'gzip') return (await gzipAsync(input, { level: 9 })) as Uint8Array<ArrayBuffer>;
	return (await brotliAsync(input, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: quality,
			[constants.BROTLI_PARAM_SIZE_HINT]: input.byteLength,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT
		}
	})) as Uint8Array<ArrayBuffer>;
}

function addVary(headers: Headers) {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'Accept-Encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}

/** A body served unchanged for the life of the process, each encoding made once. */
export interface FixedBody {
	/** The answer to a request: compressed as it accepts, with Vary: Accept-Encoding. */
	respond(request: Request): Promise<Response>;
	/** Make every encoding now (off the main thread), so that no first request waits for one. */
	precompress(): void;
}

/**
 * A body that never changes for the life of the process (the dataset, the basemap), served
 * compressed: each encoding is made once, at start-up or when first asked for, with brotli's best
 * quality for bodies up to 256 KB and a faster one above (the dataset's best takes seconds).
 */
export function fixedBody(body: string, headers: Record<string, string>): FixedBody {
	const raw = Buffer.from(body);
	const encoded = new Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>();
	const quality = raw.byteLength <= 256 * 1024 ? 11 : 9;
	const compressible = raw.byteLength >= MIN_COMPRESS_BYTES;
	const bytes = (encoding: Encoding) => {
		let b = encoded.get(encoding);
		if (!b) encoded.set(encoding, (b = compress(raw, encoding, quality)));
		return b;
	};
	return {
		async respond(request) {
			const h = new Headers(headers);
			addVary(h);
			const encoding = compressible ? chooseEncoding(request.headers.get('accept-encoding')) : null;
			if (!encoding) return new Response(raw, { headers: h });
			h.set('content-encoding', encoding);
			return new Response(await bytes(encoding), { headers: h });
		},
		precompress() {
			if (compressible) for (const encoding of ['br', 'gzip'] as const) void bytes(encoding);
		}
	};
}

/** Weak comparison of an entity tag with an If-None-Match header (RFC 9110 §13.1.2). */
function matchesWeakly(ifNoneMatch: string, etag: string): boolean {
	const opaque = (t: string) => t.trim().replace(/^W\//, '');
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch.split(',').some((t) => opaque(t) === opaque(etag));
}

/**
 * A page's HTML response, compressed for the request (the body is read whole: pages here do not
 * stream). Its entity tag becomes weak, as the compressed bytes differ from those SvelteKit hashed,
 * and a request whose If-None-Match matches it gets 304.
 */
export async function compressPage(request: Request, response: Response): Promise<Response> {
	if (request.method !== 'GET' || response.status !== 200 || !response.body || response.headers.has('content-encoding')) return response;
	const headers = new Headers(response.headers);
	addVary(headers);
	const etag = headers.get('etag');
	const ifNoneMatch = request.headers.get('if-none-match');
	if (etag && ifNoneMatch && matchesWeakly(ifNoneMatch, etag)) {
		await response.body.cancel();
		headers.set('etag', etag.startsWith('W/') ? etag : `W/${etag}`);
		headers.delete('content-length');
		headers.delete('content-type');
		return new Response(null, { status: 304, headers });
	}
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const body = new Uint8Array(await response.arrayBuffer());
	if (!encoding || body.byteLength < MIN_COMPRESS_BYTES) return new Response(body, { status: 200, headers });
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	return new Response(await compress(body, encoding), { status: 200, headers });
}
