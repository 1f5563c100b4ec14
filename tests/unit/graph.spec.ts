import { describe, expect, it } from 'vitest';
import { buildGraph, netWeight, rankedTies } from '../../src/lib/graph/graph';
import type { Dataset } from '../../src/lib/data/types';
import { validateDataset } from '../../src/lib/data/validate';
import { defaultView, viewContext, type ViewState } from '../../src/lib/model/view';
import { fixtureInput } from '../fixtures/dataset';

function fixture(): Dataset {
	const r = validateDataset(fixtureInput());
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.dataset;
}
const d = fixture();
const ctx = viewContext(d);
const view = (over: Partial<ViewState> = {}): ViewState => ({ ...defaultView(ctx), year: 2012, ...over });

describe('netWeight', () => {
	const all = { layers: ['military', 'trade', 'tension'] as const, weights: { military: 1, trade: 1, tension: 1 } };
	it.each([
		{ scores: { military: 0.6, trade: 0.3, tension: 0.3 }, v: all, expected: 0.2 },
		{ scores: { military: 0.6, trade: null, tension: 0.2 }, v: all, expected: 0.2 },
		{ scores: { military: 0.6, trade: 0.3, tension: 0.3 }, v: { ...all, weights: { military: 2, trade: 0, tension: 1 } }, expected: 0.3 },
		{ scores: { military: 0, trade: 0, tension: 0.9 }, v: all, expected: -0.3 },
		{ scores: { military: 0.5, trade: 0.5, tension: 0.5 }, v: { ...all, layers: [] }, expected: 0 },
		{ scores: { military: 0.5, trade: 0.5, tension: 0.5 }, v: { ...all, weights: { military: 0, trade: 0, tension: 0 } }, expected: 0 }
	])('$expected', ({ scores, v, expected }) => {
		expect(netWeight(scores, { layers: [...v.layers], weights: v.weights })).toBeCloseTo(expected, 3);
	});
});

describe('buildGraph', () => {
	it('gives one link per pair and active layer, offset around the centre line', () => {
		const g = buildGraph(d, view());
		const jk = g.links.filter((l) => l.pair === 'JPN-KOR');
		expect(jk.map((l) => (l.kind === 'layer' ? [l.layer, l.offset] : null))).toEqual([
			['military', -1],
			['trade', 0],
			['tension', 1]
		]);
		expect(g.nodes.map((n) => n.id)).toEqual(['JPN', 'KOR', 'USA']);
	});

	it('draws only the active layers', () => {
		const g = buildGraph(d, view({ layers: ['trade'] }));
		expect(g.links.every((l) => l.kind === 'layer' && l.layer === 'trade')).toBe(true);
		expect(g.links).toHaveLength(1);
	});

	it('hides links below min but keeps every pair in the layout forces', () => {
		const g = buildGraph(d, view({ min: 0.35 }));
		expect(g.links.map((l) => (l.kind === 'layer' ? `${l.pair}:${l.layer}` : l.pair))).toEqual(['JPN-KOR:trade', 'JPN-USA:military']);
		expect(g.forces).toHaveLength(3);
		expect(g.ties.find((t) => t.pair === 'KOR-USA')?.shown).toBe(false);
	});

	it('gives one composite link per pair with its net weight', () => {
		const g = buildGraph(d, view({ mode: 'composite' }));
		expect(g.links.every((l) => l.kind === 'composite')).toBe(true);
		const jk = g.links.find((l) => l.pair === 'JPN-KOR');
		expect(jk && jk.kind === 'composite' ? jk.net : null).toBeCloseTo((0.126 + 0.359 - 0.188) / 3, 2);
	});

	it('hides composite links whose |net| is below min', () => {
		const g = buildGraph(d, view({ mode: 'composite', min: 0.25 }));
		expect(g.links.map((l) => l.pair)).toEqual(['JPN-USA']);
	});

	it('drops a layer with weight 0 from the drawing', () => {
		const g = buildGraph(d, view({ weights: { military: 0, trade: 1, tension: 1 } }));
		expect(g.links.some((l) => l.kind === 'layer' && l.layer === 'military')).toBe(false);
	});

	it('ranks a focused actor’s ties by |net weight|', () => {
		const g = buildGraph(d, view());
		expect(rankedTies(g, 'JPN').map((t) => t.pair)).toEqual(['JPN-USA', 'JPN-KOR']);
	});

	it('does not mutate the dataset', () => {
		const before = structuredClone(d);
		buildGraph(d, view({ mode: 'composite' }));
		expect(d).toEqual(before);
	});
});
