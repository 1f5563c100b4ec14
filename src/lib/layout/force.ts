/**
 * The geo-tethered force layout. Each state is pulled toward its capital's anchor with strength
 * `geo` (1: geography, 0: pure network); cooperation pulls a pair together, tension pushes it apart
 * up to a set distance, nodes never overlap. Static and deterministic: nodes sorted by id and copied,
 * started at their anchors, run with d3-force's seeded simulation, to completion (300 ticks) or, for
 * a large graph, until settled. Runs the same in Node and in the browser.
 */
import { r2 } from '../math';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Force, type SimulationNodeDatum } from 'd3-force';
import type { Graph } from '../graph/graph';
import type { Anchors } from './anchors';
import { forceCollideGrid, forceManyBodyExact, overlapping } from './fast-forces';
import { FRAME, type Anchor } from './frame';
import { labelTexts, placeLabels, type LabelBox } from './labels';

export interface LayoutNode {
	id: string;
	name: string;
	x: number;
	y: number;
	r: number;
	anchor: Anchor;
	label: LabelBox;
}

export interface Layout {
	nodes: LayoutNode[];
	ticks: number;
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	ax: number;
	ay: number;
}

/** Ticks until alpha falls below alphaMin, as d3-force itself counts them. */
export function ticksToSettle(alphaMin = 0.001, alphaDecay = 1 - Math.pow(0.001, 1 / 300)): number {
	return Math.ceil(Math.log(alphaMin) / Math.log(1 - alphaDecay));
}

/** Tension: pushes a tense pair apart while they are closer than `distance`; never pulls. */
function forceApart(pairs: { source: SimNode; target: SimNode; strength: number }[], distance: number): Force<SimNode, undefined> {
	return (alpha: number) => {
		for (const { source: a, target: b, strength } of pairs) {
			let dx = b.x! + b.vx! - a.x! - a.vx!;
			let dy = b.y! + b.vy! - a.y! - a.vy!;
			let d = Math.hypot(dx, dy);
			if (d >= distance) continue;
			if (d === 0) {
				dx = 1e-6;
				dy = 0;
				d = 1e-6;
			}
			const k = ((distance - d) / d) * strength * alpha * 0.5;
			a.vx! -= dx * k;
			a.vy! -= dy * k;
			b.vx! += dx * k;
			b.vy! += dy * k;
		}
	};
}

/** Room the collide force keeps around each node's circle. */
const PAD = 6;

/**
 * From this many states on, `layoutGraph` runs the large-graph path (see `settle`). Below it the full
 * run costs a few milliseconds, and the small graphs (the default data's eight states, the goldens)
 * keep the exact layout they always had.
 */
export const LARGE_GRAPH = 50;

/** Settled: the nodes' root-mean-square movement in the last tick, in SVG units. */
export const SETTLED = 0.2;

/** Up to this many states the large-graph path sums the many-body force exactly (fewer operations than Barnes–Hut). */
const EXACT_CHARGE_MAX = 1000;

/** Node radius from its summed cooperation, relative to the best-tied node. */
function radius(cooperation: number, max: number): number {
	return 7 + 6 * Math.sqrt(max > 0 ? cooperation / max : 0);
}

/**
 * The simulation for a graph, built but not run, with d3's own forces: nodes sorted by id, copied,
 * placed at their anchors. `layoutGraph` runs it (a large graph with faster stand-ins for two of the
 * forces, until settled); the bench times all 300 of its ticks as raw d3-force, the baseline for our
 * layout's time.
 */
export function createSimulation(graph: Pick<Graph, 'nodes' | 'forces'>, geo: number, anchorOf: Anchors) {
	const { width, height } = FRAME;
	const sorted = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const anchors = new Map(
		sorted.map((n) => {
			const a = anchorOf[n.id];
			if (!a) throw new Error(`no anchor for ${n.id}`);
			return [n.id, a];
		})
	);
	const maxCoop = Math.max(0, ...sorted.map((n) => n.cooperation));
	const radii = new Map(sorted.map((n) => [n.id, radius(n.cooperation, maxCoop)]));
	const sim: SimNode[] = sorted.map((n) => {
		const a = anchors.get(n.id)!;
		return { id: n.id, ax: a.x, ay: a.y, x: a.x, y: a.y };
	});
	const byId = new Map(sim.map((n) => [n.id, n]));
	const net = 1 - geo;
	const pulls = graph.forces.filter((f) => f.attraction > 0 && byId.has(f.source) && byId.has(f.target));
	const pushes = graph.forces
		.filter((f) => f.repulsion > 0 && byId.has(f.source) && byId.has(f.target))
		.map((f) => ({ source: byId.get(f.source)!, target: byId.get(f.target)!, strength: net * f.repulsion }));
	const span = Math.min(width, height);
	const charge = { strength: -120 * net, distanceMax: span / 2 };

	const simulation = forceSimulation(sim)
		.stop()
		.force('anchorX', forceX<SimNode>((d) => d.ax).strength(0.05 + 0.75 * geo))
		.force('anchorY', forceY<SimNode>((d) => d.ay).strength(0.05 + 0.75 * geo))
		.force(
			'ties',
			forceLink<SimNode, { source: string; target: string; attraction: number }>(
				pulls.map((f) => ({ source: f.source, target: f.target, attraction: f.attraction }))
			)
				.id((d) => d.id)
				.distance((l) => span * (0.5 - 0.35 * l.attraction))
				.strength((l) => net * 0.6 * l.attraction)
		)
		.force('tension', forceApart(pushes, span * 0.75))
		.force('charge', forceManyBody<SimNode>().strength(charge.strength).distanceMax(charge.distanceMax))
		.force('collide', forceCollide<SimNode>((d) => radii.get(d.id)! + PAD).iterations(2));
	return { simulation, sim, sorted, anchors, radii, charge };
}

/** Lay out a graph. `geo` in [0, 1]; `ticks`, the most to run. The input is not mutated. */
export function layoutGraph(graph: Pick<Graph, 'nodes' | 'forces'>, geo: number, anchors: Anchors, ticks = ticksToSettle()): Layout {
	const { width, height, margin } = FRAME;
	const built = createSimulation(graph, geo, anchors);
	const { simulation, sim, sorted, anchors: anchorMap, radii } = built;
	let ran = ticks;
	if (sim.length >= LARGE_GRAPH) {
		ran = settle(built, ticks);
		separate(built);
	} else simulation.tick(ticks);

	const names = new Map(sorted.map((n) => [n.id, n.name]));
	const nodes = sim.map((s) => {
		const r = radii.get(s.id)!;
		return {
			id: s.id,
			name: names.get(s.id)!,
			x: r2(clamp(s.x!, margin + r, width - margin - r)),
			y: r2(clamp(s.y!, margin + r, height - margin - r)),
			r: r2(r),
			anchor: roundAnchor(anchorMap.get(s.id)!)
		};
	});
	const labels = placeLabels(
		nodes.map((n) => ({ ...n, texts: labelTexts(n) })),
		{ width, height }
	);
	return { nodes: nodes.map((n, i) => ({ ...n, label: labels[i]! })), ticks: ran };
}

/**
 * The large-graph path: the same model, run until settled rather than for all `maxTicks`. Nodes
 * start at their anchors and the tethers hold them near, so most of the movement is in the first
 * hundred ticks; after that d3's decaying alpha moves them by fractions of a unit a tick. Stopping
 * there moves single nodes, not the layout's quality: the tethering error stays within a few percent
 * of the full run's and `separate` sees to overlaps (tested on a 200-state / 5,000-tie graph).
 * Two forces are swapped for stand-ins from `fast-forces.ts` that find their pairs with less work:
 * collide with a grid instead of a quadtree (the same pushes), and, up to `EXACT_CHARGE_MAX` states,
 * the many-body force summed over every pair, exactly, instead of by Barnes–Hut (the force that
 * Barnes–Hut approximates; the layout moves about as much as with a finer Barnes–Hut theta).
 * The run stops after the first tick in which the nodes moved less than `SETTLED` units (root mean
 * square). Returns the ticks run.
 */
function settle({ simulation, sim, radii, charge }: ReturnType<typeof createSimulation>, maxTicks: number): number {
	simulation.force(
		'collide',
		forceCollideGrid<SimNode>((d) => radii.get(d.id)! + PAD, 2)
	);
	if (sim.length <= EXACT_CHARGE_MAX) simulation.force('charge', forceManyBodyExact<SimNode>(charge.strength, charge.distanceMax));
	const limit = SETTLED * SETTLED * sim.length;
	for (let k = 1; k <= maxTicks; k++) {
		simulation.tick();
		let moved = 0;
		for (const d of sim) moved += d.vx! * d.vx! + d.vy! * d.vy!;
		if (moved < limit) return k;
	}
	return maxTicks;
}

/**
 * After a large graph's run: bring every node inside the frame (as the drawing clamps it), then push
 * apart any two circles closer than a unit, as the collide force alone would, keeping them in the
 * frame, until none are (at most 50 passes). The full run has no such step; without it, a run that
 * stops early, or nodes pushed beyond the frame and clamped back, could leave circles overlapping.
 */
function separate({ simulation, sim, radii }: ReturnType<typeof createSimulation>) {
	const { width, height, margin } = FRAME;
	const r = Float64Array.from(sim, (d) => radii.get(d.id)!);
	const inFrame = () =>
		sim.forEach((d, i) => {
			d.x = clamp(d.x!, margin + r[i]!, width - margin - r[i]!);
			d.y = clamp(d.y!, margin + r[i]!, height - margin - r[i]!);
		});
	const apart = r.map((x) => x + 0.5);
	const collide = forceCollideGrid<SimNode>((d) => radii.get(d.id)! + 1);
	collide.initialize!(sim, simulation.randomSource());
	inFrame();
	for (let pass = 0; pass < 50 && overlapping(sim, apart); pass++) {
		for (const d of sim) d.vx = d.vy = 0;
		collide(1);
		for (const d of sim) {
			d.x! += d.vx!;
			d.y! += d.vy!;
		}
		inFrame();
	}
}

function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}

function roundAnchor(a: Anchor): Anchor {
	return { ...a, x: r2(a.x), y: r2(a.y) };
}
