/**
 * What an export adds to the drawing for the people who edit it and for a zoomed region: named
 * layers (each group an `id` and an `inkscape:label`, so a designer finds "Ties: military" in
 * Inkscape's or Illustrator's layers), and labels kept inside the region shown.
 */
import type { Layout } from '../layout/force';
import type { Extent } from '../model/view';
import type { SceneNode } from './element';

/** A group's id from its most specific `aa-` class, where the class alone would say it less plainly. */
const RENAME: Record<string, string> = { nodes: 'states', offframe: 'off-map-markers', 'land-actors': 'land-states' };

/** The export's root with every `aa-` group named: `id` (unique) and `inkscape:label` ("Ties military"). */
export function exportLayers(root: SceneNode): SceneNode {
	const seen = new Map<string, number>();
	const visit = (node: SceneNode): SceneNode => {
		const children = node.children?.map(visit);
		const cls =
			node.tag === 'g'
				? String(node.attrs?.class ?? '')
						.split(/\s+/)
						.filter((c) => c.startsWith('aa-'))
						.at(-1)
				: undefined;
		if (!cls) return children ? { ...node, children } : node;
		const base = RENAME[cls.slice(3)] ?? cls.slice(3);
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		const id = n === 1 ? base : `${base}-${n}`;
		const label = base.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
		return {
			...node,
			attrs: { id, 'inkscape:label': label, 'inkscape:groupmode': 'layer', ...node.attrs },
			...(children ? { children } : {})
		};
	};
	return visit(root);
}

/**
 * The layout's labels for a zoomed region: a label that would cross the region's edge is moved
 * inside it; a state outside the region takes its label with it (its text emptied). The region's
 * margin keeps a halo clear of the edge.
 */
export function zoomedLabels(layout: Layout, e: Extent): Layout {
	const pad = 2;
	return {
		...layout,
		nodes: layout.nodes.map((n) => {
			const { box } = n.label;
			const inside = n.x >= e.x0 && n.x <= e.x1 && n.y >= e.y0 && n.y <= e.y1;
			if (!inside) return { ...n, label: { ...n.label, text: '' } };
			const shift = (lo: number, hi: number, min: number, max: number) =>
				lo < min + pad ? min + pad - lo : hi > max - pad ? max - pad - hi : 0;
			const dx = shift(box.x0, box.x1, e.x0, e.x1);
			const dy = shift(box.y0, box.y1, e.y0, e.y1);
			if (!dx && !dy) return n;
			const r = (v: number) => Math.round(v * 100) / 100;
			return {
				...n,
				label: {
					...n.label,
					x: r(n.label.x + dx),
					y: r(n.label.y + dy),
					box: { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy }
				}
			};
		})
	};
}
