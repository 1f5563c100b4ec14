/** The map's elements without a component each: the server's markup, and the keyed patch from one scene to the next. */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SceneView from '../../src/lib/components/SceneView.svg.svelte';
import { patchChildren, sceneMarkup } from '../../src/lib/components/scene-dom';
import { el, text, type SceneNode } from '../../src/lib/render/element';

const SVG = 'http://www.w3.org/2000/svg';

/** An <svg> in the page holding the markup, as the HTML parser builds it from the server's page. */
function parsed(nodes: SceneNode[]): SVGSVGElement {
	const host = document.createElement('div');
	host.innerHTML = `<svg xmlns="${SVG}">${sceneMarkup(nodes)}</svg>`;
	document.body.append(host);
	return host.querySelector('svg')!;
}

/** Elements, attributes and text, in order: what the drawing is, whatever made it. */
function shape(root: Element): string {
	return [...root.children]
		.map((e) => {
			const attrs = [...e.attributes].map((a) => `${a.name}=${a.value}`).sort();
			return `<${e.namespaceURI === SVG ? '' : 'NOT-SVG:'}${e.localName} ${attrs.join(' ')}>${e.children.length ? shape(e) : (e.textContent ?? '')}</>`;
		})
		.join('');
}

function scene(year: number, states: string[]): SceneNode[] {
	return [
		text('title', { id: 'aa-title' }, `Map, ${year} <&> "quoted"`, 'title'),
		el(
			'g',
			{ class: 'aa-map' },
			[
				el('image', { href: '/basemap.svg', width: 960, height: 640, 'aria-hidden': 'true' }, undefined, 'basemap'),
				el(
					'g',
					{ class: 'aa-nodes' },
					states.map((id, i) =>
						el(
							'g',
							{
								class: 'aa-node',
								'data-actor': id,
								tabindex: i === 0 ? 0 : -1,
								role: 'button',
								transform: `translate(${year - 2000 + i} 5)`
							},
							[el('circle', { r: 3 + i }), text('text', { x: 1 }, id)],
							id
						)
					)
				)
			],
			'map'
		)
	];
}

describe('sceneMarkup', () => {
	it('makes the same SVG elements as SceneView, with text kept as text', async () => {
		const nodes = scene(2011, ['KOR', 'JPN', 'CHN']);
		const screen = await render(SceneView, { node: el('svg', { xmlns: SVG }, nodes) });
		const svg = parsed(nodes);
		expect(shape(svg)).toBe(shape(screen.container.querySelector('svg')!));
		expect(svg.querySelector('title')!.textContent).toBe('Map, 2011 <&> "quoted"');
		expect(svg.querySelector('title')!.children).toHaveLength(0);
	});

	it('leaves out what the serialiser refuses: other elements, event handlers, off-site references', () => {
		const svg = parsed([
			el('script', {}, [text('text', {}, 'inside script')], 's'),
			el('foreignObject', {}, [el('circle', { r: 1 })], 'f'),
			el('circle', { r: 2, class: 'kept', onclick: 'alert(1)' }, undefined, 'c'),
			el('image', { href: 'javascript:alert(1)' }, undefined, 'i'),
			el('image', { href: '//elsewhere.example/x.svg' }, undefined, 'j')
		]);
		expect(svg.querySelector('script, foreignObject')).toBeNull();
		expect(svg.querySelectorAll('circle')).toHaveLength(1);
		expect(svg.querySelector('circle.kept')!.hasAttribute('onclick')).toBe(false);
		expect([...svg.querySelectorAll('image')].map((i) => i.getAttribute('href'))).toEqual([null, null]);
		expect(svg.textContent).not.toContain('inside script');
	});
});

describe('patchChildren', () => {
	it('brings the server’s drawing to the next scene, keeping each keyed element (and focus)', () => {
		const a = scene(2011, ['KOR', 'JPN', 'CHN']);
		const svg = parsed(a);
		const kor = svg.querySelector<SVGGElement>('[data-actor="KOR"]')!;
		const jpn = svg.querySelector('[data-actor="JPN"]')!;
		const image = svg.querySelector('image')!;
		kor.focus();
		const b = scene(2016, ['JPN', 'KOR', 'RUS']);
		patchChildren(svg, a, b);
		expect(shape(svg)).toBe(shape(parsed(b)));
		expect(svg.querySelector('[data-actor="KOR"]')).toBe(kor);
		expect(svg.querySelector('[data-actor="JPN"]')).toBe(jpn);
		expect(svg.querySelector('image')).toBe(image);
		expect(svg.querySelector('[data-actor="CHN"]')).toBeNull();
		expect(svg.querySelector('[data-actor="RUS"]')!.namespaceURI).toBe(SVG);
		expect(kor.getAttribute('transform')).toBe('translate(17 5)');
		expect(svg.querySelector('title')!.textContent).toBe('Map, 2016 <&> "quoted"');
	});

	it('draws a scene into an empty <svg>, and writes only the attributes whose value changed', () => {
		const svg = parsed([]);
		const a = scene(2011, ['KOR', 'JPN']);
		patchChildren(svg, [], a);
		expect(shape(svg)).toBe(shape(parsed(a)));
		// Roving tab stop: set on the element by the page, kept while the scene's value stays the same.
		const jpn = svg.querySelector('[data-actor="JPN"]')!;
		jpn.setAttribute('tabindex', '0');
		const b = scene(2012, ['KOR', 'JPN']);
		patchChildren(svg, a, b);
		expect(jpn.getAttribute('tabindex')).toBe('0');
		expect(jpn.getAttribute('transform')).toBe('translate(13 5)');
		// An attribute the next scene does not have is removed; text replaced by children and back.
		const c = b.map((n) => (n.key === 'title' ? el('title', { lang: 'en' }, [el('desc', {}, undefined)], 'title') : n));
		patchChildren(svg, b, c);
		expect(svg.querySelector('title')!.getAttribute('id')).toBeNull();
		expect(svg.querySelector('title')!.getAttribute('lang')).toBe('en');
		expect(svg.querySelector('title > desc')).not.toBeNull();
		patchChildren(svg, c, b);
		jpn.setAttribute('tabindex', '-1');
		expect(shape(svg)).toBe(shape(parsed(b)));
	});

	it('replaces an element whose tag changed under the same key, and drops duplicate keys', () => {
		const a = [el('circle', { r: 1 }, undefined, 'x'), el('rect', { width: 1 }, undefined, 'y'), el('rect', { width: 2 }, undefined, 'y')];
		const svg = parsed(a);
		const b = [el('rect', { width: 3 }, undefined, 'x'), el('rect', { width: 1 }, undefined, 'y')];
		patchChildren(svg, a, b);
		expect(shape(svg)).toBe(shape(parsed(b)));
	});
});
