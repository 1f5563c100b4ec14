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

/**
 * Boxes filed by the cell of their top-left corner on a grid over the frame, so that a box is tested
 * only against the boxes filed near it, not against all of them (label placement was all-pairs, its
 * cost growing with the square of the number of states). A corner outside the frame is filed in the
 * nearest edge cell. Exported for the tests.
 */
export class BoxIndex {
	private readonly cells: number[][];
	private readonly cols: number;
	private readonly rows: number;
	private readonly boxes: Box[] = [];
	// Scratch for addOverlaps: the boxes b overlaps, in id order, and the areas.
	private readonly ids: number[] = [];
	private readonly areas: number[] = [];
	private maxW = 0;
	private maxH = 0;

	constructor(
		frame: { width: number; height: number },
		private readonly size = 64
	) {
		this.cols = Math.max(1, Math.ceil(frame.width / size));
		this.rows = Math.max(1, Math.ceil(frame.height / size));
		this.cells = Array.from({ length: this.cols * this.rows }, () => []);
	}

	// Cells clamped to the grid (NaN to the first): monotonic, so a query's range of cells still holds every box it must meet.
	private col(x: number): number {
		const c = Math.floor(x / this.size);
		return c > 0 ? Math.min(this.cols - 1, c) : 0;
	}

	private row(y: number): number {
		const r = Math.floor(y / this.size);
		return r > 0 ? Math.min(this.rows - 1, r) : 0;
	}

	add(b: Box) {
		const id = this.boxes.push(b) - 1;
		this.cells[this.row(b.y0) * this.cols + this.col(b.x0)]!.push(id);
		this.maxW = Math.max(this.maxW, b.x1 - b.x0);
		this.maxH = Math.max(this.maxH, b.y1 - b.y0);
	}

	/**
	 * `cost` plus the overlap of `b` with each box (but box `skip`), added in the order the boxes were
	 * filed: the very sum an all-pairs loop gives, as each box left out would add exactly 0.
	 */
	addOverlaps(cost: number, b: Box, skip = -1): number {
		// A box overlapping b has its corner in (b.x0 - its width, b.x1) × (b.y0 - its height, b.y1); one
		// cell more on the low side, so that rounding in b.x0 - maxW cannot leave one out.
		const { ids, areas } = this;
		let hits = 0;
		const c0 = this.col(b.x0 - this.maxW - this.size);
		const c1 = this.col(b.x1);
		for (let r = this.row(b.y0 - this.maxH - this.size); r <= this.row(b.y1); r++) {
			for (let c = c0; c <= c1; c++) {
				for (const id of this.cells[r * this.cols + c]!) {
					if (id === skip) continue;
					const area = overlap(b, this.boxes[id]!);
					if (area === 0) continue;
					// Insert in id order (there are rarely more than a few).
					let k = hits++;
					for (; k > 0 && ids[k - 1]! > id; k--) {
						ids[k] = ids[k - 1]!;
						areas[k] = areas[k - 1]!;
					}
					ids[k] = id;
					areas[k] = area;
				}
			}
		}
		for (let k = 0; k < hits; k++) cost += areas[k]!;
		return cost;
	}
}

/** Place every node's label; result is in the nodes' order. */
export function placeLabels(nodes: readonly Placeable[], frame: { width: number; height: number }): LabelBox[] {
	const placed = new BoxIndex(frame);
	const circles = new BoxIndex(frame);
	for (const n of nodes) circles.add({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r });
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
				const cost = circles.addOverlaps(placed.addOverlaps(outside * 100, b), b, i);
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
		placed.add(best!.box);
		return best!;
	});
}
