/**
 * The logic of `npm run scores`, kept pure so it is tested in Node; `scripts/*.ts` only wire it to argv, stdout and the exit code.
 */
import { parseArgs } from 'node:util';
import { toCsv } from '../export/csv';
import { scoreYear, type TieScore } from '../data/rubric';
import { tradeSummary } from '../data/trade';
import type { Dataset } from '../data/types';
import { standings } from '../graph/measures';
import { defaultView, viewContext } from '../model/view';

export type ScoresFormat = 'json' | 'csv';
export type ScoresArgs = { year: number; format: ScoresFormat; states: boolean } | { error: string };

/** Parse `--year YYYY [--format json|csv] [--states]` (also `--year=YYYY`) with node's `parseArgs`. Unknown or repeated flags are errors. */
export function parseScoresArgs(argv: readonly string[], years: { from: number; to: number }): ScoresArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: {
				year: { type: 'string', multiple: true },
				format: { type: 'string', multiple: true },
				states: { type: 'boolean', multiple: true }
			},
			strict: true,
			allowPositionals: false,
			tokens: true
		});
	} catch (e) {
		const code = (e as { code?: string }).code;
		const bad = argv.find((a) => !/^--(year|format)(=|$)/.test(a) && a !== '--states' && !/^\d{4}$/.test(a)) ?? argv[argv.length - 1] ?? '';
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			const flag = bad.startsWith('--format') ? '--format' : '--year';
			return {
				error: flag === '--year' ? `--year needs a year such as ${years.to}, got nothing` : '--format must be json or csv, got nothing'
			};
		}
		return { error: `unknown argument ${JSON.stringify(bad)}; usage: scores --year YYYY [--format json|csv] [--states]` };
	}
	for (const name of ['year', 'format', 'states'] as const) {
		if ((parsed.values[name]?.length ?? 0) > 1) return { error: `--${name} is given twice; give it once` };
	}
	const yearText = parsed.values.year?.[0];
	const formatText = parsed.values.format?.[0] ?? 'json';
	if (yearText === undefined) return { error: `--year is required (${years.from}..${years.to})` };
	if (!/^\d{4}$/.test(yearText)) return { error: `--year needs a year such as ${years.to}, got ${JSON.stringify(yearText)}` };
	const year = Number(yearText);
	if (year < years.from || year > years.to) return { error: `--year ${year} is outside the dataset: ${years.from}..${years.to}` };
	if (formatText !== 'json' && formatText !== 'csv') return { error: `--format must be json or csv, got ${JSON.stringify(formatText)}` };
	return { year, format: formatText, states: parsed.values.states?.[0] === true };
}

/** One tie as the command line prints it. */
export function tieRecord(t: TieScore) {
	return {
		source: t.source,
		target: t.target,
		scores: t.scores,
		trade: tradeSummary(t.trade),
		missing: t.missing,
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

export const STATES_CSV_HEADER = ['state', 'name', 'cooperation', 'tension', 'centrality', 'bloc'];

/** Each state's standing in a year (all layers, weights 1) as JSON or CSV: `scores --year Y --states`. */
export function formatStates(dataset: Dataset, year: number, format: ScoresFormat): string {
	const s = standings(dataset, { ...defaultView(viewContext(dataset)), year });
	if (format === 'json') return JSON.stringify(s, null, 2) + '\n';
	return toCsv([STATES_CSV_HEADER, ...s.states.map((x) => [x.id, x.name, x.cooperation, x.tension, x.centrality, x.bloc])]);
}
