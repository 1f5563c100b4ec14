import { describe, expect, it } from 'vitest';
import {
	estimateRefusal,
	latestCompleteYear,
	preferredReporter,
	TRADE_SHOCK_YEARS,
	tradeScore,
	tradeSeries,
	tradeShare,
	totalsIndex
} from '../../src/lib/data/trade';
import type { TradeFigure, TradeGap } from '../../src/lib/data/types';

const fig = (year: number, usdBn: number, reporter = 'KOR', source = `s${year}`, more: Partial<TradeFigure> = {}): TradeFigure => ({
	pair: 'JPN-KOR',
	year,
	usdBn,
	reporter,
	basis: 'reported',
	source,
	...more
});

describe('tradeScore', () => {
	it.each([
		{ usdBn: 700, expected: 1 },
		{ usdBn: 5000, expected: 1 },
		{ usdBn: 0, expected: 0 },
		{ usdBn: 175, expected: 0.5 },
		{ usdBn: 7, expected: 0.1 },
		{ usdBn: 63, expected: 0.3 }
	])('$usdBn bn scores $expected (the square root of the value over US$700 bn)', ({ usdBn, expected }) => {
		expect(tradeScore(usdBn)).toBeCloseTo(expected, 6);
	});
	it('keeps a US$13 bn tie visibly smaller than a US$200 bn one: well under half its score', () => {
		expect(tradeScore(13) / tradeScore(200)).toBeLessThan(0.3);
		expect(tradeScore(300)).toBeGreaterThan(tradeScore(100));
	});
});

describe('tradeSeries', () => {
	const years = { from: 2000, to: 2006 };
	it('estimates across a gap of up to two years, says so, and leaves the ends missing', () => {
		const s = tradeSeries([fig(2002, 20), fig(2005, 23)], years);
		expect(s.get(2000)).toEqual({ usdBn: null, status: 'missing', reporter: null, sources: [] });
		expect(s.get(2002)).toMatchObject({ usdBn: 20, status: 'sourced', sources: ['s2002'] });
		expect(s.get(2003)).toMatchObject({
			usdBn: 21,
			status: 'estimated',
			reporter: 'KOR',
			sources: ['s2002', 's2005'],
			between: [2002, 2005]
		});
		expect(s.get(2003)?.note).toMatch(/estimated/);
		expect(s.get(2004)).toMatchObject({ usdBn: 22, status: 'estimated' });
		expect(s.get(2006)?.status).toBe('missing');
		expect(s.size).toBe(7);
	});
	it('does not estimate across a gap longer than two years', () => {
		const s = tradeSeries([fig(2002, 10), fig(2006, 11)], years);
		expect(s.get(2004)).toMatchObject({ usdBn: null, status: 'missing' });
		expect(s.get(2004)?.note).toMatch(/3 years apart/);
	});
	it.each(TRADE_SHOCK_YEARS)('never draws a straight line across %i, a year of shock to trade', (shock) => {
		const s = tradeSeries([fig(shock - 1, 100), fig(shock + 1, 104)], { from: shock - 1, to: shock + 1 });
		expect(s.get(shock)).toMatchObject({ status: 'missing', usdBn: null });
		expect(s.get(shock)?.note).toMatch(/shock/);
	});
	it('does not estimate between two figures that differ by more than 25%', () => {
		expect(tradeSeries([fig(2002, 100), fig(2004, 126)], years).get(2003)?.status).toBe('missing');
		expect(tradeSeries([fig(2002, 100), fig(2004, 124)], years).get(2003)?.status).toBe('estimated');
		expect(estimateRefusal({ year: 2002, usdBn: 126 }, { year: 2004, usdBn: 100 })).toMatch(/26%/);
	});
	it('does not estimate between two reporters’ figures', () => {
		const s = tradeSeries([fig(2000, 10), fig(2001, 11), fig(2003, 11, 'JPN')], { from: 2000, to: 2003 });
		expect(s.get(2002)?.status).toBe('missing');
		expect(s.get(2003)).toMatchObject({ status: 'sourced', reporter: 'JPN' });
		expect(s.get(2003)?.seriesBreak).toMatch(/reported by JPN; the rest of this series by KOR/);
	});
	it('keeps the other side’s figure beside the preferred one, never instead of it', () => {
		const s = tradeSeries(
			[fig(2002, 20), fig(2002, 25, 'JPN', 'j2002', { alt: true }), fig(2003, 21), fig(2005, 30, 'JPN', 'j2005', { alt: true })],
			years
		);
		expect(s.get(2002)).toMatchObject({ usdBn: 20, reporter: 'KOR', others: [{ reporter: 'JPN', usdBn: 25, source: 'j2002' }] });
		// A year with only the other side's figure is missing from the series, with that figure beside it.
		expect(s.get(2005)).toMatchObject({ usdBn: null, status: 'missing', others: [{ reporter: 'JPN', usdBn: 30, source: 'j2005' }] });
	});
	it('marks a series break written in the data', () => {
		const s = tradeSeries(
			[fig(2010, 300), fig(2011, 378, 'KOR', 's2011', { seriesBreak: 'JETRO switched to both sides’ import figures' })],
			{ from: 2010, to: 2011 }
		);
		expect(s.get(2011)?.seriesBreak).toBe('JETRO switched to both sides’ import figures');
		expect(s.get(2010)?.seriesBreak).toBeUndefined();
	});
	it('says why a year is missing where a gap is documented', () => {
		const gap: TradeGap = { pair: 'JPN-KOR', from: 2004, to: 2006, reason: 'not-found', note: 'KITA trade by country' };
		const s = tradeSeries([fig(2002, 20)], years, [gap]);
		expect(s.get(2005)).toMatchObject({ status: 'missing', gap: { reason: 'not-found', note: 'KITA trade by country' } });
		expect(s.get(2003)?.gap).toBeUndefined();
	});
	it('picks the reporter with most figures not marked alt, ties alphabetically', () => {
		expect(preferredReporter([fig(2001, 1, 'KOR'), fig(2002, 1, 'JPN')])).toBe('JPN');
		expect(preferredReporter([fig(2001, 1, 'KOR'), fig(2002, 1, 'KOR'), fig(2003, 1, 'JPN')])).toBe('KOR');
		expect(preferredReporter([fig(2001, 1, 'KOR'), fig(2002, 1, 'JPN', 'x', { alt: true }), fig(2003, 1, 'JPN', 'y', { alt: true })])).toBe(
			'KOR'
		);
		expect(preferredReporter([])).toBeNull();
	});
});

describe('tradeShare', () => {
	const totals = totalsIndex([
		{ actor: 'JPN', year: 2011, usdBn: 1678, reporter: 'JPN', basis: 'reported', source: 't' },
		{ actor: 'KOR', year: 2011, usdBn: 1080, reporter: 'KOR', basis: 'reported', source: 't' }
	]);
	const point = (usdBn: number | null, reporter: string | null, others?: { reporter: string; usdBn: number; source: string }[]) => ({
		usdBn,
		reporter,
		others
	});
	it('gives each partner the pair’s trade as its own statistics report it, over its own total', () => {
		expect(tradeShare('JPN-KOR', 2011, point(108, 'KOR', [{ reporter: 'JPN', usdBn: 100.68, source: 'j' }]), totals)).toEqual({
			JPN: 0.06,
			KOR: 0.1
		});
	});
	it('gives no share to a partner whose own figure is missing: one side’s figure over the other’s total would mix two bases', () => {
		expect(tradeShare('JPN-KOR', 2011, point(108, 'KOR'), totals)).toEqual({ KOR: 0.1 });
	});
	it('is absent where trade is missing or no total is known', () => {
		expect(tradeShare('JPN-KOR', 2011, point(null, null), totals)).toBeUndefined();
		expect(tradeShare('JPN-KOR', 2012, point(100, 'KOR'), totals)).toBeUndefined();
	});
});

describe('latestCompleteYear', () => {
	const meta = { name: 'x', version: '1', years: { from: 2000, to: 2004 } };
	it('is the latest year every trading pair has a figure, an estimate or a reason that there is none', () => {
		const trade = [
			fig(2000, 1),
			fig(2001, 1),
			fig(2002, 1),
			fig(2003, 1),
			{ ...fig(2001, 1), pair: 'CHN-JPN' },
			{ ...fig(2002, 1), pair: 'CHN-JPN' }
		];
		expect(latestCompleteYear({ meta, trade, gaps: [] })).toBe(2002);
		const gaps: TradeGap[] = [{ pair: 'CHN-JPN', from: 2003, to: 2004, reason: 'negligible', note: 'embargo' }];
		expect(latestCompleteYear({ meta, trade, gaps })).toBe(2003);
	});
});
