/** Compressed answers: the encoding chosen from Accept-Encoding, fixed bodies made once per encoding, pages with a weak ETag and 304. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressPage, fixedBody } from '../../src/lib/server/compress';

const body = JSON.stringify({ text: 'Alliance Atlas '.repeat(500) });
const request = (headers: Record<string, string> = {}) => new Request('http://x/', { headers });

describe('chooseEncoding', () => {
	it('prefers br, then gzip, and honours q=0 and *', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, deflate')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(chooseEncoding('BR;Q=0.1')).toBe('br');
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('*, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
		expect(chooseEncoding('')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});

describe('fixedBody', () => {
	it('sends br or gzip as asked, the same bytes each time, and the body as it is otherwise', async () => {
		const fixed = fixedBody(body, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
		fixed.precompress();
		const send = (r: Request) => fixed.respond(r);
		const br = await send(request({ 'accept-encoding': 'gzip, br' }));
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(br.headers.get('cache-control')).toBe('public, max-age=300');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(brBytes.length).toBeLessThan(body.length / 10);
		expect(brotliDecompressSync(brBytes).toString()).toBe(body);
		const again = Buffer.from(await (await send(request({ 'accept-encoding': 'br' }))).arrayBuffer());
		expect(again.equals(brBytes)).toBe(true);

		const gz = await send(request({ 'accept-encoding': 'gzip' }));
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(body);

		const plain = await send(request());
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		expect(await plain.text()).toBe(body);
	});

	it('sends a small body as it is', async () => {
		const r = await fixedBody('{}', { 'content-type': 'application/json' }).respond(request({ 'accept-encoding': 'br' }));
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(await r.text()).toBe('{}');
	});
});

describe('compressPage', () => {
	const page = () => new Response(body, { headers: { 'content-type': 'text/html', etag: '"abc"', vary: 'Cookie' } });

	it('compresses a page, makes its ETag weak and keeps its other headers', async () => {
		const r = await compressPage(request({ 'accept-encoding': 'br' }), page());
		expect(r.status).toBe(200);
		expect(r.headers.get('content-encoding')).toBe('br');
		expect(r.headers.get('etag')).toBe('W/"abc"');
		expect(r.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect(r.headers.get('content-type')).toBe('text/html');
		expect(brotliDecompressSync(Buffer.from(await r.arrayBuffer())).toString()).toBe(body);
	});

	it('answers If-None-Match with the weak (or the strong) tag with 304 and no body', async () => {
		for (const tag of ['W/"abc"', '"abc"', '"x", W/"abc"', '*']) {
			const r = await compressPage(request({ 'accept-encoding': 'br', 'if-none-match': tag }), page());
			expect(r.status, tag).toBe(304);
			expect(r.headers.get('etag')).toBe('W/"abc"');
			expect(await r.text()).toBe('');
		}
		expect((await compressPage(request({ 'if-none-match': 'W/"other"' }), page())).status).toBe(200);
	});

	it('leaves alone what it should not compress: no Accept-Encoding, HEAD, errors, encoded bodies', async () => {
		const plain = await compressPage(request(), page());
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('etag')).toBe('"abc"');
		expect(await plain.text()).toBe(body);
		const head = new Request('http://x/', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
		expect((await compressPage(head, page())).headers.get('content-encoding')).toBeNull();
		const error = new Response(body, { status: 404, headers: { 'content-type': 'text/html' } });
		expect(await compressPage(request({ 'accept-encoding': 'br' }), error)).toBe(error);
		const encoded = new Response(body, { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } });
		expect(await compressPage(request({ 'accept-encoding': 'br' }), encoded)).toBe(encoded);
	});
});
