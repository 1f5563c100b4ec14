import { describe, expect, it } from 'vitest';
import { el, text } from '../../src/lib/render/element';
import { serialise, svgDocument } from '../../src/lib/render/serialise';

describe('serialise', () => {
	it('writes elements, attributes and text, escaped, and leaves out undefined attributes', () => {
		const out = serialise(el('g', { class: 'a"b', hidden: undefined }, [text('text', { x: 1 }, '<b> & c')]));
		expect(out).toBe('<g class="a&quot;b">\n\t<text x="1">&lt;b&gt; &amp; c</text>\n</g>');
		expect(svgDocument(el('svg'))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg/>\n');
	});

	it.each(['script', 'foreignObject', 'style', 'a', 'use', 'iframe', 'svg:script', 'x y', '', 'g>'])('refuses the element %j', (tag) => {
		expect(() => serialise(el('g', {}, [el(tag)]))).toThrow(/refused element/);
	});

	it.each(['onload', 'ONCLICK', 'onfocusin', 'x y', '"a', 'a=b', '1x'])('refuses the attribute name %j', (name) => {
		expect(() => serialise(el('g', { [name]: 'x' }))).toThrow(/refused attribute/);
	});

	it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'https://evil.example/x.svg', '//evil.example/x.svg', ' /x'])(
		'refuses the reference href=%j',
		(href) => {
			expect(() => serialise(el('image', { href }))).toThrow(/refused reference/);
			expect(() => serialise(el('image', { 'xlink:href': href }))).toThrow(/refused reference/);
		}
	);

	it('accepts a reference to a path on our own site', () => {
		expect(serialise(el('image', { href: '/atlas/basemap.svg' }))).toBe('<image href="/atlas/basemap.svg"/>');
	});
});
