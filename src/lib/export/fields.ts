/** A tie as the table shows it: its scores, weight and trade (no CSV code, so the page's table stays light). */
import type { TieWithWeight } from '../graph/graph';

export interface TieFields {
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
	/** In a comparison: the compare year, its scores and weight, and the change (year minus compare year; null where a side is missing). */
	compare_year?: number;
	military_before?: number;
	trade_before?: number | null;
	tension_before?: number;
	weight_before?: number;
	change_military?: number | null;
	change_trade?: number | null;
	change_tension?: number | null;
	change_net?: number | null;
}

/** A tie's scores, weight and trade as the table shows them (the data exports' rows are `export/data.ts`). */
export function tieFields(t: TieWithWeight): TieFields {
	const compared =
		t.before && t.change
			? {
					compare_year: t.before.year,
					military_before: t.before.scores.military,
					trade_before: t.before.scores.trade,
					tension_before: t.before.scores.tension,
					weight_before: t.before.weight,
					change_military: t.change.military,
					change_trade: t.change.trade,
					change_tension: t.change.tension,
					change_net: t.change.net
				}
			: {};
	return {
		...compared,
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
