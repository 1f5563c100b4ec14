/** Who may frame what: the one rule (src/lib/server/framing.js) that hooks, the Node build's middleware and `_headers` apply. */
import { describe, expect, it } from 'vitest';
import securityHeaders from '../../src/lib/server/security-headers.json';
import { embedPaths, frameAncestors, isFrameable, securityHeadersFor, withFrameAncestors } from '../../src/lib/server/framing.js';

const PAGE_CSP = "default-src 'self'; script-src 'self' 'sha256-x'; base-uri 'self'; frame-ancestors 'none'";

describe('the framing rule', () => {
	it('lets only the embed view be framed, under the base path', () => {
		expect(embedPaths('')).toEqual(['/embed', '/embed/', '/embed/index.html']);
		for (const path of ['/embed', '/embed/', '/embed/index.html']) expect(isFrameable(path, ''), path).toBe(true);
		expect(isFrameable('/atlas/embed', '/atlas')).toBe(true);
		for (const path of [
			'/',
			'/embedded',
			'/embed/x',
			'/embed/__data.json',
			'/api/embed',
			'/Embed',
			'/%65mbed',
			'/atlas/embed',
			'/api/network'
		])
			expect(isFrameable(path, ''), path).toBe(false);
		expect(isFrameable('/embed', '/atlas')).toBe(false);
	});

	it('sets frame-ancestors in a CSP, in its place or at its end, and leaves the rest as it was', () => {
		expect(frameAncestors(true)).toBe('frame-ancestors *');
		expect(frameAncestors(false)).toBe("frame-ancestors 'none'");
		expect(withFrameAncestors(PAGE_CSP, true)).toBe("default-src 'self'; script-src 'self' 'sha256-x'; base-uri 'self'; frame-ancestors *");
		expect(withFrameAncestors(PAGE_CSP, false)).toBe(PAGE_CSP);
		expect(withFrameAncestors("default-src 'none'; frame-ancestors 'none'; sandbox", true)).toBe(
			"default-src 'none'; frame-ancestors *; sandbox"
		);
		expect(withFrameAncestors("default-src 'none';", true)).toBe("default-src 'none'; frame-ancestors *");
		expect(withFrameAncestors("default-src 'none'; FRAME-ANCESTORS https://a.example", false)).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
	});

	it('takes X-Frame-Options off a frameable response’s security headers, and only that', () => {
		const all: Record<string, string> = securityHeaders;
		expect(all['x-frame-options']).toBe('DENY');
		expect(securityHeadersFor(all, false)).toEqual(all);
		const frameable = securityHeadersFor(all, true);
		expect(frameable['x-frame-options']).toBeUndefined();
		expect(Object.keys(frameable)).toEqual(Object.keys(all).filter((k) => k !== 'x-frame-options'));
		expect(all['x-frame-options']).toBe('DENY');
	});
});
