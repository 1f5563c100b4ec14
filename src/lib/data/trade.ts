/**
 * Trade series: for each pair and year, the bilateral goods-trade value with its status —
 * `sourced` (a published figure), `interpolated` (linear between the nearest sourced years, flagged),
 * or `missing` (no figure, and no sourced years on both sides). Nothing is ever filled silently.
 */
import { clamp01, round } from '../math';
import { groupByPair } from './pairs';
import type { Dataset, TradeFigure } from './types';

export type TradeStatus = 'sourced' | 'interpolated' | 'missing';

export interface TradePoint {
	usdBn: number | null;
	status: TradeStatus;
	/** The reporter whose statistics the value comes from (for interpolated: of both ends). */
	reporter: string | null;
	/** Source ids behind the value (both ends for an interpolated value). */
	sources: string[];
	/** The sourced years an interpolated value lies between. */
	between?: [number, number];
	note?: string;
}

/**
 * The longest span between two sourced years across which values are interpolated: a straight
 * line over a longer gap (say 2006 to 2023) would be a guess, so those years stay missing.
 */
export const MAX_INTERPOLATION_SPAN = 6;

/** Trade floor and ceiling of the log scale (USD billions): 0.1 bn scores 0, 1,000 bn scores 1. */
export const TRADE_SCALE = { floorBn: 0.1, ceilingBn: 1000 } as const;

/**
 * Trade score in [0, 1]: log10 of the value between a fixed floor (USD 100 million) and ceiling
 * (USD 1 trillion). Fixed ends keep scores comparable across years and datasets.
 */
export function tradeScore(usdBn: number): number {
	if (!(usdBn > 0)) return 0;
	const lo = Math.log10(TRADE_SCALE.floorBn);
	const hi = Math.log10(TRADE_SCALE.ceilingBn);
	return clamp01((Math.log10(usdBn) - lo) / (hi - lo));
}

/** The reporter with most figures for a pair (ties: alphabetical), used as the pair's series. */
export function preferredReporter(figures: readonly TradeFigure[]): string | null {
	const counts = new Map<string, number>();
	for (const f of figures) counts.set(f.reporter, (counts.get(f.reporter) ?? 0) + 1);
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

/**
 * The trade series of one pair over the dataset's years. The preferred reporter's figures come
 * first; a year it lacks takes another reporter's figure (noted); gaps between sourced years are
 * interpolated between the preferred reporter's nearest figures when they are at most
 * MAX_INTERPOLATION_SPAN years apart; other years stay missing.
 */
export function tradeSeries(figures: readonly TradeFigure[], years: { from: number; to: number }): Map<number, TradePoint> {
	const preferred = preferredReporter(figures);
	const chosen = new Map<number, TradeFigure>();
	for (const f of figures) {
		const current = chosen.get(f.year);
		if (!current || (f.reporter === preferred && current.reporter !== preferred)) chosen.set(f.year, f);
	}
	// Interpolation runs between the preferred reporter's own figures only.
	const sourcedYears = [...chosen.values()]
		.filter((f) => f.reporter === preferred)
		.map((f) => f.year)
		.sort((a, b) => a - b);
	const series = new Map<number, TradePoint>();
	for (let year = years.from; year <= years.to; year++) {
		const f = chosen.get(year);
		if (f) {
			const other = f.reporter !== preferred ? `reported by ${f.reporter}; the rest of this series by ${preferred}` : undefined;
			series.set(year, {
				usdBn: f.usdBn,
				status: 'sourced',
				reporter: f.reporter,
				sources: [f.source],
				note: [f.note, other].filter(Boolean).join('; ') || undefined
			});
			continue;
		}
		const before = lastBelow(sourcedYears, year);
		const after = sourcedYears.find((y) => y > year);
		const a = before === undefined ? undefined : chosen.get(before);
		const b = after === undefined ? undefined : chosen.get(after);
		// Only within the preferred reporter's series (a line between two reporters' figures would mix
		// their methods); another reporter's figure in between does not break the line.
		if (!a || !b || after! - before! > MAX_INTERPOLATION_SPAN) {
			series.set(year, { usdBn: null, status: 'missing', reporter: null, sources: [] });
			continue;
		}
		const t = (year - before!) / (after! - before!);
		series.set(year, {
			usdBn: round(a.usdBn + (b.usdBn - a.usdBn) * t),
			status: 'interpolated',
			reporter: a.reporter,
			sources: [...new Set([a.source, b.source])],
			between: [before!, after!]
		});
	}
	return series;
}

function lastBelow(sorted: number[], year: number): number | undefined {
	let found: number | undefined;
	for (const y of sorted) {
		if (y < year) found = y;
		else break;
	}
	return found;
}

/** Trade series of every pair that has figures, keyed by pair. Pairs without any figure are absent. */
export function allTradeSeries(dataset: Dataset): Map<string, Map<number, TradePoint>> {
	const byPair = groupByPair(dataset.trade);
	const out = new Map<string, Map<number, TradePoint>>();
	for (const [pair, figures] of byPair) out.set(pair, tradeSeries(figures, dataset.meta.years));
	return out;
}

export const MISSING_TRADE: TradePoint = Object.freeze({ usdBn: null, status: 'missing', reporter: null, sources: [] }) as TradePoint;
