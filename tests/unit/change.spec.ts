/** The change between two years: per layer and net, missing sides, ties that appear and go, and the states filter. */
import { describe, expect, it } from 'vitest';
import { changeStatus, delta, tieChange } from '../../src/lib/graph/change';
import { buildGraph, type ChangeLink } from '../../src/lib/graph/graph';
import { validateDataset } from '../../src/lib/data/validate';
import { defaultView, viewContext, type ViewState } from '../../src/lib/model/view';
import { computeSnapshot } from '../../src/lib/pipeline';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { fixtureInput } from '../fixtures/dataset';

const r = validateDataset(fixtureInput());
if (!r.ok) throw new Error(r.errors.join('\n'));
const d = r.dataset;
const view = (over: Partial<ViewState>): ViewState => ({ ...defaultView(viewContext(d)), ...over });
const changes = (v: ViewState, pair: string) =>
	buildGraph(d, v).links.filter((l): l is ChangeLink => l.kind === 'change' && l.pair === pair);

describe('changeStatus and delta', () => {
	it.each([
		[0, 0.3, 'appeared'],
		[0.3, 0, 'gone'],
		[0.2, 0.5, 'rose'],
		[0.5, 0.2, 'fell'],
		[0.4, 0.4, 'same'],
		[0, 0, 'same'],
		[-0.2, 0.1, 'rose']
	] as const)('%s → %s is %s', (b, a, status) => expect(changeStatus(b, a)).toBe(status));

	it('is null where either side is missing, never a change from or to zero', () => {
		expect(delta(null, 0.4)).toBeNull();
		expect(delta(0.4, null)).toBeNull();
		expect(delta(null, null)).toBeNull();
		expect(delta(0.1, 0.4)).toBe(0.3);
	});

	it('compares net weights only when the same layers are known in both years', () => {
		const active = ['military', 'trade', 'tension'] as const;
		const a = { scores: { military: 0.5, trade: 0.2, tension: 0 }, weight: 0.233 };
		const b = { scores: { military: 0.5, trade: null, tension: 0 }, weight: 0.5 };
		expect(tieChange(a, b, active)).toEqual({ military: 0, trade: null, tension: 0, net: null });
		// Without the trade layer in view, the missing trade figure does not matter.
		expect(tieChange(a, b, ['military', 'tension']).net).toBe(0.267);
		expect(tieChange(b, { ...b, weight: 0.6 }, active).net).toBe(0.1);
	});
});

describe('a comparison in the graph', () => {
	it('gives each tie both years and the change, the year in view minus the compare year', () => {
		const g = buildGraph(d, view({ year: 2012, compare: 2011 }));
		const t = g.ties.find((x) => x.pair === 'JPN-KOR')!;
		expect(t.before?.year).toBe(2011);
		expect(t.before?.scores).toEqual({ military: 0, trade: 0.338, tension: 0.223 });
		expect(t.scores).toEqual({ military: 0.126, trade: 0.359, tension: 0.188 });
		expect(t.change).toEqual({ military: 0.126, trade: 0.021, tension: -0.035, net: expect.any(Number) });
		expect(t.change!.net).toBeCloseTo(t.weight - t.before!.weight, 3);
		expect(g.compare).toBe(2011);
	});

	it('marks a layer that appeared, rose, fell or went', () => {
		expect(changes(view({ year: 2012, compare: 2011 }), 'JPN-KOR').map((l) => [l.key, l.status])).toEqual([
			['military', 'appeared'],
			['trade', 'rose'],
			['tension', 'fell']
		]);
		// 2014 has no trade figure: no trade link and no net change, though 2013 had one.
		const later = changes(view({ year: 2014, compare: 2013 }), 'JPN-KOR');
		expect(later.map((l) => [l.key, l.status])).toEqual([
			['military', 'gone'],
			['tension', 'fell']
		]);
		expect(buildGraph(d, view({ year: 2014, compare: 2013 })).ties.find((t) => t.pair === 'JPN-KOR')!.change).toMatchObject({
			trade: null,
			net: null
		});
	});

	it('leaves out pairs with no score in either year, and hides moves below min', () => {
		expect(changes(view({ year: 2012, compare: 2011 }), 'KOR-USA')).toEqual([]);
		const unchanged = changes(view({ year: 2012, compare: 2011 }), 'JPN-USA');
		expect(unchanged.map((l) => [l.key, l.status, l.delta])).toEqual([['military', 'same', 0]]);
		expect(changes(view({ year: 2012, compare: 2011, min: 0.05 }), 'JPN-KOR').map((l) => l.key)).toEqual(['military']);
	});

	it('gives one net link in composite, by the sign of the change', () => {
		const links = changes(view({ year: 2012, compare: 2011, mode: 'composite' }), 'JPN-KOR');
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ key: 'net', status: 'rose' });
		expect(links[0]!.delta).toBeGreaterThan(0);
	});

	it('draws a comparison with marks and the "→" title, and the same layout as the year alone', () => {
		const anchors = anchorsOf(d.actors);
		const plain = computeSnapshot(d, view({ year: 2012 }), anchors);
		const compared = computeSnapshot(d, view({ year: 2012, compare: 2011 }), anchors);
		expect(compared.layout).toEqual(plain.layout);
	});
});

describe('the states filter', () => {
	it('leaves the other states and their ties out of the graph and the layout', () => {
		const v = view({ year: 2012, states: ['JPN', 'KOR'] });
		const g = buildGraph(d, v);
		expect(g.nodes.map((n) => n.id)).toEqual(['JPN', 'KOR']);
		expect(g.ties.map((t) => t.pair)).toEqual(['JPN-KOR']);
		expect(new Set(g.links.map((l) => l.pair))).toEqual(new Set(['JPN-KOR']));
		const layout = computeSnapshot(d, v, anchorsOf(d.actors)).layout;
		expect(layout.nodes.map((n) => n.id)).toEqual(['JPN', 'KOR']);
	});
});

describe('the data export of a comparison', () => {
	it('adds the compare year, the earlier scores and the change as columns a CSV parser reads back', async () => {
		const { tieRows, tiesCsv } = await import('../../src/lib/export/data');
		const { parseCsv } = await import('../../src/lib/export/csv');
		const compared = view({ year: 2012, compare: 2011 });
		const rows = parseCsv(tiesCsv(tieRows(d, compared), compared));
		const header = rows[0]!;
		expect(header).toEqual(expect.arrayContaining(['compare_year', 'compare_military_score', 'military_change', 'net_weight_change']));
		const jk = rows.find((r) => r[header.indexOf('state_a')] === 'JPN' && r[header.indexOf('state_b')] === 'KOR')!;
		const col = (name: string) => jk[header.indexOf(name)];
		expect(col('compare_year')).toBe('2011');
		expect(Number(col('military_change'))).toBe(0.126);
		expect(Number(col('tension_change'))).toBe(-0.035);
		// Without a comparison the columns are not there.
		const plain = view({ year: 2012 });
		expect(parseCsv(tiesCsv(tieRows(d, plain), plain))[0]).not.toContain('net_weight_change');
	});
});
