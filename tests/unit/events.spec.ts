/** The events query (date order, filters, year bounds, periods) and its parameter parsing. */
import { describe, expect, it } from 'vitest';
import { isPeriod, parseEventQuery, queryEvents } from '../../src/lib/data/events';
import { parsePartialDate } from '../../src/lib/data/dates';
import { defaultDataset } from '../../src/lib/data/default/index';
import { validateDataset } from '../../src/lib/data/validate';
import { viewContext } from '../../src/lib/model/view';
import { fixtureInput } from '../fixtures/dataset';

const r = validateDataset(fixtureInput());
if (!r.ok) throw new Error(r.errors.join('\n'));
const d = r.dataset;
const ctx = viewContext(d);

describe('queryEvents', () => {
	it('gives every record in force or dated in the years, by start date', () => {
		const all = queryEvents(d, { from: 2010, to: 2014 });
		expect(all.map((e) => e.id)).toEqual(['jpn-usa-treaty', 'jpn-kor-claim', 'jpn-kor-incident', 'jpn-kor-gsomia']);
		expect(all.find((e) => e.id === 'jpn-usa-treaty')).toMatchObject({ period: true, to: null });
		expect(all.find((e) => e.id === 'jpn-kor-incident')).toMatchObject({
			period: false,
			sources: [{ publisher: 'Agency A' }, { publisher: 'Agency B' }]
		});
	});

	it('keeps a period that overlaps the years and drops an event or period outside them', () => {
		// The GSOMIA ran 2012-07 to 2013-06; the incident was 2011-05; the treaty holds from 1960.
		expect(queryEvents(d, { from: 2014, to: 2014 }).map((e) => e.id)).toEqual(['jpn-usa-treaty']);
		expect(queryEvents(d, { from: 2013, to: 2013 }).map((e) => e.id)).toEqual(['jpn-usa-treaty', 'jpn-kor-gsomia']);
		expect(queryEvents(d, { from: 2011, to: 2011 }).map((e) => e.id)).toEqual(['jpn-usa-treaty', 'jpn-kor-incident']);
	});

	it('filters by pair, by state and by layer', () => {
		expect(queryEvents(d, { from: 2010, to: 2014, pair: 'JPN-USA' }).map((e) => e.id)).toEqual(['jpn-usa-treaty']);
		expect(queryEvents(d, { from: 2010, to: 2014, actor: 'KOR' }).every((e) => e.pair === 'JPN-KOR')).toBe(true);
		expect(queryEvents(d, { from: 2010, to: 2014, actor: 'USA' }).map((e) => e.id)).toEqual(['jpn-usa-treaty']);
		expect(queryEvents(d, { from: 2010, to: 2014, layer: 'tension' }).map((e) => e.id)).toEqual(['jpn-kor-incident']);
	});

	it('falls back to the id where a record has no title, and is in date order on the default data', () => {
		expect(queryEvents(d, { from: 2011, to: 2011, pair: 'JPN-KOR' })[0]!.title).toBe('jpn-kor-incident');
		const events = queryEvents(defaultDataset(), { from: 2000, to: 2025 });
		const starts = events.map((e) => parsePartialDate(e.from)!.first);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it('calls a record with an end, or of a kind that holds while in force, a period', () => {
		expect(isPeriod({ kind: 'incident' })).toBe(false);
		expect(isPeriod({ kind: 'joint-exercise', to: '2014' })).toBe(true);
		expect(isPeriod({ kind: 'defence-treaty' })).toBe(true);
	});
});

describe('parseEventQuery', () => {
	const parse = (q: string) => parseEventQuery(new URLSearchParams(q), ctx);
	it('defaults to the dataset years and normalises the pair', () => {
		expect(parse('')).toEqual({ ok: true, query: { from: 2010, to: 2014 } });
		expect(parse('pair=USA-JPN&layer=military&actor=JPN&from=2011&to=2012')).toEqual({
			ok: true,
			query: { from: 2011, to: 2012, pair: 'JPN-USA', actor: 'JPN', layer: 'military' }
		});
	});
	it.each([
		['from=2009', 'from', 'from="2009" is not allowed: from must be a whole year from 2010 to 2014'],
		['to=20121', 'to', 'to="20121" is not allowed: to must be a whole year from 2010 to 2014'],
		['from=2013&to=2011', 'from', 'from=2013 is after to=2011; give from ≤ to'],
		['pair=JPN', 'pair', 'pair="JPN" is not allowed: pair must be two different states as A-B, of JPN, KOR, USA'],
		['pair=JPN-JPN', 'pair', 'pair="JPN-JPN" is not allowed: pair must be two different states as A-B, of JPN, KOR, USA'],
		['actor=CHN', 'actor', 'actor="CHN" is not allowed: actor must be one of JPN, KOR, USA'],
		[
			'layer=trade',
			'layer',
			'layer="trade" is not allowed: layer must be military or tension (trade comes from yearly figures, not dated events)'
		],
		['year=2011', 'year', 'unknown parameter "year"; allowed: from, to, pair, actor, layer'],
		['from=2011&from=2012', 'from', 'from is given 2 times; give it once']
	])('rejects %s naming %s', (q, param, error) => {
		const res = parse(q);
		expect(res.ok).toBe(false);
		if (!res.ok) expect(res.errors).toContainEqual({ param, error });
	});
});

describe('the default dataset', () => {
	it('gives every record a short title of at most 80 characters', () => {
		const long = defaultDataset().evidence.filter((e) => !e.title || e.title.length > 80);
		expect(long.map((e) => e.id)).toEqual([]);
	});
});
