/**
 * The logic of the data command line (`npm run scores`, `npm run data:check`), kept pure so it is
 * tested in Node; `scripts/*.ts` only wire it to argv, stdout and the exit code.
 */
import { toCsv } from '../export/csv';
import { datasetYears, scoreYear, type TieScore } from '../data/rubric';
import { allPairs } from '../data/pairs';
import { allTradeSeries } from '../data/trade';
import { LAYERS, type Dataset } from '../data/types';

export type ScoresFormat = 'json' | 'csv';
export type ScoresArgs = { year: number; format: ScoresFormat } | { error: string };

/** Parse `--year YYYY [--format json|csv]` (also `--year=YYYY`). Unknown flags are errors. */
export function parseScoresArgs(argv: readonly string[], years: { from: number; to: number }): ScoresArgs {
	let year: number | undefined;
	let format: ScoresFormat = 'json';
	const seen = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] =
			arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (seen.has(flag)) return { error: `${flag} is given twice; give it once` };
		seen.add(flag);
		const value = inline ?? argv[++i];
		if (flag === '--year') {
			if (value === undefined || !/^\d{4}$/.test(value))
				return { error: `--year needs a year such as ${years.to}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}` };
			year = Number(value);
			if (year < years.from || year > years.to) return { error: `--year ${year} is outside the dataset: ${years.from}..${years.to}` };
		} else if (flag === '--format') {
			if (value !== 'json' && value !== 'csv')
				return { error: `--format must be json or csv, got ${value === undefined ? 'nothing' : JSON.stringify(value)}` };
			format = value;
		} else {
			return { error: `unknown argument ${JSON.stringify(arg)}; usage: scores --year YYYY [--format json|csv]` };
		}
	}
	if (year === undefined) return { error: `--year is required (${years.from}..${years.to})` };
	return { year, format };
}

/** One tie as the command line prints it. */
export function tieRecord(t: TieScore) {
	return {
		source: t.source,
		target: t.target,
		scores: t.scores,
		trade: { usdBn: t.trade.usdBn, status: t.trade.status, reporter: t.trade.reporter, sources: t.trade.sources },
		evidence: t.evidence
	};
}

export const SCORES_CSV_HEADER = [
	'source',
	'target',
	'military',
	'trade',
	'tension',
	'trade_usd_bn',
	'trade_status',
	'trade_reporter',
	'trade_sources',
	'evidence'
];

/** The year's ties as JSON (an array) or CSV (a header row, then a row per pair). */
export function formatScores(dataset: Dataset, year: number, format: ScoresFormat): string {
	const ties = scoreYear(dataset, year);
	if (format === 'json') return JSON.stringify(ties.map(tieRecord), null, 2) + '\n';
	return toCsv([
		SCORES_CSV_HEADER,
		...ties.map((t) => [
			t.source,
			t.target,
			t.scores.military,
			t.scores.trade,
			t.scores.tension,
			t.trade.usdBn,
			t.trade.status,
			t.trade.reporter,
			t.trade.sources.join(';'),
			t.evidence.join(';')
		])
	]);
}

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
	const withEvidence = (layer: 'military' | 'tension') => new Set(dataset.evidence.filter((e) => e.layer === layer).map((e) => e.pair));
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
