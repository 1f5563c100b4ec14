/**
 * The graph for a view: (dataset, view) -> nodes and links. Pure. The layers mode gives one link
 * per pair and active layer; the composite mode one link per pair carrying net cooperation
 * (military and trade, weighted) minus tension. Links below `min` are hidden, but every pair's
 * pull and push still reach the layout, so the threshold hides lines without moving the states.
 */
import { scoreYear, type TieScore } from '../data/rubric';
import { round } from '../math';
import type { Dataset, Layer } from '../data/types';
import type { ViewState } from '../model/view';

export interface GraphNode {
	id: string;
	name: string;
	lon: number;
	lat: number;
	/** Sum over this node's ties of net cooperation (for sizing), and of tension. */
	cooperation: number;
	tension: number;
}

export interface LayerLink {
	kind: 'layer';
	pair: string;
	source: string;
	target: string;
	layer: Layer;
	score: number;
	/** Position of this layer among the pair's drawn links, centred on 0 (−1, 0, 1). */
	offset: number;
}

export interface CompositeLink {
	kind: 'composite';
	pair: string;
	source: string;
	target: string;
	/** Net cooperation in [−1, 1]: weighted cooperation minus weighted tension over the active weights. */
	net: number;
}

export type GraphLink = LayerLink | CompositeLink;

/** What the layout sees of a pair: how strongly it pulls together and pushes apart (0..1 each). */
export interface PairForce {
	source: string;
	target: string;
	attraction: number;
	repulsion: number;
}

export interface Graph {
	year: number;
	nodes: GraphNode[];
	links: GraphLink[];
	forces: PairForce[];
	ties: TieWithWeight[];
}

export interface TieWithWeight extends TieScore {
	/** Net composite weight in [−1, 1] under the view's layers and weights. */
	weight: number;
	/** Whether this tie has any link drawn in the view. */
	shown: boolean;
}

/** Weighted sums over the active layers that have a score: cooperation, tension, and the weights used. */
function layerSums(scores: TieScore['scores'], view: Pick<ViewState, 'layers' | 'weights'>) {
	let coop = 0;
	let ten = 0;
	let total = 0;
	for (const layer of view.layers) {
		const s = scores[layer];
		const w = view.weights[layer];
		if (s === null || w === 0) continue;
		if (layer === 'tension') ten += w * s;
		else coop += w * s;
		total += w;
	}
	return { coop, ten, total };
}

/**
 * Net composite weight: Σ w·s over active cooperation layers minus w·s for tension, divided by
 * the sum of the active weights; a layer without a score (missing trade) drops out of both.
 */
export function netWeight(scores: TieScore['scores'], view: Pick<ViewState, 'layers' | 'weights'>): number {
	const { coop, ten, total } = layerSums(scores, view);
	return total === 0 ? 0 : round((coop - ten) / total);
}

/** The pull and push of one tie for the layout, from the active layers only. */
export function pairForce(t: TieScore, view: Pick<ViewState, 'layers' | 'weights'>): PairForce {
	const { coop, ten, total } = layerSums(t.scores, view);
	return { source: t.source, target: t.target, attraction: total ? round(coop / total) : 0, repulsion: total ? round(ten / total) : 0 };
}

/** Build the graph of a view. Nodes and links come out sorted, so output is stable. */
export function buildGraph(dataset: Dataset, view: ViewState): Graph {
	const ties = scoreYear(dataset, view.year);
	const links: GraphLink[] = [];
	const coop = new Map<string, number>();
	const ten = new Map<string, number>();
	const withWeight: TieWithWeight[] = [];
	const forces: PairForce[] = [];
	for (const t of ties) {
		const weight = netWeight(t.scores, view);
		let shown = false;
		if (view.mode === 'composite') {
			if (view.layers.length && weight !== 0 && Math.abs(weight) >= view.min) {
				links.push({ kind: 'composite', pair: t.pair, source: t.source, target: t.target, net: weight });
				shown = true;
			}
		} else {
			const drawn = view.layers.filter((l) => {
				const s = t.scores[l];
				return s !== null && s > 0 && s >= view.min && view.weights[l] > 0;
			});
			drawn.forEach((layer, i) => {
				links.push({
					kind: 'layer',
					pair: t.pair,
					source: t.source,
					target: t.target,
					layer,
					score: t.scores[layer] as number,
					offset: i - (drawn.length - 1) / 2
				});
			});
			shown = drawn.length > 0;
		}
		const f = pairForce(t, view);
		forces.push(f);
		for (const id of [t.source, t.target]) {
			coop.set(id, (coop.get(id) ?? 0) + f.attraction);
			ten.set(id, (ten.get(id) ?? 0) + f.repulsion);
		}
		withWeight.push({ ...t, weight, shown });
	}
	const nodes = [...dataset.actors]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((a) => ({
			id: a.id,
			name: a.name,
			lon: a.capital.lon,
			lat: a.capital.lat,
			cooperation: round(coop.get(a.id) ?? 0),
			tension: round(ten.get(a.id) ?? 0)
		}));
	return { year: view.year, nodes, links, forces, ties: withWeight };
}

/** A focused actor's ties, strongest first by absolute net weight (ties broken by pair). */
export function rankedTies(graph: Graph, actor: string): TieWithWeight[] {
	return graph.ties
		.filter((t) => t.source === actor || t.target === actor)
		.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.pair.localeCompare(b.pair));
}
