/** The view cache: bounded by entries and bytes, least recently used first out; strong ETags and 304s. */
import { describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import {
	ANSWERED_LIMITS,
	answerFromCache,
	cachedJson,
	cachedPage,
	cachedView,
	COLD_QUEUE_LIMIT,
	LruCache,
	VIEW_CACHE_CONTROL
} from '../../src/lib/server/cache';

describe('LruCache', () => {
	it('keeps at most its entries, dropping the least recently used', () => {
		const c = new LruCache({ entries: 3, bytes: 1_000_000 });
		for (const k of ['a', 'b', 'c']) c.set(k, k);
		c.get('a');
		c.set('d', 'd');
		expect(c.size).toBe(3);
		expect(c.get('b')).toBeUndefined();
		expect(c.get('a')?.body).toBe('a');
	});

	it('keeps at most its bytes, and does not keep a body larger than itself', () => {
		const c = new LruCache({ entries: 100, bytes: 100 });
		for (let i = 0; i < 10; i++) c.set(`k${i}`, 'x'.repeat(30));
		expect(c.bytes).toBeLessThanOrEqual(100);
		expect(c.size).toBe(3);
		c.set('huge', 'y'.repeat(500));
		expect(c.get('huge')).toBeUndefined();
		expect(c.bytes).toBeLessThanOrEqual(100);
	});

	it('gives the same body the same strong ETag, and another body another', () => {
		const c = new LruCache();
		expect(c.set('a', '{"x":1}').etag).toBe(c.set('b', '{"x":1}').etag);
		expect(c.set('c', '{"x":2}').etag).not.toBe(c.get('a')!.etag);
		expect(c.get('a')!.etag).toMatch(/^"[\w-]+"$/);
	});
});

describe('cachedJson', () => {
	it('computes once, then answers If-None-Match with 304 and no body', async () => {
		let computed = 0;
		const compute = () => ({ n: ++computed });
		const first = await cachedJson(new Request('http://x/'), 'test-key', compute);
		expect(first.status).toBe(200);
		expect(first.headers.get('cache-control')).toBe(VIEW_CACHE_CONTROL);
		const etag = first.headers.get('etag')!;
		const again = await cachedJson(new Request('http://x/', { headers: { 'if-none-match': etag } }), 'test-key', compute);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(computed).toBe(1);
		const other = await cachedJson(new Request('http://x/', { headers: { 'if-none-match': '"nope"' } }), 'test-key', compute);
		expect(other.status).toBe(200);
		expect(await other.json()).toEqual({ n: 1 });
	});

	it('computes a view once however many ask for it at the same time', async () => {
		let computed = 0;
		const compute = () => ({ n: ++computed });
		const answers = await Promise.all(Array.from({ length: 20 }, () => cachedJson(new Request('http://x/'), 'same-cold-key', compute)));
		expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
		expect(computed).toBe(1);
	});

	it('answers 503 with Retry-After once the cold queue is full, and serves cached views meanwhile', async () => {
		await cachedView(new Request('http://x/'), 'warm', () => 'warm body', {});
		let computed = 0;
		const cold = Array.from({ length: COLD_QUEUE_LIMIT + 5 }, (_, i) =>
			cachedView(new Request('http://x/'), `cold-${i}`, () => `body ${++computed}`, {})
		);
		const warm = await cachedView(new Request('http://x/'), 'warm', () => 'never', {});
		expect(await warm.text()).toBe('warm body');
		expect(computed).toBeLessThan(COLD_QUEUE_LIMIT);
		const statuses = (await Promise.all(cold)).map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(COLD_QUEUE_LIMIT);
		expect(statuses.filter((s) => s === 503)).toHaveLength(5);
		expect(computed).toBe(COLD_QUEUE_LIMIT);
		const busy = await cachedView(new Request('http://x/'), 'cold-x', () => 'x', {});
		expect(busy.status).toBe(200);
	});

	it('says why it is busy, in JSON, and asks to come back', async () => {
		const cold = Array.from({ length: COLD_QUEUE_LIMIT + 1 }, (_, i) => cachedView(new Request('http://x/'), `again-${i}`, () => 'b', {}));
		const last = (await Promise.all(cold)).at(-1)!;
		expect(last.status).toBe(503);
		expect(last.headers.get('retry-after')).toBe('1');
		expect((await last.json()).error).toMatch(/^busy/);
	});
});

describe('answerFromCache', () => {
	it('answers an address already answered with the same body and headers, and 304 for its ETag', async () => {
		const url = 'http://x/api/thing?year=2011&geo=0.30';
		const first = await cachedView(new Request(url), 'fast-key', () => '{"a":1}', { headers: { 'content-type': 'application/json' } });
		const fast = answerFromCache('/api/thing?year=2011&geo=0.30', undefined)!;
		expect(fast.status).toBe(200);
		expect(fast.body).toBe(await first.text());
		expect(fast.headers['etag']).toBe(first.headers.get('etag'));
		expect(fast.headers['content-type']).toBe('application/json');
		expect(fast.headers['content-length']).toBe('7');
		const notModified = answerFromCache('/api/thing?year=2011&geo=0.30', first.headers.get('etag')!)!;
		expect(notModified.status).toBe(304);
		expect(notModified.body).toBe('');
	});

	it('a 304 carries the page’s own CSP, on both paths: a browser keeps a 304’s headers, and the server’s default for files would break the page', async () => {
		const csp = "default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors *";
		const render = () =>
			new Response('<!doctype html><p>embed</p>', { headers: { 'content-type': 'text/html', 'content-security-policy': csp } });
		const first = await cachedPage(new Request('http://x/embed?year=2011'), 'page-csp-key', render);
		expect(first.headers.get('content-security-policy')).toBe(csp);
		const etag = first.headers.get('etag')!;
		const again = await cachedPage(new Request('http://x/embed?year=2011', { headers: { 'if-none-match': etag } }), 'page-csp-key', render);
		expect(again.status).toBe(304);
		expect(again.headers.get('content-security-policy')).toBe(csp);
		const fast = answerFromCache('/embed?year=2011', etag)!;
		expect(fast.status).toBe(304);
		expect(fast.headers['content-security-policy']).toBe(csp);
		expect(answerFromCache('/embed?year=2011', undefined)!.headers['content-security-policy']).toBe(csp);
		// A view without a CSP of its own (JSON) leaves its 304 as it was.
		const json = await cachedJson(new Request('http://x/api/j'), 'json-no-csp', () => ({ a: 1 }));
		const json304 = await cachedJson(
			new Request('http://x/api/j', { headers: { 'if-none-match': json.headers.get('etag')! } }),
			'json-no-csp',
			() => 0
		);
		expect(json304.headers.has('content-security-policy')).toBe(false);
	});

	it('knows nothing of an address not yet answered, even one of the same view', () => {
		expect(answerFromCache('/api/thing?geo=0.3&year=2011', undefined)).toBeNull();
		expect(answerFromCache('/never', undefined)).toBeNull();
	});

	it('forgets an answer past its expiry (an export says the day it was made)', async () => {
		await cachedView(new Request('http://x/old.svg'), 'old-key', () => '<svg/>', { expires: Date.now() - 1 });
		expect(answerFromCache('/old.svg', undefined)).toBeNull();
		await cachedView(new Request('http://x/new.svg'), 'new-key', () => '<svg/>', { expires: Date.now() + 60_000 });
		expect(answerFromCache('/new.svg', undefined)?.status).toBe(200);
	});

	it('remembers at most ANSWERED_LIMITS.entries addresses', async () => {
		await cachedView(new Request('http://x/first'), 'shared-key', () => 'x', {});
		for (let i = 0; i < ANSWERED_LIMITS.entries; i++) await cachedView(new Request(`http://x/a?i=${i}`), 'shared-key', () => 'x', {});
		expect(answerFromCache('/first', undefined)).toBeNull();
		expect(answerFromCache(`/a?i=${ANSWERED_LIMITS.entries - 1}`, undefined)?.body).toBe('x');
	});

	it('compresses as the request accepts, each encoding its own ETag, and the fast path serves it once made', async () => {
		const body = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i, name: `row ${i}` })) });
		const req = (encoding?: string) => new Request('http://x/big?y=1', { headers: encoding ? { 'accept-encoding': encoding } : {} });
		const plain = await cachedView(req(), 'big-key', () => body, {});
		const br = await cachedView(req('gzip, deflate, br'), 'big-key', () => body, {});
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(body);
		expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
		expect(await plain.text()).toBe(body);
		const fast = answerFromCache('/big?y=1', undefined, 'br')!;
		expect(fast.headers['content-encoding']).toBe('br');
		expect(fast.headers['etag']).toBe(br.headers.get('etag'));
		expect(brotliDecompressSync(fast.body as Uint8Array).toString()).toBe(body);
		expect(answerFromCache('/big?y=1', br.headers.get('etag')!, 'br')!.status).toBe(304);
		// gzip not made yet: the fast path leaves it to the SvelteKit path.
		expect(answerFromCache('/big?y=1', undefined, 'gzip')).toBeNull();
	});
});
