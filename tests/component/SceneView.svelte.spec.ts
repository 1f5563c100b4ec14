import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SceneView from '../../src/lib/components/SceneView.svg.svelte';
import { el, text } from '../../src/lib/render/element';

describe('SceneView', () => {
	it('draws scene nodes as SVG elements with their attributes, and text as text', async () => {
		const node = el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 10 10' }, [
			el(
				'g',
				{ class: 'a', 'data-actor': 'KOR', tabindex: 0, role: 'button', 'aria-label': 'South Korea' },
				[el('circle', { r: 3 })],
				'KOR'
			),
			text('text', { x: 1, y: 2 }, '<b>bold?</b> & "quotes"', 'label')
		]);
		const screen = await render(SceneView, { node });
		const g = screen.getByRole('button', { name: 'South Korea' });
		await expect.element(g).toBeInTheDocument();
		expect(g.element().namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(g.element().querySelector('circle')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(g.element().querySelector('circle')?.getAttribute('r')).toBe('3');
		const t = screen.container.querySelector('text')!;
		expect(t.textContent).toBe('<b>bold?</b> & "quotes"');
		expect(t.children).toHaveLength(0);
	});

	it('does not draw an element the serialiser refuses, nor its children', async () => {
		const node = el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
			el('script', {}, [text('text', {}, 'inside script')], 's'),
			el('foreignObject', {}, [el('circle', { r: 1 })], 'f'),
			el('circle', { r: 2, class: 'kept' }, undefined, 'c')
		]);
		const screen = await render(SceneView, { node });
		expect(screen.container.querySelector('script')).toBeNull();
		expect(screen.container.querySelector('foreignObject')).toBeNull();
		expect(screen.container.querySelectorAll('circle')).toHaveLength(1);
		expect(screen.container.querySelector('circle.kept')).not.toBeNull();
		expect(screen.container.textContent).not.toContain('inside script');
	});
});
