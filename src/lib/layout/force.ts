/**
 * The geo-tethered force layout. Each state is pulled toward its capital's anchor with strength
 * `geo` (1: geography, 0: pure network); cooperation pulls a pair together, tension pushes it apart
 * up to a set distance, nodes never overlap. Static and deterministic: nodes sorted by id and copied,
 * started at their anchors, run to completion with d3-force's seeded simulation. Runs the same in
 * Node and in the browser.
 */
import { r2 } from '../math';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Force, type SimulationNodeDatum } from 'd3-force';
import type { Graph } from '../graph/graph';
import type { Anchors } from './anchors';
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

/** Node radius from its summed cooperation, relative to the best-tied node. */
function radius(cooperation: number, max: number): number {
	return 7 + 6 * Math.sqrt(max > 0 ? cooperation / max : 0);
}

/**
 * The simulation for a graph, built but not run: nodes sorted by id, copied, placed at their
 * anchors. `layoutGraph` runs it; the bench times its ticks alone to measure our overhead.
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
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength(-120 * net)
				.distanceMax(span / 2)
		)
		.force('collide', forceCollide<SimNode>((d) => radii.get(d.id)! + 6).iterations(2));
	return { simulation, sim, sorted, anchors, radii };
}

/** Lay out a graph. `geo` in [0, 1]. The input is not mutated. */
export function layoutGraph(graph: Pick<Graph, 'nodes' | 'forces'>, geo: number, anchors: Anchors, ticks = ticksToSettle()): Layout {
	const { width, height, margin } = FRAME;
	const { simulation, sim, sorted, anchors: anchorMap, radii } = createSimulation(graph, geo, anchors);
	simulation.tick(ticks);

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
	return { nodes: nodes.map((n, i) => ({ ...n, label: labels[i]! })), ticks };
}

function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}

function roundAnchor(a: Anchor): Anchor {
	return { ...a, x: r2(a.x), y: r2(a.y) };
}
