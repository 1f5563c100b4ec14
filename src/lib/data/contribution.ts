/**
 * What one piece of evidence contributes to its layer, averaged over a year, and
 * how contributions combine into a score. Pure: no I/O, no clock, inputs are not mutated.
 */
import { round, clamp01 } from '../math';
import { parsePartialDate, yearDays, yearOfDay, yearShare, type DayRange } from './dates';
import { EVENT_HALF_LIFE_YEARS, EVENT_HORIZON_YEARS, KIND_RULES, MAGNITUDE_FACTOR } from './rules';
import type { Evidence } from './types';

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
}

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

/** Largest amounts first, ties broken by evidence id. */
export function sortContributions(list: Contribution[]): Contribution[] {
	return list.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || a.evidence.localeCompare(b.evidence));
}
