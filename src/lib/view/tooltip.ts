/**
 * Where a tooltip goes: beside its anchor (the pointer, or the focused tie's midpoint), in the first
 * of four corners — below right, below left, above right, above left — that stays inside the map
 * and covers none of the given discs (the tie's two states); failing that, the corner that covers
 * them least. Pure, in CSS pixels of the map.
 */

export interface Placement {
	left: number;
	top: number;
}

type Point = { x: number; y: number };
type Disc = Point & { r: number };

const GAP = 14;

/** Area of a box that a disc's bounding square covers. */
function covered(b: { x0: number; y0: number; x1: number; y1: number }, d: Disc): number {
	const w = Math.min(b.x1, d.x + d.r) - Math.max(b.x0, d.x - d.r);
	const h = Math.min(b.y1, d.y + d.r) - Math.max(b.y0, d.y - d.r);
	return w > 0 && h > 0 ? w * h : 0;
}

export function tooltipPlacement(
	anchor: Point,
	size: { width: number; height: number },
	area: { width: number; height: number },
	avoid: readonly Disc[]
): Placement {
	const corners: Placement[] = [
		{ left: anchor.x + GAP, top: anchor.y + GAP },
		{ left: anchor.x - GAP - size.width, top: anchor.y + GAP },
		{ left: anchor.x + GAP, top: anchor.y - GAP - size.height },
		{ left: anchor.x - GAP - size.width, top: anchor.y - GAP - size.height }
	];
	let best = corners[0]!;
	let bestCost = Infinity;
	for (const c of corners) {
		const left = Math.min(Math.max(0, c.left), Math.max(0, area.width - size.width));
		const top = Math.min(Math.max(0, c.top), Math.max(0, area.height - size.height));
		const box = { x0: left, y0: top, x1: left + size.width, y1: top + size.height };
		const moved = Math.abs(left - c.left) + Math.abs(top - c.top);
		const cost = avoid.reduce((s, d) => s + covered(box, d), 0) * 10 + moved;
		if (cost < bestCost) {
			best = { left, top };
			bestCost = cost;
			if (cost === 0) break;
		}
	}
	return best;
}
