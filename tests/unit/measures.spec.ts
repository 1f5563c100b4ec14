/** The network measures on graphs with known answers: eigenvector centrality and Louvain blocs. */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/lib/graph/graph';
import { blocsOf, centralityOf, standingsOf } from '../../src/lib/graph/measures';

/** A graph with the given ties: [a, b, net weight, attraction]. */
function graph(ids: string[], ties: [string, string, number, number][]): Graph {
	return {
		year: 2000,
		compare: null,
		nodes: ids.map((id) => ({ id, name: id, lon: 0, lat: 0, cooperation: 0, tension: 0 })),
		links: [],
		forces: ties.map(([source, target, , attraction]) => ({ source, target, attraction, repulsion: 0 })),
		ties: ties.map(([source, target, weight]) => ({ pair: `${source}-${target}`, source, target, weight }) as Graph['ties'][number])
	};
}

describe('centralityOf', () => {
	it('gives a path A–B–C its known eigenvector: the middle 1, the ends 1/√2', () => {
		const c = centralityOf(
			graph(
				['A', 'B', 'C'],
				[
					['A', 'B', 1, 1],
					['B', 'C', 1, 1]
				]
			)
		)!;
		expect(c.get('B')).toBe(1);
		expect(c.get('A')).toBeCloseTo(Math.SQRT1_2, 3);
		expect(c.get('C')).toBeCloseTo(Math.SQRT1_2, 3);
	});

	it('makes the hub of a star the most central and its leaves equal', () => {
		const c = centralityOf(
			graph(
				['H', 'L1', 'L2', 'L3'],
				[
					['H', 'L1', 1, 1],
					['H', 'L2', 1, 1],
					['H', 'L3', 1, 1]
				]
			)
		)!;
		expect(c.get('H')).toBe(1);
		// The star's eigenvector: the leaves are 1/√3 of the hub.
		for (const l of ['L1', 'L2', 'L3']) expect(c.get(l)).toBeCloseTo(1 / Math.sqrt(3), 3);
	});

	it('is null for a graph with no cooperation at all', () => {
		expect(centralityOf(graph(['A', 'B'], [['A', 'B', -0.5, 0]]))).toBeNull();
	});
});

describe('blocsOf', () => {
	it('finds two blocs joined only by tension, and leaves a state with no net cooperation out', () => {
		const g = graph(
			['A', 'B', 'C', 'D', 'E', 'F', 'G'],
			[
				['A', 'B', 0.9, 0.9],
				['A', 'C', 0.8, 0.8],
				['B', 'C', 0.7, 0.7],
				['D', 'E', 0.9, 0.9],
				['D', 'F', 0.8, 0.8],
				['E', 'F', 0.6, 0.6],
				['C', 'D', -0.6, 0.1],
				['F', 'G', -0.4, 0]
			]
		);
		expect(blocsOf(g)).toEqual([
			['A', 'B', 'C'],
			['D', 'E', 'F']
		]);
		const s = standingsOf(g);
		expect(s.states.find((x) => x.id === 'G')!.bloc).toBeNull();
		expect(s.states.find((x) => x.id === 'E')!.bloc).toBe(2);
	});

	it('gives the same blocs on every run (seeded)', () => {
		const g = graph(
			['A', 'B', 'C', 'D'],
			[
				['A', 'B', 0.5, 0.5],
				['B', 'C', 0.5, 0.5],
				['C', 'D', 0.5, 0.5],
				['A', 'D', 0.5, 0.5]
			]
		);
		const first = JSON.stringify(blocsOf(g));
		for (let i = 0; i < 5; i++) expect(JSON.stringify(blocsOf(g))).toBe(first);
	});
});
