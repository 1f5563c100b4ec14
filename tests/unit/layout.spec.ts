import { describe, expect, it } from 'vitest';
import { forceSimulation } from 'd3-force';
import { defaultDataset } from '../../src/lib/data/default/index';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import { layoutGraph, ticksToSettle } from '../../src/lib/layout/force';
import { placeLabels } from '../../src/lib/layout/labels';
import { FRAME } from '../../src/lib/layout/projection';
import { defaultView, viewContext } from '../../src/lib/model/view';

const d = defaultDataset();
const ctx = viewContext(d);
const graph = (over = {}) => buildGraph(d, { ...defaultView(ctx), year: 2011, ...over });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutGraph', () => {
	it('counts ticks as d3-force does', () => {
		const sim = forceSimulation([]).stop();
		expect(ticksToSettle(sim.alphaMin(), sim.alphaDecay())).toBe(300);
	});

	it('is deterministic: same input, same positions', () => {
		const g = graph();
		expect(layoutGraph(g, 0.4)).toEqual(layoutGraph(structuredClone(g), 0.4));
	});

	it('does not depend on the order of the nodes and does not mutate them', () => {
		const g = graph();
		const reversed: Graph = { ...g, nodes: [...g.nodes].reverse() };
		const before = structuredClone(reversed);
		expect(layoutGraph(reversed, 0.5)).toEqual(layoutGraph(g, 0.5));
		expect(reversed).toEqual(before);
	});

	it('with geo=1 keeps each state within a few units of its capital', () => {
		for (const n of layoutGraph(graph(), 1).nodes) expect(dist(n, n.anchor), n.id).toBeLessThan(6);
	});

	it('with geo=0 puts tied states closer than untied ones', () => {
		const g = graph({ layers: ['military', 'trade'] });
		const l = layoutGraph(g, 0);
		const pos = new Map(l.nodes.map((n) => [n.id, n]));
		// The six most strongly tied pairs against the six least tied.
		const byPull = [...g.forces].sort((a, b) => b.attraction - a.attraction);
		const tied = byPull.slice(0, 6);
		const loose = byPull.slice(-6);
		expect(tied[5]!.attraction).toBeGreaterThan(loose[0]!.attraction);
		const mean = (fs: typeof tied) => fs.reduce((s, f) => s + dist(pos.get(f.source)!, pos.get(f.target)!), 0) / fs.length;
		expect(mean(tied)).toBeLessThan(mean(loose));
	});

	it('pushes a tense pair further apart as the tension weight grows', () => {
		const calm = layoutGraph(graph({ weights: { military: 1, trade: 1, tension: 0 } }), 0.3);
		const tense = layoutGraph(graph({ weights: { military: 1, trade: 1, tension: 2 } }), 0.3);
		const gap = (l: typeof calm) =>
			dist(
				l.nodes.find((n) => n.id === 'KOR')!,
				l.nodes.find((n) => n.id === 'PRK')!
			);
		expect(gap(tense)).toBeGreaterThan(gap(calm));
	});

	it('keeps nodes inside the frame and apart from each other', () => {
		for (const geo of [0, 0.5, 1]) {
			const l = layoutGraph(graph(), geo);
			for (const n of l.nodes) {
				expect(n.x - n.r).toBeGreaterThanOrEqual(FRAME.margin - 1e-9);
				expect(n.x + n.r).toBeLessThanOrEqual(FRAME.width - FRAME.margin + 1e-9);
				expect(n.y - n.r).toBeGreaterThanOrEqual(FRAME.margin - 1e-9);
				expect(n.y + n.r).toBeLessThanOrEqual(FRAME.height - FRAME.margin + 1e-9);
			}
			for (const a of l.nodes)
				for (const b of l.nodes) if (a.id < b.id) expect(dist(a, b), `${a.id}-${b.id} at geo ${geo}`).toBeGreaterThan(a.r + b.r);
		}
	});
});

describe('placeLabels', () => {
	const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
		Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

	it('keeps labels off each other and off the nodes in the default views', () => {
		for (const year of [2011, 2019, 2023]) {
			const l = layoutGraph(graph({ year }), 0.7);
			for (const a of l.nodes) {
				for (const b of l.nodes) {
					if (a === b) continue;
					const circle = { x0: b.x - b.r, y0: b.y - b.r, x1: b.x + b.r, y1: b.y + b.r };
					expect(overlap(a.label.box, circle), `${a.id} label over ${b.id} node, ${year}`).toBe(false);
					if (a.id < b.id) expect(overlap(a.label.box, b.label.box), `${a.id}/${b.id} labels, ${year}`).toBe(false);
				}
			}
		}
	});

	it('moves a label to the other side when the right is taken', () => {
		const nodes = [
			{ name: 'Aaaa', x: 100, y: 100, r: 8 },
			{ name: 'Bbbb', x: 140, y: 100, r: 8 }
		];
		const [a, b] = placeLabels(nodes, { width: 400, height: 300 });
		expect(a!.anchor).not.toBe('start');
		expect(b!.anchor).toBe('start');
	});
});
