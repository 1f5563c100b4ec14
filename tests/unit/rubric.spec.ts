import { describe, expect, it } from 'vitest';
import { combine, contribution } from '../../src/lib/data/contribution';
import { KIND_RULES, MAGNITUDE_SCALE } from '../../src/lib/data/rules';
import { scoreLayer, scorePair, scoreYear, scoreSeries, withSuccession } from '../../src/lib/data/rubric';
import type { Dataset, Evidence } from '../../src/lib/data/types';
import { validateDataset } from '../../src/lib/data/validate';
import { fixtureInput } from '../fixtures/dataset';

function fixture(): Dataset {
	const r = validateDataset(fixtureInput());
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.dataset;
}

const ev = (over: Partial<Evidence>): Evidence => ({
	id: 'x',
	pair: 'JPN-KOR',
	layer: 'tension',
	kind: 'incident',
	from: '2011-01-01',
	magnitude: 2,
	confirmed: true,
	description: 'd',
	sources: ['s'],
	...over
});

describe('contribution', () => {
	it.each([
		{
			name: 'period in force all year',
			e: ev({ layer: 'military', kind: 'defence-treaty', from: '1960', magnitude: 3 }),
			year: 2011,
			amount: 0.9,
			reason: 'in force all year'
		},
		{
			name: 'period starting late in the year',
			e: ev({ layer: 'military', kind: 'intelligence-sharing', from: '2016-11-23' }),
			year: 2016,
			amount: 0.027,
			reason: 'in force 11% of the year'
		},
		{
			name: 'period before it starts',
			e: ev({ layer: 'military', kind: 'intelligence-sharing', from: '2016-11-23' }),
			year: 2015,
			amount: null,
			reason: null
		},
		{
			name: 'period after it ends',
			e: ev({ layer: 'military', kind: 'basing', from: '2000', to: '2005-06' }),
			year: 2006,
			amount: null,
			reason: null
		},
		{ name: 'event on 1 January, in its year', e: ev({}), year: 2011, amount: 0.3, reason: 'event this year, weight 1' },
		{ name: 'event one year on', e: ev({}), year: 2012, amount: 0.15, reason: 'event 1 year before, weight 0.5' },
		{ name: 'event four years on', e: ev({ magnitude: 3 }), year: 2015, amount: 0.028, reason: 'event 4 years before, weight 0.063' },
		// 0.5^(t/365) averaged over the rest of the year, normalised: 2·(1 − 0.5^(183/365)) = 0.587, then 2·(0.5^(183/365) − 0.5^(548/365)) = 0.707.
		{
			name: 'mid-year event counts partly in its year',
			e: ev({ from: '2011-07-02' }),
			year: 2011,
			amount: 0.176,
			reason: 'event this year, weight 0.587'
		},
		{
			name: 'mid-year event weighs most the year after',
			e: ev({ from: '2011-07-02' }),
			year: 2012,
			amount: 0.212,
			reason: 'event 1 year before, weight 0.707'
		},
		{
			name: 'event on 31 December barely counts in its year',
			e: ev({ from: '2011-12-31' }),
			year: 2011,
			amount: 0.001,
			reason: 'event this year, weight 0.004'
		},
		{ name: 'event past the horizon', e: ev({}), year: 2016, amount: null, reason: null },
		{ name: 'event before it happens', e: ev({}), year: 2010, amount: null, reason: null },
		{ name: 'détente lowers', e: ev({ kind: 'detente', magnitude: 3 }), year: 2011, amount: -0.3, reason: 'event this year, weight 1' },
		{
			name: 'exercise series with an end is a period',
			e: ev({ layer: 'military', kind: 'joint-exercise', from: '2008', to: '2012' }),
			year: 2010,
			amount: 0.15,
			reason: 'in force all year'
		},
		{ name: 'minor magnitude halves', e: ev({ magnitude: 1 }), year: 2011, amount: 0.15, reason: 'event this year, weight 1' }
	])('$name', ({ e, year, amount, reason }) => {
		const c = contribution(e, year);
		if (amount === null) expect(c).toBeNull();
		else {
			expect(c?.amount).toBeCloseTo(amount, 3);
			expect(c?.reason).toBe(reason);
			expect(c?.counted).toBe(true);
		}
	});

	it('lists an unconfirmed claim without scoring it', () => {
		const c = contribution(ev({ confirmed: false }), 2011);
		expect(c).toEqual({ evidence: 'x', amount: 0, reason: 'event this year, weight 1; unconfirmed claim, not scored', counted: false });
	});
});

describe('the rubric’s principles, on small fixtures', () => {
	const tension = (records: Evidence[], year: number) => scoreLayer(records, 'tension', year).score;
	const military = (records: Evidence[], year: number) => scoreLayer(records, 'military', year).score;
	const crisis = ev({ id: 'crisis', kind: 'armed-standoff', from: '2017-01-01', magnitude: 3 });

	it('a summit inside a year lowers that year: tension reflects the whole year, not its worst day', () => {
		const summit = ev({ id: 'summit', kind: 'detente', from: '2018-06-12', magnitude: 3 });
		const crisis2017 = ev({ id: 'test', kind: 'weapons-test', from: '2017-09-03', magnitude: 3 });
		const rivalry = ev({ id: 'rivalry', kind: 'strategic-rivalry', from: '1950', magnitude: 3 });
		const without = tension([rivalry, crisis2017], 2018);
		const withSummit = tension([rivalry, crisis2017, summit], 2018);
		expect(withSummit).toBeLessThan(without);
		// A standoff that ends mid-year counts by the share of the year it lasted.
		const ended = ev({ ...crisis, id: 'ended', to: '2017-06-30' });
		expect(tension([ended], 2017)).toBeLessThan(tension([crisis], 2017));
		expect(tension([ended], 2017)).toBeCloseTo(0.6 * (181 / 365), 2);
	});

	it('a crisis in December weighs mostly on the next year', () => {
		const december = ev({ id: 'shelling', kind: 'incident', from: '2010-11-23', magnitude: 3 });
		expect(tension([december], 2010)).toBeLessThan(tension([december], 2011));
	});

	it('a structural rivalry gives a baseline in a year without incidents', () => {
		const rivalry = ev({ id: 'rivalry', kind: 'strategic-rivalry', from: '1996', magnitude: 2 });
		expect(tension([rivalry], 2005)).toBeCloseTo(0.2, 3);
		expect(tension([], 2005)).toBe(0);
	});

	it('a superseded record stops counting: on a pair, a record of a mechanism ends when the next one of that mechanism begins', () => {
		const trilateral = ev({
			id: 'tisa',
			layer: 'military',
			kind: 'intelligence-sharing',
			from: '2014-12-29',
			magnitude: 1,
			mechanism: 'intel'
		});
		const gsomia = ev({
			id: 'gsomia',
			layer: 'military',
			kind: 'intelligence-sharing',
			from: '2016-11-23',
			magnitude: 2,
			mechanism: 'intel'
		});
		const [ended, successor] = withSuccession([trilateral, gsomia]);
		expect(ended).toMatchObject({ id: 'tisa', to: '2016-11-22' });
		expect(successor).toBe(gsomia);
		expect(trilateral.to).toBeUndefined(); // not mutated
		const s = scoreLayer(withSuccession([trilateral, gsomia]), 'military', 2018);
		expect(s.contributions.map((c) => c.evidence)).toEqual(['gsomia']);
		expect(s.score).toBeCloseTo(0.25, 3);
		// Without a shared mechanism both count: the check warns about same-kind records in force together.
		const untagged = withSuccession([{ ...trilateral, mechanism: undefined }, gsomia]);
		expect(scoreLayer(untagged, 'military', 2018).score).toBeGreaterThan(s.score);
		// Events of one mechanism are not cut short.
		const drill = ev({ id: 'd1', layer: 'military', kind: 'defence-dialogue', from: '2011-01-10', mechanism: 'talks' });
		expect(withSuccession([drill, { ...drill, id: 'd2', from: '2012-01-10' }])[0]).toBe(drill);
	});

	it('a defence treaty on paper scores below an operational alliance', () => {
		const paper = ev({ id: 'paper', layer: 'military', kind: 'defence-treaty', from: '1961-07-11', magnitude: 1 });
		const alliance = ev({ id: 'alliance', layer: 'military', kind: 'defence-treaty', from: '1960-06-23', magnitude: 3 });
		const forces = ev({ id: 'forces', layer: 'military', kind: 'basing', from: '1960-06-23', magnitude: 3 });
		expect(military([paper], 2011)).toBeCloseTo(0.3, 3);
		expect(military([alliance, forces], 2011)).toBeGreaterThan(0.9);
		expect(military([paper], 2011)).toBeLessThan(military([alliance], 2011) / 2);
	});

	it('has one magnitude scale per kind, in words, for every kind the rubric weighs', () => {
		expect(Object.keys(MAGNITUDE_SCALE).sort()).toEqual(Object.keys(KIND_RULES).sort());
		for (const words of Object.values(MAGNITUDE_SCALE)) expect(new Set(words).size).toBe(3);
	});
});

describe('combine', () => {
	const c = (amount: number, counted = true) => ({ evidence: 'e', amount, reason: '', counted });
	it.each([
		{ parts: [], expected: 0 },
		{ parts: [c(0.5)], expected: 0.5 },
		{ parts: [c(0.5), c(0.5)], expected: 0.75 },
		{ parts: [c(0.5), c(-0.2)], expected: 0.3 },
		{ parts: [c(0.1), c(-0.5)], expected: 0 },
		{ parts: [c(0.9), c(0.9), c(0.9)], expected: 0.999 },
		{ parts: [c(0.5), c(0.4, false)], expected: 0.5 }
	])('$expected from $parts.length parts', ({ parts, expected }) => {
		expect(combine(parts)).toBeCloseTo(expected, 3);
	});
});

describe('scorePair / scoreYear', () => {
	it('scores the fixture and explains each score', () => {
		const d = fixture();
		const t = scorePair(d, 'JPN-KOR', 2012);
		expect(t.scores.military).toBeCloseTo(0.126, 3);
		// Tension is the year's average: the May 2011 incident, 245 days old on 1 Jan 2012, halving each year:
		// 0.3 · (0.5^(245/365.25) − 0.5^(611/365.25)) / (1 − 0.5^(366/365.25)).
		const h = 365.25;
		expect(t.scores.tension).toBeCloseTo((0.3 * (0.5 ** (245 / h) - 0.5 ** (611 / h))) / (1 - 0.5 ** (366 / h)), 3);
		expect(t.military.map((x) => [x.evidence, x.counted])).toEqual([
			['jpn-kor-gsomia', true],
			['jpn-kor-claim', false]
		]);
		expect(t.tension[0]?.reason).toBe('event 1 year before, weight 0.628');
		expect(t.evidence).toEqual(['jpn-kor-gsomia', 'jpn-kor-incident']);
		expect(t.trade).toMatchObject({ usdBn: 90, status: 'sourced', reporter: 'JPN' });
		// √(90 / 700)
		expect(t.scores.trade).toBeCloseTo(0.359, 3);
		expect(t.missing).toEqual([]);
	});

	it('keeps an unconfirmed claim visible but at zero', () => {
		const t = scorePair(fixture(), 'JPN-KOR', 2010);
		expect(t.scores.military).toBe(0);
		expect(t.military).toHaveLength(1);
		expect(t.military[0]?.counted).toBe(false);
		expect(t.evidence).toEqual([]);
	});

	it('gives every pair in alphabetical order, source before target', () => {
		const ties = scoreYear(fixture(), 2011);
		expect(ties.map((t) => [t.source, t.target])).toEqual([
			['JPN', 'KOR'],
			['JPN', 'USA'],
			['KOR', 'USA']
		]);
		expect(ties[1]?.scores.military).toBeCloseTo(0.9, 3);
		expect(ties[2]).toMatchObject({ scores: { military: 0, trade: null, tension: 0 }, trade: { status: 'missing' }, missing: ['trade'] });
	});

	it('gives a series across all years', () => {
		const s = scoreSeries(fixture(), 'JPN-KOR');
		expect(s.map((t) => t.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
		expect(s.map((t) => t.trade.status)).toEqual(['sourced', 'sourced', 'sourced', 'sourced', 'missing']);
	});

	it('does not mutate the dataset', () => {
		const d = fixture();
		const before = structuredClone(d);
		scoreYear(d, 2012);
		expect(d).toEqual(before);
	});
});
