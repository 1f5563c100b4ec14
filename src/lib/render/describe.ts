/** Words for a view: the drawing's title, a one-line summary of layers and weights, and a description for screen readers. */
import type { EvidenceLayer } from '../data/types';
import type { Graph, TieWithWeight } from '../graph/graph';
import type { ViewState } from '../model/view';

/** "military, trade and tension". */
function listWords(words: readonly string[]): string {
	return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The drawing's title, saying what is drawn: "Northeast Asia, 2016: tension ties of South Korea",
 * "Northeast Asia, 2019: net military, trade and tension ties (scores ≥ 0.5)".
 */
/** Where a dataset's map is: its `region` ("Northeast Asia"), or failing that its name. */
export function placeOf(meta: { name: string; region?: string }): string {
	return meta.region ?? meta.name;
}

export function title(
	view: Pick<ViewState, 'year' | 'layers' | 'mode' | 'focus' | 'min'> & Partial<Pick<ViewState, 'compare' | 'states' | 'weights'>>,
	names: Map<string, string> | undefined,
	place: string
): string {
	const compare = view.compare ?? null;
	// Weights other than 1 change what a net line means: the title says them ("net military ×2 and trade ×1 ties").
	// A layer weighted 0 draws nothing: it is not in the title.
	const active = view.weights ? view.layers.filter((l) => view.weights![l] > 0) : view.layers;
	const weighted = view.mode === 'composite' && view.weights && active.some((l) => view.weights![l] !== 1);
	const layers = weighted ? active.map((l) => `${l} ×${view.weights![l]}`) : active;
	const ties = `${view.mode === 'composite' ? 'net ' : ''}${listWords(layers)} ties`;
	const what = !active.length ? 'no layers shown' : compare !== null ? `change in ${ties}` : ties;
	const focus = view.focus ? ` of ${names?.get(view.focus) ?? view.focus}` : '';
	const among = view.states ? ` among ${listWords(view.states.map((id) => names?.get(id) ?? id))}` : '';
	const min = view.min > 0 ? (compare !== null ? ` (changes ≥ ${view.min})` : ` (scores ≥ ${view.min})`) : '';
	const when = compare !== null ? `${compare} → ${view.year}` : String(view.year);
	return `${place}, ${when}: ${what}${focus}${among}${min}`;
}

/** "Layers: military ×1, trade ×1, tension ×1 · mode: layers · geography pull 0.7 · threshold 0". */
export function layersSummary(view: ViewState, names?: Map<string, string>): string {
	const layers = view.layers.length ? view.layers.map((l) => `${l} ×${view.weights[l]}`).join(', ') : 'none';
	const parts = [`Layers: ${layers}`, `mode: ${view.mode}`, `geography pull ${view.geo}`, `threshold ${view.min}`];
	if (view.focus) parts.push(`focus: ${names?.get(view.focus) ?? view.focus}`);
	if (view.compare !== null) parts.push(`compared with ${view.compare}`);
	if (view.states) parts.push(`states: ${view.states.join(', ')}`);
	if (view.blocs) parts.push('blocs shown');
	return parts.join(' · ');
}

function pairName(pair: string, names: Map<string, string>): string {
	const [a, b] = pair.split('-');
	return `${names.get(a!) ?? a}–${names.get(b!) ?? b}`;
}

/** A paragraph that says what the drawing shows, for <desc> and for screen readers. */
export function describeView(
	view: ViewState,
	graph: Graph,
	names: Map<string, string>,
	place: string,
	blocs?: readonly string[][]
): string {
	const shown = graph.ties.filter((t) => t.shown);
	const parts = [
		`Map of ${place} in ${view.year} with ${graph.nodes.length} states placed near their capitals; capitals outside the map are marked at its edge.`,
		`${shown.length} of ${graph.ties.length} pairs are drawn (${layersSummary(view, names)}).`
	];
	if (blocs?.length)
		parts.push(`Blocs shaded on the map: ${blocs.map((b, i) => `${i + 1}, ${listWords(b.map((id) => names.get(id) ?? id))}`).join('; ')}.`);
	if (view.compare !== null) {
		parts.push(...changeWords(view.compare, view.year, graph, names));
		const caveat = tradeCaveat(view, graph);
		if (caveat) parts.push(caveat);
		return parts.join(' ');
	}
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
	const caveat = tradeCaveat(view, graph);
	if (caveat) parts.push(caveat);
	return parts.join(' ');
}

type TradeLike = Pick<TieWithWeight['trade'], 'usdBn' | 'status' | 'reporter' | 'between' | 'seriesBreak' | 'gap' | 'basis'> & {
	share?: Record<string, number>;
};

/** Each partner's share of its own total trade: "21.3% of Japan's trade, 24.0% of China's". */
export function shareWords(share: Record<string, number> | undefined, names: Map<string, string>): string {
	if (!share) return '';
	return Object.entries(share)
		.map(([id, v]) => `${(v * 100).toFixed(1)}% of ${names.get(id) ?? id}'s trade`)
		.join(', ');
}

/** A trade point in words: value, status (estimates and gaps said as such), reporter, shares, series break. */
export function tradeWords(t: TradeLike, names: Map<string, string>): string {
	if (t.usdBn === null) {
		const why = t.gap ? `${t.gap.reason.replace('-', ' ')}: ${t.gap.note}` : 'no published figure in the data';
		return `trade missing (${why}); the net weight uses the other layers`;
	}
	const parts = [`US$${formatBn(t.usdBn)} bn`];
	if (t.status === 'estimated') parts.push(`estimated between the ${t.between?.join(' and ')} figures`);
	if (t.reporter)
		parts.push(`${names.get(t.reporter) ?? t.reporter}'s statistics${t.basis === 'derived' ? ', worked out from cited figures' : ''}`);
	const share = shareWords(t.share, names);
	if (share) parts.push(share);
	if (t.seriesBreak) parts.push(`series break: ${t.seriesBreak}`);
	return parts.join('; ');
}

/** Billions to at most three significant decimals, the same everywhere: 362, 76.4, 0.077. */
export function formatBn(x: number): string {
	if (x >= 100) return String(Math.round(x));
	if (x >= 10) return x.toFixed(1);
	if (x >= 1) return x.toFixed(2);
	return x.toPrecision(2);
}

/** The caveat a view's trade layer needs, or "": how many shown pairs have an estimated or missing figure. */
export function tradeCaveat(view: ViewState, graph: Graph): string {
	if (!view.layers.includes('trade')) return '';
	const estimated = graph.ties.filter((t) => t.trade.status === 'estimated').length;
	const missing = graph.ties.filter((t) => t.trade.status === 'missing');
	const parts: string[] = [];
	if (estimated) parts.push(`${estimated} estimated (short dashes)`);
	if (missing.length) parts.push(`${missing.length} with no figure (no trade line; their net weight uses military and tension only)`);
	return parts.length ? `Trade in ${view.year}: of ${graph.ties.length} pairs, ${parts.join(', ')}.` : '';
}

/** The largest rise and fall drawn in a comparison, in words. */
function changeWords(compare: number, year: number, graph: Graph, names: Map<string, string>): string[] {
	const changes = graph.links.filter((l) => l.kind === 'change').sort((a, b) => b.delta - a.delta || a.pair.localeCompare(b.pair));
	const say = (l: (typeof changes)[number]) =>
		`${pairName(l.pair, names)} ${l.key === 'net' ? 'net weight' : l.key} ${l.before} → ${l.after} (${l.delta > 0 ? '+' : ''}${l.delta})`;
	const parts = [`Lines show the change from ${compare} to ${year}.`];
	const up = changes[0];
	const down = changes[changes.length - 1];
	if (up && up.delta > 0) parts.push(`Largest rise: ${say(up)}.`);
	if (down && down.delta < 0) parts.push(`Largest fall: ${say(down)}.`);
	return parts;
}
