import { describe, expect, it } from 'vitest';
import { preferredReporter, tradeScore, tradeSeries } from '../../src/lib/data/trade';
import type { TradeFigure } from '../../src/lib/data/types';

const fig = (year: number, usdBn: number, reporter = 'KOR', source = `s${year}`): TradeFigure => ({
	pair: 'JPN-KOR',
	year,
	usdBn,
	reporter,
	basis: 'reported',
	source
});

describe('tradeScore', () => {
	it.each([
		{ usdBn: 1000, expected: 1 },
		{ usdBn: 5000, expected: 1 },
		{ usdBn: 0.1, expected: 0 },
		{ usdBn: 0.01, expected: 0 },
		{ usdBn: 0, expected: 0 },
		{ usdBn: 1, expected: 0.25 },
		{ usdBn: 10, expected: 0.5 },
		{ usdBn: 100, expected: 0.75 }
	])('$usdBn bn scores $expected', ({ usdBn, expected }) => {
		expect(tradeScore(usdBn)).toBeCloseTo(expected, 6);
	});
	it('keeps order', () => {
		expect(tradeScore(300)).toBeGreaterThan(tradeScore(100));
	});
});

describe('tradeSeries', () => {
	const years = { from: 2000, to: 2006 };
	it('interpolates between sourced years and flags it, leaves the ends missing', () => {
		const s = tradeSeries([fig(2001, 10), fig(2004, 40)], years);
		expect(s.get(2000)).toEqual({ usdBn: null, status: 'missing', reporter: null, sources: [] });
		expect(s.get(2001)).toMatchObject({ usdBn: 10, status: 'sourced', sources: ['s2001'] });
		expect(s.get(2002)).toEqual({ usdBn: 20, status: 'interpolated', reporter: 'KOR', sources: ['s2001', 's2004'], between: [2001, 2004] });
		expect(s.get(2003)).toMatchObject({ usdBn: 30, status: 'interpolated' });
		expect(s.get(2005)?.status).toBe('missing');
		expect(s.size).toBe(7);
	});
	it('does not interpolate across a gap longer than six years', () => {
		const s = tradeSeries([fig(2000, 10), fig(2006, 16), fig(2013, 30)], { from: 2000, to: 2013 });
		expect(s.get(2003)).toMatchObject({ usdBn: 13, status: 'interpolated' });
		expect(s.get(2009)).toEqual({ usdBn: null, status: 'missing', reporter: null, sources: [] });
	});
	it('does not interpolate between two reporters’ figures', () => {
		const s = tradeSeries([fig(2000, 10), fig(2001, 11), fig(2003, 30, 'JPN')], { from: 2000, to: 2003 });
		expect(s.get(2002)?.status).toBe('missing');
		expect(s.get(2003)).toMatchObject({ status: 'sourced', reporter: 'JPN' });
	});
	it('interpolates across another reporter’s figure between two of its own', () => {
		const s = tradeSeries([fig(2000, 10), fig(2002, 99, 'RUS'), fig(2004, 30)], years);
		expect(s.get(2001)).toMatchObject({ usdBn: 15, status: 'interpolated', reporter: 'KOR', between: [2000, 2004] });
		expect(s.get(2002)).toMatchObject({ usdBn: 99, status: 'sourced', reporter: 'RUS' });
		expect(s.get(2003)).toMatchObject({ usdBn: 25, status: 'interpolated', between: [2000, 2004] });
	});
	it('prefers one reporter per series and notes a year taken from another', () => {
		const s = tradeSeries([fig(2001, 10), fig(2002, 25, 'JPN'), fig(2002, 20), fig(2003, 30), fig(2004, 44, 'JPN')], years);
		expect(s.get(2002)).toMatchObject({ usdBn: 20, reporter: 'KOR' });
		expect(s.get(2004)).toMatchObject({ usdBn: 44, reporter: 'JPN', status: 'sourced' });
		expect(s.get(2004)?.note).toMatch(/reported by JPN/);
	});
	it('picks the reporter with most figures, ties alphabetically', () => {
		expect(preferredReporter([fig(2001, 1, 'KOR'), fig(2002, 1, 'JPN')])).toBe('JPN');
		expect(preferredReporter([fig(2001, 1, 'KOR'), fig(2002, 1, 'KOR'), fig(2003, 1, 'JPN')])).toBe('KOR');
		expect(preferredReporter([])).toBeNull();
	});
});
