/** The JSON of GET /api/network: DESIGN.md's shape plus trade status, evidence and positions. */
import type { Dataset } from '$lib/data/types';
import { tradeSummary } from '$lib/data/trade';
import type { Snapshot } from '$lib/pipeline';

export function networkJson(dataset: Dataset, snapshot: Snapshot) {
	const { view, graph, layout } = snapshot;
	return {
		dataset: { name: dataset.meta.name, version: dataset.meta.version },
		year: view.year,
		layers: view.layers,
		weights: view.weights,
		mode: view.mode,
		geo: view.geo,
		min: view.min,
		focus: view.focus,
		compare: view.compare,
		states: view.states,
		...(snapshot.blocs ? { blocs: snapshot.blocs } : {}),
		actors: layout.nodes.map((n) => ({ id: n.id, name: n.name, x: n.x, y: n.y, r: n.r, anchor: n.anchor })),
		ties: graph.ties.map((t) => ({
			source: t.source,
			target: t.target,
			scores: t.scores,
			weight: t.weight,
			shown: t.shown,
			missing: t.missing,
			trade: tradeSummary(t.trade),
			evidence: t.evidence,
			...(t.before && t.change
				? { before: { year: t.before.year, scores: t.before.scores, weight: t.before.weight }, change: t.change }
				: {})
		}))
	};
}
