import { describe, expect, it } from 'vitest';
import { validateDataset, type DatasetInput } from '../../src/lib/data/validate';
import { fixtureInput } from '../fixtures/dataset';

type Edit = (d: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: { name: string; edit: Edit; expected: string }[] = [
	{
		name: 'source without a grade',
		edit: (d) => delete d.sources[0].grade,
		expected: "sources.json: sources[0] 'src-a': grade is missing: say how far the source can be trusted (primary, reporting, secondary)"
	},
	{
		name: 'unknown grade',
		edit: (d) => (d.sources[1].grade = 'official'),
		expected: "sources.json: sources[1] 'src-b': grade (official) must be one of primary, reporting, secondary"
	},
	{
		name: 'copy read without an address',
		edit: (d) => (d.sources[0].via = { title: 'Copy', publisher: 'Mirror', url: 'ftp://mirror' }),
		expected: "sources.json: sources[0] 'src-a': via.url (ftp://mirror) must be an http(s) address"
	},
	{
		name: 'mechanism not in kebab case',
		edit: (d) => (d.evidence[1].mechanism = 'Japan Korea GSOMIA'),
		expected: `evidence.json: evidence[1] 'jpn-kor-gsomia': mechanism (Japan Korea GSOMIA) must be lower-case words joined by "-"`
	},
	{
		name: 'title too long',
		edit: (d) => (d.evidence[1].title = 'x'.repeat(81)),
		expected: "evidence.json: evidence[1] 'jpn-kor-gsomia': title is 81 characters long; at most 80"
	},
	{
		name: 'total of an unknown actor',
		edit: (d) => (d.totals = [{ actor: 'XXX', year: 2011, usdBn: 100, reporter: 'XXX', basis: 'reported', source: 'src-b' }]),
		expected: `totals.json: totals[0] 'XXX 2011': actor "XXX" is unknown; known: JPN, KOR, USA`
	},
	{
		name: 'gap with an unknown reason',
		edit: (d) => (d.gaps = [{ pair: 'JPN-KOR', from: 2014, to: 2014, reason: 'lost', note: 'x' }]),
		expected: "gaps.json: gaps[0] 'JPN-KOR 2014-2014': reason (lost) must be one of negligible, unpublished, not-found"
	},
	{
		name: 'gap ending before it starts',
		edit: (d) => (d.gaps = [{ pair: 'JPN-KOR', from: 2014, to: 2012, reason: 'not-found', note: 'KITA' }]),
		expected: "gaps.json: gaps[0] 'JPN-KOR 2014-2012': to (2012) is before from (2014)"
	},
	{
		name: 'to before from',
		edit: (d) => (d.evidence[1].to = '2011-01-01'),
		expected: "evidence.json: evidence[1] 'jpn-kor-gsomia': to (2011-01-01) is before from (2012-07-01)"
	},
	{
		name: 'unknown actor in evidence',
		edit: (d) => (d.evidence[2].pair = 'JPN-XXX'),
		expected: `evidence.json: evidence[2] 'jpn-kor-incident': pair (JPN-XXX): unknown actor "XXX"; known: JPN, KOR, USA`
	},
	{
		name: 'unknown actor in trade',
		edit: (d) => (d.trade[0].pair = 'KOR-ZZZ'),
		expected: `trade.json: trade[0] 'KOR-ZZZ 2010': pair (KOR-ZZZ): unknown actor "ZZZ"; known: JPN, KOR, USA`
	},
	{
		name: 'pair out of order',
		edit: (d) => (d.evidence[0].pair = 'USA-JPN'),
		expected: `evidence.json: evidence[0] 'jpn-usa-treaty': pair (USA-JPN) must be in alphabetical order: "JPN-USA"`
	},
	{
		name: 'duplicate evidence id',
		edit: (d) => (d.evidence[3].id = 'jpn-usa-treaty'),
		expected: "evidence.json: evidence[3] 'jpn-usa-treaty': duplicate id (first used at evidence[0])"
	},
	{
		name: 'duplicate source id',
		edit: (d) => (d.sources[1].id = 'src-a'),
		expected: "sources.json: sources[1] 'src-a': duplicate id (first used at sources[0])"
	},
	{
		name: 'source without url',
		edit: (d) => delete d.sources[0].url,
		expected: "sources.json: sources[0] 'src-a': url is missing"
	},
	{
		name: 'source with a non-web url',
		edit: (d) => (d.sources[0].url = 'javascript:alert(1)'),
		expected: "sources.json: sources[0] 'src-a': url (javascript:alert(1)) must be an http(s) address"
	},
	{
		name: 'trade value out of range',
		edit: (d) => (d.trade[1].usdBn = -5),
		expected: "trade.json: trade[1] 'JPN-KOR 2013': usdBn (-5) is out of range: must be 0..100000 (USD billions)"
	},
	{
		name: 'trade year outside the dataset',
		edit: (d) => (d.trade[1].year = 2020),
		expected: "trade.json: trade[1] 'JPN-KOR 2020': year (2020) is out of range: the dataset covers 2010..2014"
	},
	{
		name: 'magnitude out of range',
		edit: (d) => (d.evidence[0].magnitude = 5),
		expected: "evidence.json: evidence[0] 'jpn-usa-treaty': magnitude (5) must be 1, 2 or 3"
	},
	{
		name: 'malformed date',
		edit: (d) => (d.evidence[0].from = '2016-13-01'),
		expected: "evidence.json: evidence[0] 'jpn-usa-treaty': from (2016-13-01) is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
	},
	{
		name: 'impossible day',
		edit: (d) => (d.sources[1].date = '2023-02-30'),
		expected: "sources.json: sources[1] 'src-b': date (2023-02-30) is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
	},
	{
		name: 'dangling source id in evidence',
		edit: (d) => (d.evidence[2].sources = ['src-a', 'nope']),
		expected: `evidence.json: evidence[2] 'jpn-kor-incident': source "nope" is not in sources.json`
	},
	{
		name: 'dangling source id in trade',
		edit: (d) => (d.trade[0].source = 'gone'),
		expected: `trade.json: trade[0] 'JPN-KOR 2010': source "gone" is not in sources.json`
	},
	{
		name: 'evidence without sources',
		edit: (d) => (d.evidence[0].sources = []),
		expected: "evidence.json: evidence[0] 'jpn-usa-treaty': sources is empty: every piece of evidence needs at least one source"
	},
	{
		name: 'kind of the other layer',
		edit: (d) => (d.evidence[2].kind = 'basing'),
		expected:
			"evidence.json: evidence[2] 'jpn-kor-incident': kind (basing) belongs to the other layer; tension kinds: territorial-dispute, historical-dispute, armed-standoff, sanction, incident, weapons-test, coercion, diplomatic-crisis, detente, strategic-rivalry"
	},
	{
		name: 'unknown layer',
		edit: (d) => (d.evidence[2].layer = 'economy'),
		expected: "evidence.json: evidence[2] 'jpn-kor-incident': layer (economy) must be one of military, tension"
	},
	{
		name: 'missing field',
		edit: (d) => delete d.evidence[2].description,
		expected: "evidence.json: evidence[2] 'jpn-kor-incident': description is missing"
	},
	{
		name: 'numeric iso code',
		edit: (d) => (d.actors[0].isoNumeric = 392),
		expected: `actors.json: actors[0] 'JPN': isoNumeric must be text such as "036" (world-atlas ids are zero-padded strings)`
	},
	{
		name: 'duplicate trade figure',
		edit: (d) => d.trade.push({ ...d.trade[0] }),
		expected: "trade.json: trade[5] 'JPN-KOR 2010': duplicate figure for reporter KOR (first at trade[0])"
	},
	{
		name: 'years reversed',
		edit: (d) => (d.meta.years = { from: 2015, to: 2010 }),
		expected: 'meta.json: meta: years.from (2015) is after years.to (2010)'
	},
	{
		name: 'not a list',
		edit: (d) => (d.evidence = { a: 1 }),
		expected: 'evidence.json: evidence must be a list (JSON array)'
	}
];

describe('validateDataset', () => {
	it('accepts the fixture', () => {
		const result = validateDataset(fixtureInput());
		expect(result.ok).toBe(true);
	});

	it.each(cases)('reports $name', ({ edit, expected }) => {
		const input = fixtureInput();
		edit(input);
		const result = validateDataset(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toContain(expected);
	});

	it('reports every problem, not only the first', () => {
		const input = fixtureInput() as DatasetInput & { evidence: { from: string }[]; sources: { url?: string }[] };
		input.evidence[0]!.from = 'soon';
		delete input.sources[1]!.url;
		const result = validateDataset(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.length).toBeGreaterThanOrEqual(2);
	});

	it('names one file throughout for a single-file dataset', () => {
		const input = fixtureInput() as DatasetInput & { evidence: { pair: string }[] };
		input.evidence[1]!.pair = 'KOR-JPN';
		const one = 'mydata.json';
		const result = validateDataset(input, { meta: one, actors: one, sources: one, evidence: one, trade: one, totals: one, gaps: one });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatch(/^mydata\.json: evidence\[1\]/);
	});

	it('does not mutate its input', () => {
		const input = fixtureInput();
		const before = structuredClone(input);
		validateDataset(input);
		expect(input).toEqual(before);
	});
});
