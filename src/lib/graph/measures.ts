/**
 * Each state's standing in a year, under the view's layers and weights: its total cooperation and
 * total tension, its eigenvector centrality in the cooperation network, and its bloc — a Louvain
 * community of the net-cooperation network. Graph measures come from graphology's maintained
 * implementations; this module only builds the graphs and fixes the randomness, so the same input
 * gives the same blocs in Node and in the browser. Definitions in docs/data.md ("Each state's standing").
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import type { Dataset } from '../data/types';
import { round } from '../math';
import type { ViewState } from '../model/view';
import { buildGraph, type Graph as ViewGraph } from './graph';

export interface Standing {
	id: string;
	name: string;
	/** Σ over the state's ties of their weighted cooperation (military and trade), each in [0, 1]. */
	cooperation: number;
	/** Σ over the state's ties of their weighted tension, each in [0, 1]. */
	tension: number;
	/** Eigenvector centrality in the cooperation network, scaled so the most central state is 1; null if it cannot be computed. */
	centrality: number | null;
	/** The bloc's number (1, 2, …, by the alphabetically first member), or null for a state in no bloc of two or more. */
	bloc: number | null;
}

export interface Standings {
	year: number;
	states: Standing[];
	/** Blocs of two or more states, each a sorted list of ids, numbered as in `Standing.bloc`. */
	blocs: string[][];
}

/** A small seeded generator (mulberry32), so Louvain's random order is the same on every run. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function weighted(graph: ViewGraph, weight: (t: ViewGraph['ties'][number], i: number) => number): Graph {
	const g = new Graph({ type: 'undirected' });
	for (const n of graph.nodes) g.addNode(n.id);
	graph.ties.forEach((t, i) => {
		const w = weight(t, i);
		if (w > 0 && g.hasNode(t.source) && g.hasNode(t.target)) g.addEdge(t.source, t.target, { weight: w });
	});
	return g;
}

/**
 * The blocs of a graph: Louvain communities of the network whose edges are the ties with a positive
 * net weight (cooperation outweighs tension), weighted by it. Communities of one are no bloc.
 */
export function blocsOf(graph: ViewGraph): string[][] {
	const g = weighted(graph, (t) => t.weight);
	if (g.size === 0) return [];
	const community = louvain(g, { getEdgeWeight: 'weight', rng: seeded(1), resolution: 1 });
	const groups = new Map<number, string[]>();
	for (const id of [...g.nodes()].sort()) {
		const c = community[id]!;
		groups.set(c, [...(groups.get(c) ?? []), id]);
	}
	return [...groups.values()].filter((m) => m.length > 1).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Eigenvector centrality of the cooperation network (edge weight: the tie's weighted cooperation), max scaled to 1. */
export function centralityOf(graph: ViewGraph): Map<string, number> | null {
	const g = weighted(graph, (_, i) => graph.forces[i]!.attraction);
	if (g.size === 0) return null;
	try {
		const c = eigenvectorCentrality(g, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
		const max = Math.max(...Object.values(c));
		return new Map(Object.entries(c).map(([id, v]) => [id, max > 0 ? round(v / max) : 0]));
	} catch {
		return null;
	}
}

/** Each state's standing in the graph of a view (its year, layers, weights and states). */
export function standingsOf(graph: ViewGraph): Standings {
	const blocs = blocsOf(graph);
	const blocOf = new Map(blocs.flatMap((members, i) => members.map((id) => [id, i + 1] as const)));
	const centrality = centralityOf(graph);
	return {
		year: graph.year,
		blocs,
		states: graph.nodes.map((n) => ({
			id: n.id,
			name: n.name,
			cooperation: n.cooperation,
			tension: n.tension,
			centrality: centrality?.get(n.id) ?? (centrality ? 0 : null),
			bloc: blocOf.get(n.id) ?? null
		}))
	};
}

/** The standings of a view's year. */
export function standings(dataset: Dataset, view: ViewState): Standings {
	return standingsOf(buildGraph(dataset, { ...view, compare: null }));
}

/** The standings of every year of the dataset under a view's layers, weights and states, for the small multiples. */
export function standingSeries(dataset: Dataset, view: ViewState): Standings[] {
	const out: Standings[] = [];
	for (let year = dataset.meta.years.from; year <= dataset.meta.years.to; year++) out.push(standings(dataset, { ...view, year }));
	return out;
}
