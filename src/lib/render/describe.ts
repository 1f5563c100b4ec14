/** Words for a view: the drawing's title, a one-line summary of layers and weights, and a description for screen readers. */
import type { EvidenceLayer } from '../data/types';
import type { Graph } from '../graph/graph';
import type { ViewState } from '../model/view';

export function title(year: number): string {
	return `Northeast Asia, ${year}: military, trade and tension ties`;
}

/** "Layers: military ×1, trade ×1, tension ×1 · mode: layers · geography pull 0.7 · threshold 0". */
export function layersSummary(view: ViewState, names?: Map<string, string>): string {
	const layers = view.layers.length ? view.layers.map((l) => `${l} ×${view.weights[l]}`).join(', ') : 'none';
	const parts = [`Layers: ${layers}`, `mode: ${view.mode}`, `geography pull ${view.geo}`, `threshold ${view.min}`];
	if (view.focus) parts.push(`focus: ${names?.get(view.focus) ?? view.focus}`);
	return parts.join(' · ');
}

function pairName(pair: string, names: Map<string, string>): string {
	const [a, b] = pair.split('-');
	return `${names.get(a!) ?? a}–${names.get(b!) ?? b}`;
}

/** A paragraph that says what the drawing shows, for <desc> and for screen readers. */
export function describeView(view: ViewState, graph: Graph, names: Map<string, string>): string {
	const shown = graph.ties.filter((t) => t.shown);
	const parts = [
		`Map of Northeast Asia in ${view.year} with ${graph.nodes.length} states placed near their capitals; capitals outside the map are marked at its edge.`,
		`${shown.length} of ${graph.ties.length} pairs are drawn (${layersSummary(view, names)}).`
	];
	const top = (key: EvidenceLayer) => {
		const best = [...shown].sort((a, b) => b.scores[key] - a.scores[key] || a.pair.localeCompare(b.pair))[0];
		return best && best.scores[key] > 0 ? `${pairName(best.pair, names)} (${best.scores[key]})` : null;
	};
	const mil = view.layers.includes('military') ? top('military') : null;
	const ten = view.layers.includes('tension') ? top('tension') : null;
	const trade = view.layers.includes('trade')
		? [...shown].filter((t) => t.trade.usdBn !== null).sort((a, b) => b.trade.usdBn! - a.trade.usdBn! || a.pair.localeCompare(b.pair))[0]
		: undefined;
	if (mil) parts.push(`Strongest military tie: ${mil}.`);
	if (trade) parts.push(`Largest trade: ${pairName(trade.pair, names)} (US$${trade.trade.usdBn} bn).`);
	if (ten) parts.push(`Highest tension: ${ten}.`);
	if (view.focus) parts.push(`Focused on ${names.get(view.focus) ?? view.focus}: its ties stand out, the others fade.`);
	return parts.join(' ');
}
