import { describe, expect, it } from 'vitest';
import { combine, contribution } from '../../src/lib/data/contribution';
import { peakLayer } from '../../src/lib/data/peak';
import { scorePair, scoreYear, scoreSeries } from '../../src/lib/data/rubric';
import type { Dataset, Evidence } from '../../src/lib/data/types';
import { validateDataset } from '../../src/lib/data/validate';
import { fixtureInput } from '../fixtures/dataset';

function fixture(): Dataset {
	const r = validateDataset(fixtureInput());
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.dataset;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

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

describe('peakLayer (tension)', () => {
	const crisis = ev({ id: 'crisis', from: '2017-03-15', magnitude: 3 });
	const thaw = ev({ id: 'thaw', kind: 'detente', from: '2017-10-31', magnitude: 2 });
	const dispute = ev({ id: 'dispute', kind: 'territorial-dispute', from: '1953', magnitude: 2 });

	it('takes the worst moment of the year: a crisis is not erased by a later détente', () => {
		const s = peakLayer([crisis, thaw, dispute], 'tension', 2017);
		expect(s.at).toBe('2017-03-15');
		// 1 − (1 − 0.45)(1 − 0.25) on the day of the crisis; the thaw comes later and is listed, not counted.
		expect(s.score).toBe(r3(1 - 0.55 * 0.75));
		expect(s.contributions.map((c) => [c.evidence, c.counted])).toEqual([
			['crisis', true],
			['dispute', true],
			['thaw', false]
		]);
		expect(s.contributions[2]?.reason).toBe("after the year's peak, on 2017-10-31: not counted");
	});

	it('carries a crisis into the next year, halving from its date, with the détente then in force', () => {
		const s = peakLayer([crisis, thaw, dispute], 'tension', 2018);
		expect(s.at).toBe('2018-01-01');
		const crisisNow = r3(0.45 * Math.pow(0.5, 292 / 365.25)); // 2017-03-15 to 2018-01-01
		const thawNow = r3(0.2 * Math.pow(0.5, 62 / 365.25)); // 2017-10-31 to 2018-01-01
		expect(s.score).toBe(r3(1 - (1 - crisisNow) * (1 - 0.25) - thawNow));
	});

	it('counts a late-year crisis in its own year', () => {
		const late = ev({ id: 'late', from: '2012-09-11', magnitude: 3 });
		expect(peakLayer([late], 'tension', 2012)).toMatchObject({ score: 0.45, at: '2012-09-11' });
	});

	it('is zero with no evidence', () => {
		expect(peakLayer([], 'tension', 2012).score).toBe(0);
	});

	it('finds a peak on the last day a period is in force', () => {
		const sanction = ev({ id: 'sanction', kind: 'sanction', from: '2010-01-01', to: '2014-06-20', magnitude: 2 });
		const test = ev({ id: 'test', kind: 'weapons-test', from: '2014-01-02', magnitude: 2 });
		const s = peakLayer([sanction, test], 'tension', 2014);
		expect(s.at).toBe('2014-01-02');
		expect(s.score).toBe(r3(1 - 0.75 * 0.8));
		const later = peakLayer([sanction, ev({ id: 'late', from: '2014-06-20', magnitude: 1 })], 'tension', 2014);
		expect(later.at).toBe('2014-06-20');
		expect(later.score).toBe(r3(1 - 0.75 * 0.85));
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
		// Tension is the year's peak: the May 2011 incident on 1 Jan 2012, 245 days on: 0.3 · 0.5^(245/365.25).
		expect(t.scores.tension).toBeCloseTo(0.188, 3);
		expect(t.tensionAt).toBe('2012-01-01');
		expect(t.military.map((x) => [x.evidence, x.counted])).toEqual([
			['jpn-kor-gsomia', true],
			['jpn-kor-claim', false]
		]);
		expect(t.tension[0]?.reason).toBe('event 8 months before, weight 0.628');
		expect(t.evidence).toEqual(['jpn-kor-gsomia', 'jpn-kor-incident']);
		expect(t.trade).toMatchObject({ usdBn: 90, status: 'sourced', reporter: 'JPN' });
		// log10(90 / 0.1) / log10(1000 / 0.1) = 2.954 / 4
		expect(t.scores.trade).toBeCloseTo(0.739, 3);
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
		expect(ties[2]).toMatchObject({ scores: { military: 0, trade: null, tension: 0 }, trade: { status: 'missing' } });
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
