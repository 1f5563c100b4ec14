import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forceCollide, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { defaultDataset } from '../../src/lib/data/default/index';
import { buildGraph, type Graph } from '../../src/lib/graph/graph';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { forceCollideGrid, forceManyBodyExact, overlapping } from '../../src/lib/layout/fast-forces';
import { createSimulation, LARGE_GRAPH, layoutGraph, ticksToSettle } from '../../src/lib/layout/force';
import { BoxIndex, placeLabels } from '../../src/lib/layout/labels';
import { FRAME } from '../../src/lib/layout/projection';
import { defaultView, viewContext } from '../../src/lib/model/view';
import { parseView } from '../../src/lib/view/state';
import { anchorsFor, bigGraph } from '../helpers/big-graph';
import { largeLayout } from '../helpers/large-layout';
import { readFileSync, writeFileSync } from 'node:fs';

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

describe('layoutGraph on a large graph (200 states, 5,000 ties)', () => {
	const big = bigGraph(200, 5000);
	const bigAnchors = anchorsFor(big);
	const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
	/** Mean and largest distance from a node to its anchor. */
	const tethering = (nodes: { x: number; y: number; anchor: { x: number; y: number } }[]) => {
		const ds = nodes.map((n) => dist(n, n.anchor));
		return { mean: ds.reduce((a, b) => a + b, 0) / ds.length, max: Math.max(...ds) };
	};
	/** The full run: all 300 ticks of the same simulation with d3's own forces, clamped to the frame as layoutGraph clamps. */
	const fullRun = (geo: number) => {
		const { simulation, sim, radii } = createSimulation(big, geo, bigAnchors);
		simulation.tick(ticksToSettle());
		return sim.map((s) => {
			const r = radii.get(s.id)!;
			return {
				x: clamp(s.x!, FRAME.margin + r, FRAME.width - FRAME.margin - r),
				y: clamp(s.y!, FRAME.margin + r, FRAME.height - FRAME.margin - r),
				anchor: { x: s.ax, y: s.ay }
			};
		});
	};

	const overlaps = (l: ReturnType<typeof layoutGraph>) => {
		const found: string[] = [];
		for (const a of l.nodes) for (const b of l.nodes) if (a.id < b.id && dist(a, b) < a.r + b.r) found.push(`${a.id}-${b.id}`);
		return found;
	};

	it.each([0.7, 0.3])('at geo %s stops once settled, with no overlaps and the full run’s tethering error (within 5%)', (geo) => {
		const l = layoutGraph(big, geo, bigAnchors);
		expect(l.ticks).toBeLessThan(ticksToSettle());
		expect(overlaps(l)).toEqual([]);
		const ours = tethering(l.nodes);
		const full = tethering(fullRun(geo));
		expect(ours.mean).toBeLessThanOrEqual(full.mean * 1.05);
		expect(ours.max).toBeLessThanOrEqual(full.max * 1.05);
	});

	it('at geo 0, where the full run leaves circles overlapping once they are clamped into the frame, leaves none', () => {
		const full = fullRun(0);
		const r = createSimulation(big, 0, bigAnchors).radii;
		const ids = [...r.keys()];
		let fullOverlaps = 0;
		for (let i = 0; i < full.length; i++)
			for (let j = i + 1; j < full.length; j++) if (dist(full[i]!, full[j]!) < r.get(ids[i]!)! + r.get(ids[j]!)!) fullOverlaps++;
		expect(fullOverlaps).toBeGreaterThan(0);
		expect(overlaps(layoutGraph(big, 0, bigAnchors))).toEqual([]);
	});

	it('is deterministic and independent of the order of the nodes', () => {
		const l = layoutGraph(big, 0.7, bigAnchors);
		expect(layoutGraph({ ...structuredClone(big), nodes: [...big.nodes].reverse() }, 0.7, bigAnchors)).toEqual(l);
	});

	it(`runs all 300 ticks below ${LARGE_GRAPH} states, so small graphs keep their layout`, () => {
		expect(layoutGraph(graph(), 0.7, anchors).ticks).toBe(300);
		const below = bigGraph(LARGE_GRAPH - 1, 300);
		expect(layoutGraph(below, 0.7, anchorsFor(below)).ticks).toBe(300);
		const at = bigGraph(LARGE_GRAPH, 300);
		expect(layoutGraph(at, 0.7, anchorsFor(at)).ticks).toBeLessThan(300);
	});
});

describe('fast-forces', () => {
	interface N extends SimulationNodeDatum {
		id: string;
	}
	it('forceCollideGrid gives the same pushes as d3’s forceCollide on the large graph', () => {
		const big = bigGraph(200, 5000);
		for (const ticks of [3, 30, 90]) {
			const { simulation, sim, radii } = createSimulation(big, 0.7, anchorsFor(big));
			simulation.tick(ticks);
			const copy = (): N[] => sim.map((s) => ({ id: s.id, x: s.x, y: s.y, vx: s.vx, vy: s.vy }));
			const [a, b] = [copy(), copy()];
			const radius = (d: N) => radii.get(d.id)! + 6;
			forceSimulation(a).stop().force('collide', forceCollide(radius).iterations(2)).force('collide')!(1);
			forceSimulation(b).stop().force('collide', forceCollideGrid(radius, 2)).force('collide')!(1);
			const pushed = a.filter((n, i) => n.vx !== sim[i]!.vx).length;
			expect(pushed, `tick ${ticks}`).toBeGreaterThan(50);
			for (let i = 0; i < a.length; i++) {
				expect(b[i]!.vx, `${a[i]!.id} at tick ${ticks}`).toBeCloseTo(a[i]!.vx!, 9);
				expect(b[i]!.vy, `${a[i]!.id} at tick ${ticks}`).toBeCloseTo(a[i]!.vy!, 9);
			}
		}
	});

	it('forceManyBodyExact gives the pushes of d3’s forceManyBody without Barnes–Hut (theta 0)', () => {
		const big = bigGraph(200, 5000);
		for (const ticks of [0, 30, 90]) {
			const { simulation, sim } = createSimulation(big, 0.3, anchorsFor(big));
			simulation.tick(ticks);
			const copy = (): N[] => sim.map((s) => ({ id: s.id, x: s.x, y: s.y, vx: s.vx, vy: s.vy }));
			const [a, b] = [copy(), copy()];
			forceSimulation(a).stop().force('charge', forceManyBody().strength(-84).distanceMax(320).theta(0)).force('charge')!(0.5);
			forceSimulation(b).stop().force('charge', forceManyBodyExact(-84, 320)).force('charge')!(0.5);
			expect(a.filter((n, i) => n.vx !== sim[i]!.vx).length, `tick ${ticks}`).toBe(a.length);
			for (let i = 0; i < a.length; i++) {
				expect(b[i]!.vx, `${a[i]!.id} at tick ${ticks}`).toBeCloseTo(a[i]!.vx!, 9);
				expect(b[i]!.vy, `${a[i]!.id} at tick ${ticks}`).toBeCloseTo(a[i]!.vy!, 9);
			}
		}
	});

	it('overlapping finds overlapping circles as an all-pairs test does', () => {
		const circle = fc.record({
			x: fc.integer({ min: -50, max: 1000 }),
			y: fc.integer({ min: -50, max: 700 }),
			r: fc.integer({ min: 1, max: 40 })
		});
		fc.assert(
			fc.property(fc.array(circle, { maxLength: 80 }), (cs) => {
				let any = false;
				for (let i = 0; i < cs.length; i++)
					for (let j = i + 1; j < cs.length; j++) if (dist(cs[i]!, cs[j]!) < cs[i]!.r + cs[j]!.r) any = true;
				expect(
					overlapping(
						cs,
						Float64Array.from(cs, (c) => c.r)
					)
				).toBe(any);
			})
		);
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

describe('large-graph layout across runtimes', () => {
	const fixture = new URL('../fixtures/large-layout.json', import.meta.url);
	it('places a 60-state / 600-tie graph where the fixture says (Chromium checks the same fixture)', () => {
		const positions = largeLayout();
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(fixture, `${JSON.stringify(positions)}\n`);
		expect(positions).toHaveLength(60);
		expect(positions).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
	});
});
