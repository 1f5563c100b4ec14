/** A tie as the table and the data exports show it: its scores, weight and trade (no CSV code, so the page's table stays light). */
import type { TieWithWeight } from '../graph/graph';

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
