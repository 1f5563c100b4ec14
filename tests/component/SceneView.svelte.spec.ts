import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SceneView from '../../src/lib/components/SceneView.svelte';
import { el, text } from '../../src/lib/render/scene';

describe('SceneView', () => {
	it('draws scene nodes as SVG elements, attributes and text escaped by the DOM', async () => {
		const node = el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 10 10' }, [
			el(
				'g',
				{ class: 'a', 'data-actor': 'KOR', tabindex: 0, role: 'button', 'aria-label': 'South Korea' },
				[el('circle', { r: 3 })],
				'KOR'
			),
			text('text', { x: 1, y: 2 }, '<script>alert(1)</script> & "quotes"', 'label')
		]);
		const screen = await render(SceneView, { node });
		const g = screen.getByRole('button', { name: 'South Korea' });
		await expect.element(g).toBeInTheDocument();
		expect(g.element().namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(g.element().querySelector('circle')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
		const t = screen.container.querySelector('text')!;
		expect(t.textContent).toBe('<script>alert(1)</script> & "quotes"');
		expect(screen.container.querySelector('script')).toBeNull();
	});
});
