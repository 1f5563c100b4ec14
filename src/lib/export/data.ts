/**
 * "Export data": the ties in view as CSV and JSON — scores, weight, trade value and status, the
 * evidence ids and the source URLs behind them. CSV cells are neutralised for spreadsheets.
 */
import type { Dataset } from '../data/types';
import type { TieWithWeight } from '../graph/graph';
import type { ViewState } from '../model/view';
import { toCsv } from './csv';
import { tieFields, type TieRow } from './fields';

export { tieFields, type TieRow } from './fields';

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

/** The columns a comparison adds. */
export const COMPARE_COLUMNS = [
	'compare_year',
	'military_before',
	'trade_before',
	'tension_before',
	'weight_before',
	'change_military',
	'change_trade',
	'change_tension',
	'change_net'
] as const;

export function tiesCsv(rows: readonly TieRow[]): string {
	const columns = rows.some((r) => r.compare_year !== undefined) ? [...DATA_COLUMNS, ...COMPARE_COLUMNS] : [...DATA_COLUMNS];
	return toCsv([
		columns,
		...rows.map((r) =>
			columns.map((c) => (Array.isArray(r[c]) ? (r[c] as string[]).join(' ') : ((r[c] ?? null) as string | number | null)))
		)
	]);
}

export function tiesJson(dataset: Dataset, view: ViewState, rows: readonly TieRow[]): string {
	return JSON.stringify({ dataset: { name: dataset.meta.name, version: dataset.meta.version }, view, ties: rows }, null, 2) + '\n';
}
