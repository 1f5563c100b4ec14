/**
 * "Export data": the ties in view as CSV and JSON — scores, weight, trade value and status, the
 * evidence ids and the source URLs behind them. CSV cells are neutralised for spreadsheets.
 */
import type { Dataset } from '../data/types';
import type { TieWithWeight } from '../graph/graph';
import type { ViewState } from '../model/view';
import { toCsv } from './csv';

export const DATA_COLUMNS = [
	'source',
	'target',
	'year',
	'military',
	'trade',
	'tension',
	'weight',
	'trade_usd_bn',
	'trade_status',
	'trade_reporter',
	'evidence',
	'source_urls'
] as const;

export interface TieRow {
	source: string;
	target: string;
	year: number;
	military: number;
	trade: number | null;
	tension: number;
	weight: number;
	trade_usd_bn: number | null;
	trade_status: string;
	trade_reporter: string | null;
	evidence: string[];
	source_urls: string[];
}

/** A tie's scores, weight and trade as the table and the data exports show them. */
export function tieFields(t: TieWithWeight): Omit<TieRow, 'evidence' | 'source_urls'> {
	return {
		source: t.source,
		target: t.target,
		year: t.year,
		military: t.scores.military,
		trade: t.scores.trade,
		tension: t.scores.tension,
		weight: t.weight,
		trade_usd_bn: t.trade.usdBn,
		trade_status: t.trade.status,
		trade_reporter: t.trade.reporter
	};
}

/** One row per tie shown in the view. */
export function tieRows(dataset: Dataset, ties: readonly TieWithWeight[]): TieRow[] {
	const evidence = new Map(dataset.evidence.map((e) => [e.id, e]));
	const url = new Map(dataset.sources.map((s) => [s.id, s.url]));
	return ties
		.filter((t) => t.shown)
		.map((t) => {
			const ids = [...new Set([...t.evidence.flatMap((id) => evidence.get(id)?.sources ?? []), ...t.trade.sources])];
			return { ...tieFields(t), evidence: t.evidence, source_urls: ids.map((id) => url.get(id)).filter((u): u is string => !!u) };
		});
}

export function tiesCsv(rows: readonly TieRow[]): string {
	return toCsv([
		[...DATA_COLUMNS],
		...rows.map((r) => DATA_COLUMNS.map((c) => (Array.isArray(r[c]) ? (r[c] as string[]).join(' ') : (r[c] as string | number | null))))
	]);
}

export function tiesJson(dataset: Dataset, view: ViewState, rows: readonly TieRow[]): string {
	return JSON.stringify({ dataset: { name: dataset.meta.name, version: dataset.meta.version }, view, ties: rows }, null, 2) + '\n';
}
