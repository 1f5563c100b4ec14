/**
 * Tension as the year's peak: the highest combined tension on any sampled day, with the records
 * of that day and the year's other records listed after it.
 */
import { combine, contributionOn, sortContributions, type Contribution, type LayerScore } from './contribution';
import { isoDay, parsePartialDate, yearDays } from './dates';
import type { Evidence, EvidenceLayer } from './types';

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
