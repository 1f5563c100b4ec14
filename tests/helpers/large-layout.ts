/**
 * The large-graph layout (the path graphs of 50 states or more take) on a generated 60-state / 600-tie
 * graph, as node positions: Node (tests/unit/layout.spec.ts) and Chromium
 * (tests/component/large-layout.svelte.spec.ts) must both give tests/fixtures/large-layout.json.
 * `UPDATE_FIXTURES=1 npx vitest run --project unit tests/unit/layout.spec.ts` writes it anew.
 */
import { layoutGraph } from '../../src/lib/layout/force';
import { anchorsFor, bigGraph } from './big-graph';

export function largeLayout(): [string, number, number][] {
	const graph = bigGraph(60, 600);
	return layoutGraph(graph, 0.7, anchorsFor(graph)).nodes.map((n) => [n.id, n.x, n.y]);
}
