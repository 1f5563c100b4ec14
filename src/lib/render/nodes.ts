/**
 * The states of a view: a disc per state (sized by its cooperation), its label with a white halo,
 * and an arrow at the frame's edge for a state whose capital lies off the map. On the page each
 * state is a focusable button named after the state.
 */
import type { Layout, LayoutNode } from '../layout/force';
import { FRAME } from '../layout/frame';
import { r2 } from '../math';
import type { MapInput } from './input';
import { el, text, type SceneNode } from './element';
import { labelTexts } from '../layout/labels';
import { MAP_STYLE } from './style';

import { HIT_MARGIN } from './ties';

/** Short labels' size in frame units: at least 11 CSS px on a 390 px wide phone (390 / 960 × 28 ≈ 11.4). */
export const PHONE_LABEL_SIZE = 28;

/**
 * The label halo's opacity: enough to lift a label off the lines under it, little enough that where
 * paint-order is ignored (the halo painted over the text) the text keeps 4.5:1 against white (WCAG AA).
 */
export const LABEL_HALO_OPACITY = 0.35;

/** How far (frame units, beyond its disc) a state may drift from its capital before a leader line shows where the capital is. */
const LEADER_AFTER = 30;

/** Whether a state's node has moved away from its capital (or from its off-map arrow) far enough to need a leader line. */
export function driftsFromCapital(n: LayoutNode): boolean {
	return Math.hypot(n.x - n.anchor.x, n.y - n.anchor.y) > n.r + LEADER_AFTER;
}

/**
 * Where each state's capital is, when the layout has moved the state away from it (a low geography
 * pull): a small mark at the capital (or the off-map arrow's point) and a thin dashed line to the
 * state, so the map still means something.
 */
export function capitalLeaders(layout: Layout): SceneNode | null {
	const drifting = layout.nodes.filter(driftsFromCapital);
	if (!drifting.length) return null;
	const parts = drifting.flatMap((n) => {
		const { x: ax, y: ay } = n.anchor;
		const len = Math.hypot(n.x - ax, n.y - ay);
		const ex = n.x - ((n.x - ax) / len) * n.r;
		const ey = n.y - ((n.y - ay) / len) * n.r;
		const leader = el('line', { x1: r2(ax), y1: r2(ay), x2: r2(ex), y2: r2(ey) }, undefined, `${n.id}:leader`);
		return n.anchor.offFrame
			? [leader]
			: [leader, el('circle', { cx: r2(ax), cy: r2(ay), r: 3, stroke: 'none' }, undefined, `${n.id}:capital`)];
	});
	return el(
		'g',
		{ class: 'aa-capitals', fill: MAP_STYLE.muted, stroke: MAP_STYLE.muted, 'stroke-width': 1, 'stroke-dasharray': '3 3' },
		parts,
		'capitals'
	);
}

export function offFrameMarkers(layout: Layout): SceneNode | null {
	const markers = layout.nodes
		.filter((n) => n.anchor.offFrame)
		.map((n) => {
			const { y, edge } = n.anchor;
			const s = edge === 'east' ? 1 : -1;
			const tip = edge === 'east' ? FRAME.width - 6 : 6;
			const back = tip - s * 12;
			return el(
				'path',
				{ d: `M${r2(back)} ${r2(y - 7)}L${r2(tip)} ${r2(y)}L${r2(back)} ${r2(y + 7)}Z`, 'data-edge': edge },
				undefined,
				n.id
			);
		});
	return markers.length ? el('g', { class: 'aa-offframe', fill: MAP_STYLE.muted }, markers, 'offframe') : null;
}

export function nodesLayer(input: MapInput, layout: Layout): SceneNode[] {
	const focus = input.view.focus;
	// One Tab stop for all the states (the focused one, else the first); arrow keys move between them.
	const tabStop = focus && layout.nodes.some((n) => n.id === focus) ? focus : layout.nodes[0]?.id;
	const nodes = layout.nodes.map((n) => {
		const focused = focus === n.id;
		const attrs: Record<string, string | number | undefined> = {
			transform: `translate(${r2(n.x)} ${r2(n.y)})`,
			class: 'aa-node',
			'data-actor': n.id
		};
		if (input.interactive) {
			attrs.tabindex = n.id === tabStop ? 0 : -1;
			attrs.role = 'button';
			attrs['aria-label'] = n.name;
			attrs['aria-pressed'] = focused ? 'true' : 'false';
		}
		const circle = el(
			'circle',
			{ r: r2(n.r), fill: focused ? MAP_STYLE.focus : undefined, 'stroke-width': focused ? 3 : undefined },
			undefined,
			'dot'
		);
		// On the page, a larger invisible disc makes the state easier to hit with a finger.
		const hit = input.interactive
			? [el('circle', { r: r2(n.r + HIT_MARGIN), fill: 'transparent', stroke: 'none', class: 'aa-hit' }, undefined, 'hit')]
			: [];
		return el('g', attrs, [...hit, circle], n.id);
	});
	const labelAttrs = (n: LayoutNode) => ({
		x: n.label.x,
		y: n.label.y,
		'text-anchor': n.label.anchor === 'start' ? undefined : n.label.anchor,
		'font-weight': focus === n.id ? 'bold' : undefined
	});
	return [
		el('g', { class: 'aa-nodes', fill: MAP_STYLE.nodeFill, stroke: MAP_STYLE.node, 'stroke-width': 2 }, nodes, 'nodes'),
		// One text a label, its halo a stroke painted under the fill (paint-order). A renderer that ignores
		// paint-order paints the stroke over the fill: the halo is half transparent, so the text stays
		// legible there too (mid grey on the paper), and an editor edits one text, not two.
		el(
			'g',
			{
				class: 'aa-labels',
				'font-size': 12,
				fill: MAP_STYLE.text,
				stroke: MAP_STYLE.halo,
				'stroke-width': 3.5,
				'stroke-opacity': LABEL_HALO_OPACITY,
				'stroke-linejoin': 'round',
				'paint-order': 'stroke',
				'aria-hidden': input.interactive ? 'true' : undefined
			},
			layout.nodes.filter((n) => n.label.text).map((n) => text('text', labelAttrs(n), n.label.text, n.id)),
			'labels'
		),
		// On the page only: short labels (KOR, USA →) in large type, which a phone shows instead of the
		// full names (each state's full name stays its accessible name and is in the tooltip).
		...(input.interactive
			? [
					el(
						'g',
						{
							class: 'aa-labels-short',
							'font-size': PHONE_LABEL_SIZE,
							fill: MAP_STYLE.text,
							stroke: MAP_STYLE.halo,
							'stroke-width': 6,
							'stroke-linejoin': 'round',
							'paint-order': 'stroke',
							'aria-hidden': 'true'
						},
						layout.nodes.map((n) => text('text', labelAttrs(n), labelTexts(n).at(-1)!, n.id)),
						'short'
					)
				]
			: [])
	];
}
