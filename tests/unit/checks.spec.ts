import { describe, expect, it } from 'vitest';
import { checkDataset, compactYears } from '../../src/lib/data/checks';
import type { Dataset, Evidence } from '../../src/lib/data/types';
import { validateDataset } from '../../src/lib/data/validate';
import { fixtureInput } from '../fixtures/dataset';

/** The fixture with its trade gaps documented, so only the problem a test adds shows. */
function fixture(edit: (d: Dataset) => void = () => {}): Dataset {
	const input = fixtureInput() as ReturnType<typeof fixtureInput> & { gaps: unknown[] };
	input.gaps = [
		{ pair: 'JPN-KOR', from: 2014, to: 2014, reason: 'not-found', note: 'KITA' },
		{ pair: 'JPN-USA', from: 2010, to: 2014, reason: 'not-found', note: 'Census' },
		{ pair: 'KOR-USA', from: 2010, to: 2014, reason: 'not-found', note: 'Census' }
	];
	const r = validateDataset(input);
	if (!r.ok) throw new Error(r.errors.join('\n'));
	edit(r.dataset);
	return r.dataset;
}
const record = (over: Partial<Evidence>): Evidence => ({
	id: 'x',
	pair: 'JPN-KOR',
	layer: 'military',
	kind: 'intelligence-sharing',
	from: '2011',
	magnitude: 1,
	confirmed: true,
	description: 'd',
	sources: ['src-a'],
	...over
});

describe('checkDataset', () => {
	it('finds nothing in a dataset whose gaps are documented', () => {
		expect(checkDataset(fixture())).toEqual({ problems: [], warnings: [] });
	});

	it('names every pair-year with no figure and no documented reason, pairs without any figure too', () => {
		const d = fixture((x) => (x.gaps = x.gaps.filter((g) => g.pair !== 'KOR-USA')));
		expect(checkDataset(d).problems).toEqual([expect.stringMatching(/^trade KOR-USA: no figure and no documented gap for 2010–2014;/)]);
	});

	it('names a record and a figure resting only on secondary sources', () => {
		const d = fixture((x) => (x.sources = x.sources.map((s) => ({ ...s, grade: 'secondary' }))));
		const { problems } = checkDataset(d);
		expect(problems).toContain("evidence 'jpn-usa-treaty': rests only on secondary sources (src-a); add a primary or reporting source");
		expect(problems).toContain("trade JPN-KOR 2010 (KOR): rests only on the secondary source 'src-b'");
	});

	it('warns when one mechanism is coded at different magnitudes', () => {
		const d = fixture((x) =>
			x.evidence.push(
				record({ id: 'a', pair: 'KOR-USA', mechanism: 'tri', magnitude: 1 }),
				record({ id: 'b', pair: 'JPN-USA', mechanism: 'tri', magnitude: 2 })
			)
		);
		expect(checkDataset(d).warnings).toEqual([
			"mechanism 'tri' (intelligence-sharing) is coded at different magnitudes: a 1, b 2; one mechanism, one magnitude"
		]);
	});

	it('warns when two arrangements of one kind without distinct mechanisms are in force together, not when one ends the day before', () => {
		const on = { pair: 'KOR-USA' };
		const overlap = fixture((x) =>
			x.evidence.push(record({ ...on, id: 'a', from: '2011', to: '2013' }), record({ ...on, id: 'b', from: '2013-06' }))
		);
		expect(checkDataset(overlap).warnings).toEqual([
			expect.stringMatching(/^KOR-USA: 'a' and 'b' \(both intelligence-sharing\) are in force together/)
		]);
		const handover = fixture((x) =>
			x.evidence.push(record({ ...on, id: 'a', from: '2011', to: '2013-05-31' }), record({ ...on, id: 'b', from: '2013-06' }))
		);
		expect(checkDataset(handover).warnings).toEqual([]);
		const distinct = fixture((x) =>
			x.evidence.push(record({ ...on, id: 'a', mechanism: 'one' }), record({ ...on, id: 'b', mechanism: 'two' }))
		);
		expect(checkDataset(distinct).warnings).toEqual([]);
	});

	it('writes years compactly', () => {
		expect(compactYears([2005, 2000, 2001, 2002, 2009, 2010])).toBe('2000–2002, 2005, 2009–2010');
	});
});
