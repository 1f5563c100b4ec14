/**
 * The blocs of a year as shaded areas around their states: the convex hull of the members (d3-polygon),
 * drawn with a round-joined stroke as wide as the padding, so a bloc of two is a capsule and one of
 * three or more a rounded hull. Each bloc is labelled, so the grouping never rests on colour alone.
 */
import { polygonHull } from 'd3-polygon';
import type { LayoutNode } from '../layout/force';
import { r2 } from '../math';
import { el, text, type SceneNode } from './element';
import { BLOC_COLOURS, BLOC_OPACITY, MAP_STYLE } from './style';

const PAD = 22;

export function blocsLayer(blocs: readonly string[][], pos: Map<string, LayoutNode>): SceneNode | null {
	const shapes: SceneNode[] = [];
	const labels: SceneNode[] = [];
	blocs.forEach((members, i) => {
		const pts = members
			.map((id) => pos.get(id))
			.filter((n): n is LayoutNode => n !== undefined)
			.map((n) => [n.x, n.y] as [number, number]);
		if (pts.length < 2) return;
		const ring = pts.length >= 3 ? (polygonHull(pts) ?? pts) : pts;
		const d = `M${ring.map(([x, y]) => `${r2(x)} ${r2(y)}`).join('L')}Z`;
		const colour = BLOC_COLOURS[i % BLOC_COLOURS.length]!;
		shapes.push(el('path', { d, fill: colour, stroke: colour }, undefined, `bloc-${i + 1}`));
		const top = ring.reduce((a, b) => (b[1] < a[1] ? b : a));
		labels.push(
			text(
				'text',
				{ x: r2(top[0]), y: r2(Math.max(12, top[1] - PAD - 4)), 'text-anchor': 'middle' },
				`Bloc ${i + 1}`,
				`bloc-${i + 1}-label`
			)
		);
	});
	if (!shapes.length) return null;
	return el(
		'g',
		{ class: 'aa-blocs', 'aria-hidden': 'true' },
		[
			el(
				'g',
				{ opacity: BLOC_OPACITY, 'stroke-width': PAD * 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
				shapes,
				'bloc-areas'
			),
			el(
				'g',
				{
					'font-size': 12,
					'font-style': 'italic',
					fill: MAP_STYLE.muted,
					stroke: MAP_STYLE.halo,
					'stroke-width': 3,
					'paint-order': 'stroke'
				},
				labels,
				'bloc-labels'
			)
		],
		'blocs'
	);
}
