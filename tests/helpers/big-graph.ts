/**
 * A generated graph for measuring and testing the layout at size: `states` states placed at random
 * in the default region, `ties` distinct pairs with random attraction, about 30% of them tense. Seeded
 * (an LCG, as d3-force uses), so it is the same graph on every run; the bench and the layout tests
 * share this one copy.
 */
import { pairKey } from '../../src/lib/data/pairs';
import type { Graph } from '../../src/lib/graph/graph';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { REGION } from '../../src/lib/layout/frame';

function lcg(seed: number) {
	let s = seed;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

export function bigGraph(states: number, ties: number): Graph {
	const rand = lcg(42);
	const nodes = Array.from({ length: states }, (_, i) => ({
		id: `S${String(i).padStart(3, '0')}`,
		name: `State ${i}`,
		lon: REGION.west + rand() * (REGION.east - REGION.west),
		lat: REGION.south + rand() * (REGION.north - REGION.south),
		cooperation: rand() * 10,
		tension: rand() * 5
	}));
	const seen = new Set<string>();
	const forces: Graph['forces'] = [];
	while (forces.length < ties) {
		const a = nodes[Math.floor(rand() * states)]!.id;
		const b = nodes[Math.floor(rand() * states)]!.id;
		const key = pairKey(a, b);
		if (a === b || seen.has(key)) continue;
		seen.add(key);
		forces.push({ source: a < b ? a : b, target: a < b ? b : a, attraction: rand(), repulsion: rand() < 0.3 ? rand() : 0 });
	}
	return { year: 0, compare: null, nodes, links: [], forces, ties: [] };
}

/** Anchors of a graph's nodes from their capitals' coordinates. */
export function anchorsFor(graph: Pick<Graph, 'nodes'>) {
	return anchorsOf(graph.nodes.map((n) => ({ id: n.id, capital: { lon: n.lon, lat: n.lat } })));
}
