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
import { changeStatus, tieChange, type Change, type ChangeKey, type ChangeStatus } from './change';

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

/** Compare mode: one layer's (layers mode) or the net weight's (composite) move from the compare year. */
export interface ChangeLink {
	kind: 'change';
	pair: string;
	source: string;
	target: string;
	key: ChangeKey;
	before: number;
	after: number;
	/** `after − before`. */
	delta: number;
	status: ChangeStatus;
	offset: number;
}

export type GraphLink = LayerLink | CompositeLink | ChangeLink;

/** What the layout sees of a pair: how strongly it pulls together and pushes apart (0..1 each). */
export interface PairForce {
	source: string;
	target: string;
	attraction: number;
	repulsion: number;
}

export interface Graph {
	year: number;
	/** The compare year, when the view compares. */
	compare: number | null;
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
	/** In a comparison: the compare year's scores and weight, and the change from them. */
	before?: { year: number; scores: TieScore['scores']; weight: number; tradeStatus: TieScore['trade']['status'] };
	change?: Change;
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

/** The links of one tie in the layers and composite modes. */
function plainLinks(t: TieScore, weight: number, view: ViewState): GraphLink[] {
	if (view.mode === 'composite') {
		return view.layers.length && weight !== 0 && Math.abs(weight) >= view.min
			? [{ kind: 'composite', pair: t.pair, source: t.source, target: t.target, net: weight }]
			: [];
	}
	const drawn = view.layers.filter((l) => {
		const s = t.scores[l];
		return s !== null && s > 0 && s >= view.min && view.weights[l] > 0;
	});
	return drawn.map((layer, i) => ({
		kind: 'layer',
		pair: t.pair,
		source: t.source,
		target: t.target,
		layer,
		score: t.scores[layer] as number,
		offset: i - (drawn.length - 1) / 2
	}));
}

/**
 * The links of one tie in a comparison: one per active layer (or one net link in composite) whose
 * score is known in both years and is above zero in either; `min` hides moves smaller than it.
 */
function changeLinks(t: TieWithWeight, change: Change, before: NonNullable<TieWithWeight['before']>, view: ViewState): ChangeLink[] {
	const keys: ChangeKey[] =
		view.mode === 'composite' ? (view.layers.length ? ['net'] : []) : view.layers.filter((l) => view.weights[l] > 0);
	const links: Omit<ChangeLink, 'offset'>[] = [];
	for (const key of keys) {
		const d = change[key];
		const b = key === 'net' ? before.weight : before.scores[key];
		const a = key === 'net' ? t.weight : t.scores[key];
		if (d === null || b === null || a === null || (a === 0 && b === 0) || Math.abs(d) < view.min) continue;
		links.push({
			kind: 'change',
			pair: t.pair,
			source: t.source,
			target: t.target,
			key,
			before: b,
			after: a,
			delta: d,
			status: changeStatus(b, a)
		});
	}
	return links.map((l, i) => ({ ...l, offset: i - (links.length - 1) / 2 }));
}

/** Build the graph of a view. Nodes and links come out sorted, so output is stable. */
export function buildGraph(dataset: Dataset, view: ViewState): Graph {
	const drawn = view.states ? new Set(view.states) : null;
	const keep = (t: { source: string; target: string }) => !drawn || (drawn.has(t.source) && drawn.has(t.target));
	const ties = scoreYear(dataset, view.year).filter(keep);
	const earlier = view.compare === null ? null : new Map(scoreYear(dataset, view.compare).map((t) => [t.pair, t]));
	const links: GraphLink[] = [];
	const coop = new Map<string, number>();
	const ten = new Map<string, number>();
	const withWeight: TieWithWeight[] = [];
	const forces: PairForce[] = [];
	for (const t of ties) {
		const weight = netWeight(t.scores, view);
		const tie: TieWithWeight = { ...t, weight, shown: false };
		const was = earlier?.get(t.pair);
		if (was) {
			tie.before = { year: was.year, scores: was.scores, weight: netWeight(was.scores, view), tradeStatus: was.trade.status };
			tie.change = tieChange(
				tie.before,
				tie,
				view.layers.filter((l) => view.weights[l] > 0)
			);
		}
		const own = tie.before && tie.change ? changeLinks(tie, tie.change, tie.before, view) : plainLinks(t, weight, view);
		links.push(...own);
		tie.shown = own.length > 0;
		const f = pairForce(t, view);
		forces.push(f);
		for (const id of [t.source, t.target]) {
			coop.set(id, (coop.get(id) ?? 0) + f.attraction);
			ten.set(id, (ten.get(id) ?? 0) + f.repulsion);
		}
		withWeight.push(tie);
	}
	const nodes = dataset.actors
		.filter((a) => !drawn || drawn.has(a.id))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((a) => ({
			id: a.id,
			name: a.name,
			lon: a.capital.lon,
			lat: a.capital.lat,
			cooperation: round(coop.get(a.id) ?? 0),
			tension: round(ten.get(a.id) ?? 0)
		}));
	return { year: view.year, compare: view.compare, nodes, links, forces, ties: withWeight };
}

/** Whether a drawn link comes from an estimated trade figure (a trade line, or a net line using one, in either year compared). */
export function linkUsesEstimate(link: GraphLink, tie: TieWithWeight): boolean {
	if (link.kind === 'layer') return link.layer === 'trade' && tie.trade.status === 'estimated';
	if (link.kind === 'composite') return tie.trade.status === 'estimated';
	return (link.key === 'trade' || link.key === 'net') && (tie.trade.status === 'estimated' || tie.before?.tradeStatus === 'estimated');
}

/** A focused actor's ties, strongest first by absolute net weight (ties broken by pair). */
export function rankedTies(graph: Graph, actor: string): TieWithWeight[] {
	return graph.ties
		.filter((t) => t.source === actor || t.target === actor)
		.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.pair.localeCompare(b.pair));
}
