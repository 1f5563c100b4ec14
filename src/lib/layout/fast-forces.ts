/**
 * Stand-ins for two d3-force forces, for large graphs: the same arithmetic on a pair as d3's, with
 * less work to find the pairs. Building and walking d3's quadtrees is most of a tick's time for a
 * few hundred nodes.
 * - `forceCollideGrid`: d3's collide, its neighbours found with a uniform grid instead of a quadtree.
 * - `forceManyBodyExact`: d3's many-body force summed over every pair within reach, exactly, where
 *   d3 approximates far groups by their centre (Barnes–Hut). Fewer operations up to about a
 *   thousand nodes.
 * And `overlapping`, a grid-based test for overlapping circles.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

/** Points bucketed into square cells: the points of cell c are order[start[c]] … order[start[c + 1] - 1], in index order. */
interface Grid {
	x0: number;
	y0: number;
	size: number;
	cols: number;
	rows: number;
	start: Int32Array;
	order: Int32Array;
}

/** A tiny random offset for two points that coincide on an axis: d3-force's own `jiggle` (not exported by it). */
function jiggle(random: () => number): number {
	return (random() - 0.5) * 1e-6;
}

/**
 * Bucket n points into cells at least `cell` wide; wider where the points are spread so far that
 * there would be more than 4 cells per point (a wider cell only means more pairs tested, never a
 * pair missed).
 */
function bucket(xs: Float64Array, ys: Float64Array, n: number, cell: number): Grid {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (let i = 0; i < n; i++) {
		const x = xs[i]!;
		const y = ys[i]!;
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	const w = x1 - x0;
	const h = y1 - y0;
	const size = Math.max(cell, Math.sqrt((w * h) / (2 * n)), Math.max(w, h) / (n + 1));
	const cols = Math.floor(w / size) + 1;
	const rows = Math.floor(h / size) + 1;
	const cells = cols * rows;
	const cellOf = new Int32Array(n);
	const start = new Int32Array(cells + 1);
	for (let i = 0; i < n; i++) {
		const c = Math.floor((ys[i]! - y0) / size) * cols + Math.floor((xs[i]! - x0) / size);
		cellOf[i] = c;
		start[c + 1]!++;
	}
	for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
	const fill = start.slice(0, cells);
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;
	return { x0, y0, size, cols, rows, start, order };
}

/**
 * d3's forceCollide(radius).iterations(iterations), with strength 1. The arithmetic is d3's (each pass
 * reads a node at x + vx, pushes every overlapping pair apart, the push shared by squared radius, a
 * zero offset jiggled with the simulation's random source). With cells as wide as the largest
 * diameter, every node within reach of a node lies in the 3 × 3 cells around it; the grid is rebuilt
 * from positions at the start of each pass, as d3 rebuilds its quadtree.
 */
export function forceCollideGrid<N extends SimulationNodeDatum>(radius: (node: N) => number, iterations = 1): Force<N, undefined> {
	let nodes: N[] = [];
	let radii = new Float64Array(0);
	let cell = 0;
	let random: () => number = Math.random;
	let xs = new Float64Array(0);
	let ys = new Float64Array(0);

	function pass() {
		const n = nodes.length;
		if (n === 0) return;
		for (let i = 0; i < n; i++) {
			const d = nodes[i]!;
			xs[i] = d.x! + d.vx!;
			ys[i] = d.y! + d.vy!;
		}
		const { x0, y0, size, cols, rows, start, order } = bucket(xs, ys, n, cell);
		for (let i = 0; i < n; i++) {
			const a = nodes[i]!;
			const ri = radii[i]!;
			const ri2 = ri * ri;
			const xi = a.x! + a.vx!;
			const yi = a.y! + a.vy!;
			const cx = Math.floor((xi - x0) / size);
			const cy = Math.floor((yi - y0) / size);
			for (let gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
				for (let gx = Math.max(0, cx - 1); gx <= Math.min(cols - 1, cx + 1); gx++) {
					const c = gy * cols + gx;
					for (let m = start[c]!; m < start[c + 1]!; m++) {
						const j = order[m]!;
						if (j <= i) continue;
						const b = nodes[j]!;
						const rj = radii[j]!;
						const r = ri + rj;
						let x = xi - b.x! - b.vx!;
						let y = yi - b.y! - b.vy!;
						let l = x * x + y * y;
						if (l >= r * r) continue;
						if (x === 0) {
							x = jiggle(random);
							l += x * x;
						}
						if (y === 0) {
							y = jiggle(random);
							l += y * y;
						}
						l = Math.sqrt(l);
						l = (r - l) / l;
						x *= l;
						y *= l;
						const rj2 = rj * rj;
						const share = rj2 / (ri2 + rj2);
						a.vx! += x * share;
						a.vy! += y * share;
						b.vx! -= x * (1 - share);
						b.vy! -= y * (1 - share);
					}
				}
			}
		}
	}

	const force = () => {
		for (let k = 0; k < iterations; k++) pass();
	};
	force.initialize = (ns: N[], rnd: () => number) => {
		nodes = ns;
		random = rnd;
		radii = Float64Array.from(ns, (d) => +radius(d));
		cell = 2 * Math.max(0, ...radii);
		xs = new Float64Array(ns.length);
		ys = new Float64Array(ns.length);
	};
	return force;
}

/**
 * d3's forceManyBody().strength(strength).distanceMax(distanceMax) (distanceMin 1), summed over every
 * pair closer than distanceMax instead of by Barnes–Hut: for each pair, d3's push for two single
 * nodes (a zero offset jiggled with the simulation's random source).
 */
export function forceManyBodyExact<N extends SimulationNodeDatum>(strength: number, distanceMax: number): Force<N, undefined> {
	let nodes: N[] = [];
	let random: () => number = Math.random;
	const max2 = distanceMax * distanceMax;
	const force = (alpha: number) => {
		const n = nodes.length;
		const s = strength * alpha;
		for (let i = 0; i < n; i++) {
			const a = nodes[i]!;
			const ax = a.x!;
			const ay = a.y!;
			let avx = 0;
			let avy = 0;
			for (let j = i + 1; j < n; j++) {
				const b = nodes[j]!;
				let x = b.x! - ax;
				let y = b.y! - ay;
				let l = x * x + y * y;
				if (l >= max2) continue;
				if (x === 0) {
					x = jiggle(random);
					l += x * x;
				}
				if (y === 0) {
					y = jiggle(random);
					l += y * y;
				}
				if (l < 1) l = Math.sqrt(l);
				const w = s / l;
				avx += x * w;
				avy += y * w;
				b.vx! -= x * w;
				b.vy! -= y * w;
			}
			a.vx! += avx;
			a.vy! += avy;
		}
	};
	force.initialize = (ns: N[], rnd: () => number) => {
		nodes = ns;
		random = rnd;
	};
	return force;
}

/** Whether any two circles (nodes at x, y with the given radii) overlap. */
export function overlapping(nodes: readonly SimulationNodeDatum[], radii: Float64Array): boolean {
	const n = nodes.length;
	if (n < 2) return false;
	const xs = Float64Array.from(nodes, (d) => d.x!);
	const ys = Float64Array.from(nodes, (d) => d.y!);
	const { x0, y0, size, cols, rows, start, order } = bucket(xs, ys, n, 2 * Math.max(...radii));
	for (let i = 0; i < n; i++) {
		const cx = Math.floor((xs[i]! - x0) / size);
		const cy = Math.floor((ys[i]! - y0) / size);
		for (let gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
			for (let gx = Math.max(0, cx - 1); gx <= Math.min(cols - 1, cx + 1); gx++) {
				const c = gy * cols + gx;
				for (let m = start[c]!; m < start[c + 1]!; m++) {
					const j = order[m]!;
					if (j <= i) continue;
					const r = radii[i]! + radii[j]!;
					const dx = xs[i]! - xs[j]!;
					const dy = ys[i]! - ys[j]!;
					if (dx * dx + dy * dy < r * r) return true;
				}
			}
		}
	}
	return false;
}
