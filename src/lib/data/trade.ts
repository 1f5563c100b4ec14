/**
 * Trade series: for each pair and year, the bilateral goods-trade value with its status —
 * `sourced` (a published figure), `estimated` (a straight line across a short gap, flagged, with
 * the two figures it lies between) or `missing` (no figure; a documented gap says why). Nothing is
 * filled silently. Also the trade score's scale, and each partner's share of its own total trade.
 */
import { clamp01, round } from '../math';
import { groupByPair, splitPair } from './pairs';
import type { Dataset, TradeFigure, TradeGap, TradeTotal } from './types';

export type TradeStatus = 'sourced' | 'estimated' | 'missing';

/** Another reporter's figure for the same pair and year, kept beside the series (never mixed into it). */
export interface OtherFigure {
	reporter: string;
	usdBn: number;
	source: string;
}

export interface TradePoint {
	usdBn: number | null;
	status: TradeStatus;
	/** The reporter whose statistics the value comes from (for an estimate: of both ends). */
	reporter: string | null;
	/** Source ids behind the value (both ends for an estimate). */
	sources: string[];
	/** The sourced years an estimate lies between. */
	between?: [number, number];
	note?: string;
	/** Where the series changes basis at this year (another reporter, or the reporter's method). */
	seriesBreak?: string;
	/** The other partner's figures for this year, where published. */
	others?: OtherFigure[];
	/** How a sourced figure was obtained: published as a total, the sum of cited exports and imports, or worked out from cited figures. */
	basis?: TradeFigure['basis'];
	/** For a missing year inside a documented gap: why there is no figure. */
	gap?: Pick<TradeGap, 'reason' | 'note'>;
}

/**
 * Interpolation is allowed only across a gap of at most this many years between two figures of
 * the pair's preferred reporter; a longer straight line would be a guess.
 */
export const MAX_ESTIMATED_GAP = 2;

/** Years of known shocks to trade (the dot-com bust, the financial crisis, the 2015 commodity slump, the pandemic, the war in Ukraine): never interpolated across. */
export const TRADE_SHOCK_YEARS: readonly number[] = [2001, 2009, 2015, 2020, 2022];

/** Two sourced ends that differ by more than this share are not joined by a line: something happened in between. */
export const MAX_ESTIMATE_CHANGE = 0.25;

/**
 * The trade score's scale: the square root of the value as a share of a ceiling of US$700 bn, so
 * the score grows with the value itself, not its order of magnitude: a $13 bn tie scores 0.14, a
 * $200 bn one 0.53, the largest (US–China, $660 bn in 2018) 0.97. Fixed ends keep scores
 * comparable across years and datasets.
 */
export const TRADE_SCALE = { ceilingBn: 700, exponent: 0.5 } as const;

/** Trade score in [0, 1] for a value in US$ billions. */
export function tradeScore(usdBn: number): number {
	if (!(usdBn > 0)) return 0;
	return clamp01((usdBn / TRADE_SCALE.ceilingBn) ** TRADE_SCALE.exponent);
}

/** The pair's preferred reporter: the one with most figures that are not marked `alt` (ties: alphabetical). */
export function preferredReporter(figures: readonly TradeFigure[]): string | null {
	const counts = new Map<string, number>();
	for (const f of figures) if (!f.alt) counts.set(f.reporter, (counts.get(f.reporter) ?? 0) + 1);
	if (counts.size === 0) for (const f of figures) counts.set(f.reporter, (counts.get(f.reporter) ?? 0) + 1);
	let best: string | null = null;
	let bestCount = 0;
	for (const [reporter, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
		if (count > bestCount) {
			best = reporter;
			bestCount = count;
		}
	}
	return best;
}

/** Why an estimate between sourced years `a` and `b` is not allowed, or null when it is. */
export function estimateRefusal(a: { year: number; usdBn: number }, b: { year: number; usdBn: number }): string | null {
	const gap = b.year - a.year - 1;
	if (gap > MAX_ESTIMATED_GAP)
		return `the nearest figures (${a.year}, ${b.year}) are ${gap} years apart; estimates only span ${MAX_ESTIMATED_GAP}`;
	const shock = TRADE_SHOCK_YEARS.find((y) => y > a.year && y < b.year);
	if (shock !== undefined) return `${shock} was a year of shock to trade: no straight line across it`;
	const change = Math.abs(b.usdBn - a.usdBn) / Math.min(a.usdBn, b.usdBn);
	if (!(change <= MAX_ESTIMATE_CHANGE))
		return `the figures of ${a.year} and ${b.year} differ by ${Math.round(change * 100)}%, more than ${MAX_ESTIMATE_CHANGE * 100}%`;
	return null;
}

/**
 * The trade series of one pair over the dataset's years. The preferred reporter's figure is the
 * year's value; a year it lacks takes another reporter's figure, marked as a series break; other
 * reporters' figures are kept beside it. A year without any figure is estimated between the
 * preferred reporter's nearest figures where `estimateRefusal` allows, and is otherwise missing.
 */
export function tradeSeries(
	figures: readonly TradeFigure[],
	years: { from: number; to: number },
	gaps: readonly TradeGap[] = []
): Map<number, TradePoint> {
	const preferred = preferredReporter(figures);
	const byYear = new Map<number, TradeFigure[]>();
	for (const f of figures) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
	const chosen = new Map<number, TradeFigure>();
	// The other side's figures (alt) are kept beside the series, never used as its value.
	for (const [year, list] of byYear) {
		const f = list.find((g) => g.reporter === preferred) ?? list.find((g) => !g.alt);
		if (f) chosen.set(year, f);
	}
	const own = [...chosen.values()].filter((f) => f.reporter === preferred).sort((a, b) => a.year - b.year);
	const series = new Map<number, TradePoint>();
	let previous: TradeFigure | undefined;
	for (let year = years.from; year <= years.to; year++) {
		const f = chosen.get(year);
		if (f) {
			const others = byYear
				.get(year)!
				.filter((o) => o !== f)
				.map((o) => ({ reporter: o.reporter, usdBn: o.usdBn, source: o.source }));
			const seriesBreak =
				f.seriesBreak ??
				(f.reporter !== preferred
					? `reported by ${f.reporter}; the rest of this series by ${preferred}`
					: previous && previous.reporter !== f.reporter
						? `back to ${f.reporter}'s figures after ${previous.reporter}'s for ${previous.year}`
						: undefined);
			const point: TradePoint = { usdBn: f.usdBn, status: 'sourced', reporter: f.reporter, sources: [f.source], basis: f.basis };
			if (f.note) point.note = f.note;
			if (seriesBreak) point.seriesBreak = seriesBreak;
			if (others.length) point.others = others;
			series.set(year, point);
			previous = f;
			continue;
		}
		const a = [...own].reverse().find((g) => g.year < year);
		const b = own.find((g) => g.year > year);
		const refusal = a && b ? estimateRefusal(a, b) : 'no figure on both sides';
		if (!a || !b || refusal) {
			const gap = gaps.find((g) => year >= g.from && year <= g.to);
			const point: TradePoint = { usdBn: null, status: 'missing', reporter: null, sources: [] };
			if (gap) point.gap = { reason: gap.reason, note: gap.note };
			const others = (byYear.get(year) ?? []).map((o) => ({ reporter: o.reporter, usdBn: o.usdBn, source: o.source }));
			if (others.length) point.others = others;
			if (a && b && refusal) point.note = `not estimated: ${refusal}`;
			series.set(year, point);
			continue;
		}
		const t = (year - a.year) / (b.year - a.year);
		series.set(year, {
			usdBn: round(a.usdBn + (b.usdBn - a.usdBn) * t),
			status: 'estimated',
			reporter: a.reporter,
			sources: [...new Set([a.source, b.source])],
			between: [a.year, b.year],
			note: `estimated: a straight line between ${a.reporter}'s figures for ${a.year} and ${b.year}`
		});
	}
	return series;
}

/** Trade series of every pair that has figures or documented gaps, keyed by pair. */
export function allTradeSeries(dataset: Pick<Dataset, 'trade' | 'gaps' | 'meta'>): Map<string, Map<number, TradePoint>> {
	const byPair = groupByPair(dataset.trade);
	const gapsByPair = groupByPair(dataset.gaps);
	const out = new Map<string, Map<number, TradePoint>>();
	for (const pair of new Set([...byPair.keys(), ...gapsByPair.keys()])) {
		out.set(pair, tradeSeries(byPair.get(pair) ?? [], dataset.meta.years, gapsByPair.get(pair) ?? []));
	}
	return out;
}

/** Each actor's total goods trade by year. */
export function totalsIndex(totals: readonly TradeTotal[]): Map<string, Map<number, TradeTotal>> {
	const out = new Map<string, Map<number, TradeTotal>>();
	for (const t of totals) {
		const m = out.get(t.actor) ?? new Map<number, TradeTotal>();
		m.set(t.year, t);
		out.set(t.actor, m);
	}
	return out;
}

/**
 * Each partner's share of its own total goods trade (0..1): the pair's trade as that partner's own
 * statistics report it, over that partner's world total. A partner whose own figure or total is
 * missing gets no share: dividing one side's figure by the other side's total would mix two bases
 * (China's customs count China–Taiwan trade a third higher than Taiwan's do).
 */
export function tradeShare(
	pair: string,
	year: number,
	point: Pick<TradePoint, 'usdBn' | 'reporter' | 'others'>,
	totals: Map<string, Map<number, TradeTotal>>
): Record<string, number> | undefined {
	const ids = splitPair(pair);
	if (!ids || point.usdBn === null) return undefined;
	const byReporter = new Map<string, number>(point.others?.map((o) => [o.reporter, o.usdBn]));
	if (point.reporter) byReporter.set(point.reporter, point.usdBn);
	const share: Record<string, number> = {};
	for (const id of ids) {
		const own = byReporter.get(id);
		const total = totals.get(id)?.get(year);
		if (own !== undefined && total && total.usdBn > 0 && own <= total.usdBn) share[id] = round(own / total.usdBn, 4);
	}
	return Object.keys(share).length ? share : undefined;
}

/**
 * The year the page opens on: the latest year whose trade data is complete — every pair that has
 * trade figures is sourced or estimated that year, or documented as negligible or unpublished. If
 * no year is complete, the latest of the years with the fewest pairs lacking a figure.
 */
export function latestCompleteYear(dataset: Pick<Dataset, 'trade' | 'gaps' | 'meta'>): number {
	const series = allTradeSeries(dataset);
	const withTrade = [...groupByPair(dataset.trade).keys()];
	let best = dataset.meta.years.to;
	let fewest = Number.POSITIVE_INFINITY;
	for (let year = dataset.meta.years.to; year >= dataset.meta.years.from; year--) {
		const lacking = withTrade.filter((pair) => {
			const p = series.get(pair)!.get(year)!;
			return p.status === 'missing' && p.gap?.reason !== 'negligible' && p.gap?.reason !== 'unpublished';
		}).length;
		if (lacking < fewest) {
			fewest = lacking;
			best = year;
		}
		if (lacking === 0) break;
	}
	return best;
}

/**
 * A trade point as the API and the command line give it: value, status, reporter, sources, and —
 * where they apply — each partner's share, the years an estimate lies between, a series break,
 * the other side's figures and a documented gap.
 */
export function tradeSummary(t: TradePoint & { share?: Record<string, number> }) {
	return {
		usdBn: t.usdBn,
		status: t.status,
		reporter: t.reporter,
		sources: t.sources,
		...(t.share ? { share: t.share } : {}),
		...(t.between ? { between: t.between } : {}),
		...(t.seriesBreak ? { seriesBreak: t.seriesBreak } : {}),
		...(t.others ? { others: t.others } : {}),
		...(t.gap ? { gap: t.gap } : {})
	};
}

export const MISSING_TRADE: TradePoint = Object.freeze({ usdBn: null, status: 'missing', reporter: null, sources: [] }) as TradePoint;
