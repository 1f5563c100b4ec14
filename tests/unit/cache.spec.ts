/** The view cache: bounded by entries and bytes, least recently used first out; strong ETags and 304s. */
import { describe, expect, it } from 'vitest';
import { cachedJson, LruCache, VIEW_CACHE_CONTROL } from '../../src/lib/server/cache';

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
		const first = cachedJson(new Request('http://x/'), 'test-key', compute);
		expect(first.status).toBe(200);
		expect(first.headers.get('cache-control')).toBe(VIEW_CACHE_CONTROL);
		const etag = first.headers.get('etag')!;
		const again = cachedJson(new Request('http://x/', { headers: { 'if-none-match': etag } }), 'test-key', compute);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(computed).toBe(1);
		const other = cachedJson(new Request('http://x/', { headers: { 'if-none-match': '"nope"' } }), 'test-key', compute);
		expect(other.status).toBe(200);
		expect(await other.json()).toEqual({ n: 1 });
	});
});
