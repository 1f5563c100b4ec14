import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forceSimulation } from 'd3-force';
import { defaultDataset } from '../../src/lib/data/default/index';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { layoutGraph, ticksToSettle } from '../../src/lib/layout/force';
import { BoxIndex, placeLabels } from '../../src/lib/layout/labels';
import { FRAME } from '../../src/lib/layout/projection';
import { defaultView, viewContext } from '../../src/lib/model/view';
import { parseView } from '../../src/lib/view/state';

const d = defaultDataset();
const ctx = viewContext(d);
const anchors = anchorsOf(d.actors);
const graph = (over = {}) => buildGraph(d, { ...defaultView(ctx), year: 2011, ...over });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('anchorsOf', () => {
	it('rounds to a thousandth of a pixel, so the page data is the same bytes on every Node', () => {
		for (const a of Object.values(anchors)) {
			expect(Math.round(a.x * 1000) / 1000).toBe(a.x);
			expect(Math.round(a.y * 1000) / 1000).toBe(a.y);
		}
	});
});

describe('layoutGraph', () => {
	it('counts ticks as d3-force does', () => {
		const sim = forceSimulation([]).stop();
		expect(ticksToSettle(sim.alphaMin(), sim.alphaDecay())).toBe(300);
	});

	it('is deterministic: same input, same positions', () => {
		const g = graph();
		expect(layoutGraph(g, 0.4, anchors)).toEqual(layoutGraph(structuredClone(g), 0.4, anchors));
	});

	it('does not depend on the order of the nodes and does not mutate them', () => {
		const g = graph();
		const reversed: Graph = { ...g, nodes: [...g.nodes].reverse() };
		const before = structuredClone(reversed);
		expect(layoutGraph(reversed, 0.5, anchors)).toEqual(layoutGraph(g, 0.5, anchors));
		expect(reversed).toEqual(before);
	});

	it('with geo=1 keeps each state within a few units of its capital', () => {
		for (const n of layoutGraph(graph(), 1, anchors).nodes) expect(dist(n, n.anchor), n.id).toBeLessThan(6);
	});

	it('with geo=0 puts tied states closer than untied ones', () => {
		const g = graph({ layers: ['military', 'trade'] });
		const l = layoutGraph(g, 0, anchors);
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
		const calm = layoutGraph(graph({ weights: { military: 1, trade: 1, tension: 0 } }), 0.3, anchors);
		const tense = layoutGraph(graph({ weights: { military: 1, trade: 1, tension: 2 } }), 0.3, anchors);
		const gap = (l: typeof calm) =>
			dist(
				l.nodes.find((n) => n.id === 'KOR')!,
				l.nodes.find((n) => n.id === 'PRK')!
			);
		expect(gap(tense)).toBeGreaterThan(gap(calm));
	});

	it('keeps nodes inside the frame and apart from each other', () => {
		for (const geo of [0, 0.5, 1]) {
			const l = layoutGraph(graph(), geo, anchors);
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
			const l = layoutGraph(graph({ year }), 0.7, anchors);
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

	it('sums the overlaps of a box with those filed before it exactly as an all-pairs loop does', () => {
		// Tenths of a unit, so that boxes land anywhere over the frame and beyond it (fc.double crowds near 0).
		const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10);
		const box = fc
			.record({ x: tenths(-200, 1100), y: tenths(-100, 750), w: tenths(0, 300), h: tenths(0, 40) })
			.map(({ x, y, w, h }) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
		const overlapArea = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => {
			const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
			const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
			return w > 0 && h > 0 ? w * h : 0;
		};
		fc.assert(
			fc.property(fc.array(box, { maxLength: 60 }), box, tenths(0, 1000), fc.integer({ min: -1, max: 60 }), (filed, b, start, skip) => {
				const index = new BoxIndex(FRAME);
				for (const f of filed) index.add(f);
				let cost = start;
				filed.forEach((f, i) => {
					if (i !== skip) cost += overlapArea(b, f);
				});
				expect(index.addOverlaps(start, b, skip)).toBe(cost);
			})
		);
	});

	it('moves a label to the other side when the right is taken', () => {
		const nodes = [
			{ texts: ['Aaaa'], x: 100, y: 100, r: 8 },
			{ texts: ['Bbbb'], x: 140, y: 100, r: 8 }
		];
		const [a, b] = placeLabels(nodes, { width: 400, height: 300 });
		expect(a!.anchor).not.toBe('start');
		expect(b!.anchor).toBe('start');
	});

	it('shortens a label that cannot stay inside the frame in full, and keeps the full one where it fits', () => {
		const texts = ['United States (off map →)', 'United States →', 'USA →'];
		const [narrow] = placeLabels([{ texts, x: 75, y: 150, r: 12 }], { width: 150, height: 300 });
		const [inside] = placeLabels([{ texts, x: 100, y: 50, r: 12 }], { width: 400, height: 300 });
		expect(narrow!.text).toBe('United States →');
		expect(narrow!.box.x0).toBeGreaterThanOrEqual(0);
		expect(narrow!.box.x1).toBeLessThanOrEqual(150);
		expect(inside!.text).toBe('United States (off map →)');
	});

	it.each([
		['year=2011'],
		['year=2019&mode=composite'],
		['year=2023&focus=KOR'],
		['year=2016&min=0.5'],
		['year=2011&geo=0'],
		['year=2016&layers=trade'],
		['year=2016&layers=tension&geo=0.2'],
		['year=2024&layers=military&geo=0']
	])('never lets a label cross the frame (%s)', (query) => {
		const parsed = parseView(new URLSearchParams(query), viewContext(d));
		if (!parsed.ok) throw new Error(query);
		const l = layoutGraph(buildGraph(d, parsed.view), parsed.view.geo, anchors);
		for (const n of l.nodes) {
			const b = n.label.box;
			expect(b.x0, `${n.id} ${n.label.text}`).toBeGreaterThanOrEqual(0);
			expect(b.x1, `${n.id} ${n.label.text}`).toBeLessThanOrEqual(FRAME.width);
			expect(b.y0, n.id).toBeGreaterThanOrEqual(0);
			expect(b.y1, n.id).toBeLessThanOrEqual(FRAME.height);
		}
	});
});
