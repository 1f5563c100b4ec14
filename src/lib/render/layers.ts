/**
 * A zoomed region's picture: labels kept inside the region shown, and the states outside it marked
 * at its edge.
 */
import type { Layout } from '../layout/force';
import { captionWidth } from '../layout/text';
import { r2 } from '../math';
import type { Extent } from '../model/view';
import { el, text, type SceneNode } from './element';
import { MAP_STYLE } from './style';

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
			if (!inExtent(n, e)) return { ...n, label: { ...n.label, text: '' } };
			const shift = (lo: number, hi: number, min: number, max: number) =>
				lo < min + pad ? min + pad - lo : hi > max - pad ? max - pad - hi : 0;
			const dx = shift(box.x0, box.x1, e.x0, e.x1);
			const dy = shift(box.y0, box.y1, e.y0, e.y1);
			if (!dx && !dy) return n;
			return {
				...n,
				label: {
					...n.label,
					x: r2(n.label.x + dx),
					y: r2(n.label.y + dy),
					box: { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy }
				}
			};
		})
	};
}

/** Whether a state's centre lies in the region. */
export function inExtent(n: { x: number; y: number }, e: Extent): boolean {
	return n.x >= e.x0 && n.x <= e.x1 && n.y >= e.y0 && n.y <= e.y1;
}

/**
 * For a zoomed region, the states outside it as the frame shows an off-map capital: an arrow at the
 * region's edge pointing to where the state is, with its name beside it, drawn at the export's own
 * size (the region is enlarged `k` times, so these are drawn 1/k as large). Null when all are inside.
 */
export function outsideMarkers(layout: Layout, e: Extent, frameWidth: number): SceneNode | null {
	const outside = layout.nodes.filter((n) => !inExtent(n, e));
	if (!outside.length) return null;
	const k = frameWidth / (e.x1 - e.x0);
	const size = 11 / k;
	const pad = 6 / k;
	const cx = (e.x0 + e.x1) / 2;
	const cy = (e.y0 + e.y1) / 2;
	const parts = outside.flatMap((n) => {
		const dx = n.x - cx;
		const dy = n.y - cy;
		// Where the line from the region's centre to the state leaves the region (inset by the arrow's length).
		const inset = 12 / k + pad;
		const tx = dx ? ((dx > 0 ? e.x1 - inset : e.x0 + inset) - cx) / dx : Infinity;
		const ty = dy ? ((dy > 0 ? e.y1 - inset : e.y0 + inset) - cy) / dy : Infinity;
		const t = Math.min(tx, ty);
		const len = Math.hypot(dx, dy);
		const [ux, uy] = [dx / len, dy / len];
		const tip = { x: cx + dx * t + ux * (10 / k), y: cy + dy * t + uy * (10 / k) };
		const back = { x: tip.x - ux * (10 / k), y: tip.y - uy * (10 / k) };
		const side = { x: -uy * (5 / k), y: ux * (5 / k) };
		const arrow = el(
			'path',
			{
				d: `M${r2(back.x + side.x)} ${r2(back.y + side.y)}L${r2(tip.x)} ${r2(tip.y)}L${r2(back.x - side.x)} ${r2(back.y - side.y)}Z`
			},
			undefined,
			`${n.id}:arrow`
		);
		// The name inside the region, beside the arrow, moved in wherever it would leave the region.
		const w = captionWidth(n.name, size);
		let x = back.x - ux * (4 / k) - (ux > 0.3 ? w : ux < -0.3 ? 0 : w / 2);
		let y = back.y - uy * (4 / k) + (uy > 0.3 ? -size * 0.4 : uy < -0.3 ? size : size * 0.35);
		x = Math.min(e.x1 - pad - w, Math.max(e.x0 + pad, x));
		y = Math.min(e.y1 - pad - size * 0.3, Math.max(e.y0 + pad + size, y));
		return [arrow, text('text', { x: r2(x), y: r2(y) }, n.name, `${n.id}:name`)];
	});
	return el(
		'g',
		{
			class: 'aa-outside',
			fill: MAP_STYLE.muted,
			'font-size': r2(size),
			stroke: MAP_STYLE.halo,
			'stroke-width': r2(2 / k),
			'stroke-opacity': 0.8,
			'stroke-linejoin': 'round',
			'paint-order': 'stroke'
		},
		parts,
		'outside'
	);
}
