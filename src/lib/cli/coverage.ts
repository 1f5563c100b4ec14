/** What a dataset covers, as `npm run data:check` prints it. Pure; `scripts/data-check.ts` wires it to the terminal. */
import { datasetYears } from '../data/rubric';
import { allPairs } from '../data/pairs';
import { allTradeSeries } from '../data/trade';
import { LAYERS, type Dataset, type EvidenceLayer } from '../data/types';

export interface Coverage {
	pairs: number;
	years: number;
	scores: number;
	trade: { sourced: number; interpolated: number; missing: number };
	evidence: { military: number; tension: number; unconfirmed: number };
	sources: number;
	unusedSources: string[];
	pairsWithoutEvidence: { military: string[]; tension: string[] };
}

/** What the dataset covers: counts for `data:check`. */
export function coverage(dataset: Dataset): Coverage {
	const pairs = allPairs(dataset.actors.map((a) => a.id));
	const years = datasetYears(dataset);
	const series = allTradeSeries(dataset);
	const trade = { sourced: 0, interpolated: 0, missing: 0 };
	for (const pair of pairs) {
		for (const year of years) trade[series.get(pair)?.get(year)?.status ?? 'missing']++;
	}
	const used = new Set([...dataset.evidence.flatMap((e) => e.sources), ...dataset.trade.map((t) => t.source)]);
	const withEvidence = (layer: EvidenceLayer) => new Set(dataset.evidence.filter((e) => e.layer === layer).map((e) => e.pair));
	const mil = withEvidence('military');
	const ten = withEvidence('tension');
	return {
		pairs: pairs.length,
		years: years.length,
		scores: pairs.length * years.length * LAYERS.length,
		trade,
		evidence: {
			military: dataset.evidence.filter((e) => e.layer === 'military').length,
			tension: dataset.evidence.filter((e) => e.layer === 'tension').length,
			unconfirmed: dataset.evidence.filter((e) => !e.confirmed).length
		},
		sources: dataset.sources.length,
		unusedSources: dataset.sources.filter((s) => !used.has(s.id)).map((s) => s.id),
		pairsWithoutEvidence: { military: pairs.filter((p) => !mil.has(p)), tension: pairs.filter((p) => !ten.has(p)) }
	};
}

/** The coverage report as printed by `data:check`. */
export function formatCoverage(c: Coverage, name: string): string {
	const cells = c.pairs * c.years;
	const pct = (n: number) => `${((100 * n) / cells).toFixed(1)}%`;
	return [
		`${name}: valid`,
		`scores: ${c.scores} (${c.pairs} pairs × ${c.years} years × 3 layers)`,
		`  military and tension: ${cells} pair-years each, scored from ${c.evidence.military} military and ${c.evidence.tension} tension evidence records (${c.evidence.unconfirmed} unconfirmed, shown but not scored)`,
		`  trade: ${cells} pair-years: ${c.trade.sourced} sourced (${pct(c.trade.sourced)}), ${c.trade.interpolated} interpolated (${pct(c.trade.interpolated)}), ${c.trade.missing} missing (${pct(c.trade.missing)}, no trade score)`,
		`sources: ${c.sources}${c.unusedSources.length ? ` (${c.unusedSources.length} not cited by any record: ${c.unusedSources.join(', ')})` : ''}`,
		`pairs without military evidence (${c.pairsWithoutEvidence.military.length}): ${c.pairsWithoutEvidence.military.join(', ') || 'none'}`,
		`pairs without tension evidence (${c.pairsWithoutEvidence.tension.length}): ${c.pairsWithoutEvidence.tension.join(', ') || 'none'}`
	].join('\n');
}
