/**
 * Label placement: each node's label goes right, left, above or below it — the first place that
 * overlaps no other label, no node and stays in the frame; failing that, the place with the least
 * overlap. A label that cannot stay inside the frame in full is shortened ("United States
 * (off map →)", then "United States →", then "USA →"): no label is ever cut by the frame. Text
 * width comes from the shared estimate in `text.ts`.
 */

import { r2 } from '../math';
import { textWidth } from './text';
export interface LabelBox {
	/** The text drawn (the full name, or a shorter form where the full one would leave the frame). */
	text: string;
	x: number;
	y: number;
	/** SVG text-anchor. */
	anchor: 'start' | 'middle' | 'end';
	/** The box the text occupies, for overlap tests. */
	box: { x0: number; y0: number; x1: number; y1: number };
}

export const LABEL_FONT_SIZE = 12;
const GAP = 4;

/** Estimated width of a label in SVG units. */
export function labelWidth(text: string): number {
	return textWidth(text, LABEL_FONT_SIZE);
}

interface Placeable {
	/** The label's forms, longest (preferred) first. */
	texts: readonly string[];
	x: number;
	y: number;
	r: number;
}

type Box = LabelBox['box'];

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
	return w > 0 && h > 0 ? w * h : 0;
}

/** A node's label forms, preferred first: an off-map state says which way its capital lies. */
export function labelTexts(node: { id: string; name: string; anchor: { offFrame: boolean; edge?: 'east' | 'west' } }): string[] {
	if (!node.anchor.offFrame) return [node.name, node.id];
	const east = node.anchor.edge === 'east';
	return [
		`${node.name} (${east ? 'off map →' : '← off map'})`,
		east ? `${node.name} →` : `← ${node.name}`,
		east ? `${node.id} →` : `← ${node.id}`
	];
}

function candidates(n: Placeable, text: string): LabelBox[] {
	const w = labelWidth(text);
	const h = LABEL_FONT_SIZE + 2;
	const base = (x: number, y: number, anchor: LabelBox['anchor']): LabelBox => {
		const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		return { text, x: r2(x), y: r2(y), anchor, box: { x0: r2(x0), y0: r2(y - h + 3), x1: r2(x0 + w), y1: r2(y + 3) } };
	};
	const d = n.r + GAP;
	return [
		base(n.x + d, n.y + 4, 'start'),
		base(n.x - d, n.y + 4, 'end'),
		base(n.x, n.y - d - 2, 'middle'),
		base(n.x, n.y + d + LABEL_FONT_SIZE, 'middle')
	];
}

/** Place every node's label; result is in the nodes' order. */
export function placeLabels(nodes: readonly Placeable[], frame: { width: number; height: number }): LabelBox[] {
	const placed: Box[] = [];
	const circles: Box[] = nodes.map((n) => ({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
	return nodes.map((n, i) => {
		let best: LabelBox | undefined;
		let bestCost = Infinity;
		// The longest form that fits inside the frame; a shorter one only where it must.
		for (const text of n.texts) {
			let formBest: LabelBox | undefined;
			let formCost = Infinity;
			let formOutside = Infinity;
			for (const c of candidates(n, text)) {
				const b = c.box;
				const outside = Math.max(0, -b.x0) + Math.max(0, b.x1 - frame.width) + Math.max(0, -b.y0) + Math.max(0, b.y1 - frame.height);
				let cost = outside * 100;
				for (const p of placed) cost += overlap(b, p);
				circles.forEach((c2, j) => {
					if (j !== i) cost += overlap(b, c2);
				});
				if (cost < formCost) {
					formBest = c;
					formCost = cost;
					formOutside = outside;
					if (cost === 0) break;
				}
			}
			if (formCost < bestCost) {
				best = formBest;
				bestCost = formCost;
			}
			if (formOutside === 0) break;
		}
		placed.push(best!.box);
		return best!;
	});
}
