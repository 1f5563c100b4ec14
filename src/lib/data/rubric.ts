/**
 * The rubric: turns dated evidence and trade figures into military, trade and tension scores in
 * [0, 1] for each pair and year, and says which evidence produced each score and by how much.
 * Documented, with reasons, in docs/data.md. Pure: no I/O, no clock, inputs are not mutated.
 */
import { parsePartialDate, yearDays, yearOfDay, yearShare, type DayRange } from './dates';
import { allPairs, splitPair } from './pairs';
import { allTradeSeries, MISSING_TRADE, tradeScore, type TradePoint } from './trade';
import type { Dataset, Evidence, EvidenceKind, EvidenceLayer } from './types';

/** How each kind of evidence counts: its base weight (sign: + raises the score, − lowers it) and timing. */
export interface KindRule {
	base: number;
	/** `period`: counts while in force, by the share of the year covered; `event`: full in its year, then decays. */
	timing: 'period' | 'event' | 'either';
}

export const KIND_RULES: Record<EvidenceKind, KindRule> = {
	// Military cooperation.
	'defence-treaty': { base: 0.6, timing: 'period' },
	'consultation-pact': { base: 0.3, timing: 'period' },
	'non-aggression': { base: 0.1, timing: 'period' },
	'strategic-partnership': { base: 0.25, timing: 'period' },
	'intelligence-sharing': { base: 0.25, timing: 'period' },
	basing: { base: 0.3, timing: 'period' },
	'arms-transfers': { base: 0.2, timing: 'period' },
	'joint-exercise': { base: 0.15, timing: 'either' },
	'defence-dialogue': { base: 0.1, timing: 'event' },
	'military-rupture': { base: -0.2, timing: 'event' },
	// Tension.
	'territorial-dispute': { base: 0.25, timing: 'period' },
	'historical-dispute': { base: 0.2, timing: 'period' },
	'armed-standoff': { base: 0.4, timing: 'period' },
	sanction: { base: 0.25, timing: 'period' },
	incident: { base: 0.3, timing: 'event' },
	'weapons-test': { base: 0.2, timing: 'event' },
	coercion: { base: 0.3, timing: 'either' },
	'diplomatic-crisis': { base: 0.2, timing: 'event' },
	detente: { base: -0.2, timing: 'event' }
};

/** Magnitude 1 (minor) halves the base weight, 3 (severe) adds half again. */
export const MAGNITUDE_FACTOR = { 1: 0.5, 2: 1, 3: 1.5 } as const;

/**
 * An event weighs fully on its date, then its weight halves every EVENT_HALF_LIFE_YEARS; a year's
 * score takes the weight averaged over that calendar year (so a December event counts little in its
 * own year and most in the next). Events older than EVENT_HORIZON_YEARS are dropped.
 */
export const EVENT_HALF_LIFE_YEARS = 1;
export const EVENT_HORIZON_YEARS = 4;

/**
 * Average over calendar year `year` of 0.5^(t / halfLife) for t ≥ the event, normalised so that an
 * event on 1 January weighs 1 in its own year (then 0.5, 0.25, … in the years after).
 */
export function eventYearFactor(eventDay: number, year: number): number {
	const { first, last } = yearDays(year);
	const length = last - first + 1;
	const start = Math.max(first, eventDay);
	if (start > last) return 0;
	const h = EVENT_HALF_LIFE_YEARS * 365.25;
	// ∫ 0.5^((t − e)/h) dt over [start, last + 1), divided by the same integral for an event on 1 January.
	const integral = (e: number, d0: number, d1: number) => Math.pow(0.5, (d0 - e) / h) - Math.pow(0.5, (d1 - e) / h);
	return integral(eventDay, start, last + 1) / integral(first, first, first + length);
}

export interface Contribution {
	evidence: string;
	/** Signed amount this evidence adds before combination (0 when not counted). */
	amount: number;
	/** Why it counts as much as it does: "in force 11% of the year", "event, 2 years ago", "unconfirmed". */
	reason: string;
	counted: boolean;
}

export interface LayerScore {
	score: number;
	contributions: Contribution[];
	/** Tension only: the day (YYYY-MM-DD) the year's peak was reached, whose contributions are listed. */
	at?: string;
}

export interface TieScore {
	pair: string;
	source: string;
	target: string;
	year: number;
	scores: { military: number; trade: number | null; tension: number };
	trade: TradePoint;
	military: Contribution[];
	tension: Contribution[];
	/** The day the year's tension peaked (contributions in `tension` are those of that day). */
	tensionAt?: string;
	/** Ids of the evidence that counted this year, military then tension. */
	evidence: string[];
}

function timingOf(e: Evidence): 'period' | 'event' {
	const rule = KIND_RULES[e.kind];
	if (rule.timing !== 'either') return rule.timing;
	return e.to === undefined ? 'event' : 'period';
}

/** The contribution of `e` at `factor` of its weight; an unconfirmed claim is listed but not scored. */
function weighed(e: Evidence, factor: number, reason: string): Contribution {
	if (!e.confirmed) return { evidence: e.id, amount: 0, reason: `${reason}; unconfirmed claim, not scored`, counted: false };
	const weight = KIND_RULES[e.kind].base * MAGNITUDE_FACTOR[e.magnitude];
	return { evidence: e.id, amount: round(weight * factor), reason, counted: true };
}

/** What one piece of evidence contributes to its layer in a year (the year's average). */
export function contribution(e: Evidence, year: number): Contribution | null {
	const from = parsePartialDate(e.from);
	if (!from) return null;
	const to = e.to ? parsePartialDate(e.to) : null;
	let factor: number;
	let reason: string;
	if (timingOf(e) === 'period') {
		const range: DayRange = { first: from.first, last: to ? to.last : Number.POSITIVE_INFINITY };
		factor = yearShare(range, year);
		if (factor === 0) return null;
		reason = factor === 1 ? 'in force all year' : `in force ${Math.round(factor * 100)}% of the year`;
	} else {
		const age = year - yearOfDay(from.first);
		if (age < 0 || age > EVENT_HORIZON_YEARS) return null;
		factor = eventYearFactor(from.first, year);
		reason =
			age === 0 ? `event this year, weight ${round(factor)}` : `event ${age} year${age > 1 ? 's' : ''} before, weight ${round(factor)}`;
	}
	return weighed(e, factor, reason);
}

/**
 * Combine contributions: positive amounts as independent chances, 1 − Π(1 − a), so that no
 * single item reaches 1 and more evidence saturates; negative amounts are then subtracted.
 */
export function combine(contributions: readonly Contribution[]): number {
	let keep = 1;
	let minus = 0;
	for (const c of contributions) {
		if (!c.counted) continue;
		if (c.amount > 0) keep *= 1 - Math.min(c.amount, 1);
		else minus -= c.amount;
	}
	return round(clamp01(1 - keep - minus));
}

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** What one piece of evidence contributes on one day: a period at full weight while in force, an event halving each year since. */
export function contributionOn(e: Evidence, day: number): Contribution | null {
	const from = parsePartialDate(e.from);
	if (!from) return null;
	let factor: number;
	let reason: string;
	if (timingOf(e) === 'period') {
		const to = e.to ? parsePartialDate(e.to) : null;
		if (day < from.first || (to && day > to.last)) return null;
		factor = 1;
		reason = 'in force';
	} else {
		const age = day - from.first;
		if (age < 0 || age > EVENT_HORIZON_YEARS * YEAR_DAYS) return null;
		factor = Math.pow(0.5, age / (EVENT_HALF_LIFE_YEARS * YEAR_DAYS));
		const months = Math.round(age / 30.44);
		const when = age === 0 ? 'event that day' : age < 45 ? `event ${age} day${age > 1 ? 's' : ''} before` : `event ${months} months before`;
		reason = `${when}, weight ${round(factor)}`;
	}
	return weighed(e, factor, reason);
}

function sortContributions(list: Contribution[]): Contribution[] {
	return list.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || a.evidence.localeCompare(b.evidence));
}

/**
 * Tension is episodic: a year is as tense as its worst moment. The score is the highest combined
 * tension on any of these days: 1 January, every Monday, 31 December, and every day in the year on
 * which a record starts or ends. The contributions listed are those of that day, followed by the
 * year's other records (a détente after the peak, say) marked as not counted, with their date.
 */
export function peakLayer(evidence: readonly Evidence[], layer: EvidenceLayer, year: number): LayerScore {
	const { first, last } = yearDays(year);
	const days = new Set<number>([first, last]);
	// Day 4 of the epoch (1970-01-05) was a Monday.
	for (let d = first + ((((4 - first) % 7) + 7) % 7); d <= last; d += 7) days.add(d);
	const own = evidence.filter((e) => e.layer === layer);
	const starts = new Map<string, number>();
	for (const e of own) {
		const from = parsePartialDate(e.from);
		const to = e.to ? parsePartialDate(e.to) : null;
		if (from) starts.set(e.id, from.first);
		for (const d of [from?.first, to?.last]) if (d !== undefined && d >= first && d <= last) days.add(d);
	}
	let best = { score: -1, day: first, contributions: [] as Contribution[] };
	for (const day of [...days].sort((a, b) => a - b)) {
		const contributions = own.map((e) => contributionOn(e, day)).filter((c): c is Contribution => c !== null);
		const score = combine(contributions);
		if (score > best.score) best = { score, day, contributions };
	}
	// The year's other records, so that a reader sees what came after (or before) the peak.
	const listed = new Set(best.contributions.map((c) => c.evidence));
	const others: Contribution[] = [];
	for (const e of own) {
		if (listed.has(e.id)) continue;
		const start = starts.get(e.id);
		if (start === undefined || start < first || start > last) continue;
		const when = isoDay(start);
		others.push({
			evidence: e.id,
			amount: 0,
			reason: `${start > best.day ? 'after' : 'before'} the year's peak, on ${when}: not counted`,
			counted: false
		});
	}
	others.sort((a, b) => a.reason.localeCompare(b.reason) || a.evidence.localeCompare(b.evidence));
	return { score: Math.max(0, best.score), contributions: [...sortContributions(best.contributions), ...others], at: isoDay(best.day) };
}

/**
 * Score one layer of one pair in one year from that pair's evidence: military cooperation as the
 * year's average level, tension as the year's peak (see `peakLayer`).
 */
export function scoreLayer(evidence: readonly Evidence[], layer: EvidenceLayer, year: number): LayerScore {
	if (layer === 'tension') return peakLayer(evidence, layer, year);
	const contributions: Contribution[] = [];
	for (const e of evidence) {
		if (e.layer !== layer) continue;
		const c = contribution(e, year);
		if (c) contributions.push(c);
	}
	return { score: combine(contributions), contributions: sortContributions(contributions) };
}

interface Index {
	pairs: string[];
	evidence: Map<string, Evidence[]>;
	trade: Map<string, Map<number, TradePoint>>;
}

const indexCache = new WeakMap<Dataset, Index>();

function indexOf(dataset: Dataset): Index {
	let index = indexCache.get(dataset);
	if (!index) {
		const evidence = new Map<string, Evidence[]>();
		for (const e of dataset.evidence) {
			const list = evidence.get(e.pair) ?? [];
			list.push(e);
			evidence.set(e.pair, list);
		}
		index = { pairs: allPairs(dataset.actors.map((a) => a.id)), evidence, trade: allTradeSeries(dataset) };
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
	const trade = index.trade.get(pair)?.get(year) ?? MISSING_TRADE;
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
		military: military.contributions,
		tension: tension.contributions,
		tensionAt: tension.at,
		evidence: [...military.contributions, ...tension.contributions].filter((c) => c.counted).map((c) => c.evidence)
	};
}

/** Every pair's scores in a year, pairs in alphabetical order (source < target). */
export function scoreYear(dataset: Dataset, year: number): TieScore[] {
	return indexOf(dataset).pairs.map((pair) => scorePair(dataset, pair, year));
}

/** The years of the dataset, first to last. */
export function datasetYears(dataset: Dataset): number[] {
	const years: number[] = [];
	for (let y = dataset.meta.years.from; y <= dataset.meta.years.to; y++) years.push(y);
	return years;
}

/** One pair's scores across all years (for the small multiple in the focus panel). */
export function scoreSeries(dataset: Dataset, pair: string): TieScore[] {
	return datasetYears(dataset).map((year) => scorePair(dataset, pair, year));
}

function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Scores are reported to three decimals: stable output, no false precision. */
function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
