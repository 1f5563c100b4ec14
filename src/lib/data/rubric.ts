/**
 * The rubric's mechanics: turns dated evidence and trade figures into military, trade and tension scores in
 * [0, 1] for each pair and year, and says which evidence produced each score and by how much.
 * The rules (weights, timing) are in `rules.ts`; documented, with reasons, in docs/data.md. Pure: no I/O, no clock, inputs are not mutated.
 */
import { round } from '../math';
import { isoDay, parsePartialDate } from './dates';
import { KIND_RULES } from './rules';
import { allPairs, groupByPair, splitPair } from './pairs';
import { allTradeSeries, MISSING_TRADE, totalsIndex, tradeScore, tradeShare, type TradePoint } from './trade';
import { combine, contribution, sortContributions, type Contribution, type LayerScore } from './contribution';
import type { Dataset, Evidence, EvidenceLayer, Layer, TradeTotal } from './types';

export interface TieScore {
	pair: string;
	source: string;
	target: string;
	year: number;
	scores: { military: number; trade: number | null; tension: number };
	/** The year's trade point, with each partner's share of its own total trade where known. */
	trade: TradePoint & { share?: Record<string, number> };
	/** Layers with no score this year (only trade can be missing): never counted as zero. */
	missing: Layer[];
	military: Contribution[];
	tension: Contribution[];
	/** Ids of the evidence that counted this year, military then tension. */
	evidence: string[];
}

/**
 * Score one layer of one pair in one year from that pair's evidence, as the year's average: a
 * period counts by the share of the year it was in force, an event by its weight averaged over the
 * year (see `contribution`). Both layers work alike, so a détente in June lowers the rest of the year
 * and a crisis in December weighs mostly on the next.
 */
export function scoreLayer(evidence: readonly Evidence[], layer: EvidenceLayer, year: number): LayerScore {
	const contributions: Contribution[] = [];
	for (const e of evidence) {
		if (e.layer !== layer) continue;
		const c = contribution(e, year);
		if (c) contributions.push(c);
	}
	return { score: combine(contributions), contributions: sortContributions(contributions) };
}

/**
 * Supersession: on one pair, a record of a mechanism that is followed by a later record of the same
 * mechanism (and the same layer) ends the day before its successor begins — the 2014 trilateral
 * information-sharing arrangement gives way to a GSOMIA of the same mechanism, a sanctions regime to
 * its wider successor — so one arrangement never counts twice. Records are copied, never mutated.
 */
export function withSuccession(evidence: readonly Evidence[]): Evidence[] {
	const groups = new Map<string, Evidence[]>();
	for (const e of evidence) {
		if (!e.mechanism || KIND_RULES[e.kind].timing !== 'period') continue;
		const key = `${e.pair} ${e.layer} ${e.mechanism}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	const ends = new Map<string, string>();
	for (const list of groups.values()) {
		const sorted = [...list].sort((a, b) => parsePartialDate(a.from)!.first - parsePartialDate(b.from)!.first);
		for (let i = 0; i + 1 < sorted.length; i++) {
			const e = sorted[i]!;
			const nextFirst = parsePartialDate(sorted[i + 1]!.from)!.first;
			const end = e.to ? parsePartialDate(e.to)!.last : Number.POSITIVE_INFINITY;
			if (end >= nextFirst && nextFirst > parsePartialDate(e.from)!.first) ends.set(e.id, isoDay(nextFirst - 1));
		}
	}
	return evidence.map((e) => (ends.has(e.id) ? { ...e, to: ends.get(e.id)! } : e));
}

interface Index {
	pairs: string[];
	evidence: Map<string, Evidence[]>;
	trade: Map<string, Map<number, TradePoint>>;
	totals: Map<string, Map<number, TradeTotal>>;
	/** Each scored year's ties, once computed. */
	years: Map<number, readonly TieScore[]>;
}

const indexCache = new WeakMap<Dataset, Index>();

function indexOf(dataset: Dataset): Index {
	let index = indexCache.get(dataset);
	if (!index) {
		index = {
			pairs: allPairs(dataset.actors.map((a) => a.id)),
			evidence: groupByPair(withSuccession(dataset.evidence)),
			trade: allTradeSeries(dataset),
			totals: totalsIndex(dataset.totals),
			years: new Map()
		};
		indexCache.set(dataset, index);
	}
	return index;
}

/** All three scores of one pair in one year, with their explanation. */
export function scorePair(dataset: Dataset, pair: string, year: number): TieScore {
	const index = indexOf(dataset);
	const [source, target] = splitPair(pair) ?? [pair, pair];
	const evidence = index.evidence.get(pair) ?? [];
	const military = scoreLayer(evidence, 'military', year);
	const tension = scoreLayer(evidence, 'tension', year);
	const point = index.trade.get(pair)?.get(year) ?? MISSING_TRADE;
	const share = tradeShare(pair, year, point, index.totals);
	const trade = share ? { ...point, share } : point;
	return {
		pair,
		source,
		target,
		year,
		scores: {
			military: military.score,
			trade: trade.usdBn === null ? null : round(tradeScore(trade.usdBn)),
			tension: tension.score
		},
		trade,
		missing: trade.usdBn === null ? ['trade'] : [],
		military: military.contributions,
		tension: tension.contributions,
		evidence: [...military.contributions, ...tension.contributions].filter((c) => c.counted).map((c) => c.evidence)
	};
}

/** Every pair's scores in a year, pairs in alphabetical order (source < target). */
export function scoreYear(dataset: Dataset, year: number): readonly TieScore[] {
	// Scores are a pure function of (dataset, year): computed once per year and dataset, then shared
	// (read-only) by every view of that year — a comparison, the focus panel's series, a scrub back.
	const index = indexOf(dataset);
	let scored = index.years.get(year);
	if (!scored) {
		scored = Object.freeze(index.pairs.map((pair) => scorePair(dataset, pair, year)));
		index.years.set(year, scored);
	}
	return scored;
}

/** The years of the dataset, first to last. */
export function datasetYears(dataset: Dataset): number[] {
	const years: number[] = [];
	for (let y = dataset.meta.years.from; y <= dataset.meta.years.to; y++) years.push(y);
	return years;
}

/** One pair's scores across all years (for the small multiple in the focus panel). */
export function scoreSeries(dataset: Dataset, pair: string): TieScore[] {
	const i = indexOf(dataset).pairs.indexOf(pair);
	return datasetYears(dataset).map((year) => (i >= 0 ? scoreYear(dataset, year)[i]! : scorePair(dataset, pair, year)));
}
