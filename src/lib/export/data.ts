/**
 * "Export data": the ties drawn in a view — in its year, or in every year of the dataset under the same
 * view (`years=all`) — as CSV and JSON, with the states' names beside their ids, each layer's score and
 * status, the net weight, the trade figure, and the evidence and sources behind each tie; and the
 * codebook that says what every column means. The page's buttons and the server's /export.csv and
 * /export.json call the same functions, so they give the same bytes. Pure.
 */
import { datasetYears } from '../data/rubric';
import type { TradeStatus } from '../data/trade';
import { SOURCE_GRADES, type Dataset } from '../data/types';
import { buildGraph, type TieWithWeight } from '../graph/graph';
import type { ViewState } from '../model/view';
import { toCsv } from './csv';
import { exportFileName } from './svg';

export { tieFields, type TieFields } from './fields';

/** The columns of every data export, in order: the year first. */
export const DATA_COLUMNS = [
	'year',
	'state_a',
	'state_a_name',
	'state_b',
	'state_b_name',
	'military_score',
	'military_status',
	'trade_score',
	'trade_status',
	'tension_score',
	'tension_status',
	'net_weight',
	'trade_usd_bn',
	'trade_reporter',
	'evidence_ids',
	'evidence_titles',
	'source_urls'
] as const;

/** The columns a comparison (`compare=`) adds after them. */
export const COMPARE_COLUMNS = [
	'compare_year',
	'compare_military_score',
	'compare_trade_score',
	'compare_tension_score',
	'compare_trade_status',
	'compare_net_weight',
	'military_change',
	'trade_change',
	'tension_change',
	'net_weight_change'
] as const;

export type DataColumn = (typeof DATA_COLUMNS)[number] | (typeof COMPARE_COLUMNS)[number];

/** How a layer's score was obtained: the evidence layers are always scored; trade is sourced, estimated or missing. */
export type LayerStatus = 'scored' | TradeStatus;

/** How the CSV joins the several values of one cell (the JSON export gives them as arrays). */
export const LIST_SEPARATOR = ' | ';

/** One tie in one year, as the data exports give it. */
export interface DataRow {
	year: number;
	state_a: string;
	state_a_name: string;
	state_b: string;
	state_b_name: string;
	military_score: number;
	military_status: LayerStatus;
	trade_score: number | null;
	trade_status: LayerStatus;
	tension_score: number;
	tension_status: LayerStatus;
	net_weight: number;
	trade_usd_bn: number | null;
	trade_reporter: string | null;
	evidence_ids: string[];
	evidence_titles: string[];
	source_urls: string[];
	compare_year?: number;
	compare_military_score?: number;
	compare_trade_score?: number | null;
	compare_tension_score?: number;
	compare_trade_status?: LayerStatus;
	compare_net_weight?: number;
	military_change?: number | null;
	trade_change?: number | null;
	tension_change?: number | null;
	net_weight_change?: number | null;
}

/** What one column holds: its name, type, meaning, allowed values or unit, and when it is there. */
export interface CodebookEntry {
	column: DataColumn;
	type: 'integer' | 'number' | 'text' | 'list';
	meaning: string;
	values: string;
	present: 'always' | 'with compare';
}

const SCORE_VALUES = '0 to 1, three decimals';
const LIST_VALUES = `separated by "${LIST_SEPARATOR}" (space, vertical bar, space); empty when none; arrays in the JSON export`;
const TRADE_STATUSES =
	'sourced (a published figure), estimated (on a straight line between the preferred reporter’s figures on either side of a gap of at most 2 years; docs/data.md, Trade), missing (no figure: score and value are empty)';

function evidenceLayer(layer: 'military' | 'tension', what: string): CodebookEntry[] {
	return [
		{
			column: `${layer}_score`,
			type: 'number',
			meaning: `${what} in the year: the year's average of the dated, coded evidence in evidence_ids (docs/data.md, The rubric). Given whether or not the view shows the layer.`,
			values: `${SCORE_VALUES}; 0 when no evidence counts that year`,
			present: 'always'
		},
		{
			column: `${layer}_status`,
			type: 'text',
			meaning: `How ${layer}_score was obtained. A layer coded from evidence has a score every year (0 without evidence), so it is always scored.`,
			values: 'scored',
			present: 'always'
		}
	];
}

/** Every column of the data exports, what it means and what it may hold: the codebook. */
export const DATA_CODEBOOK: readonly CodebookEntry[] = Object.freeze([
	{
		column: 'year',
		type: 'integer',
		meaning:
			'The year the tie is scored for: the view’s year, or with years=all each year of the dataset in turn. One row per tie drawn in the view (under its layers, weights, mode, min threshold and states; in a comparison, each tie with a change drawn); rows ordered by year, then state_a, then state_b.',
		values: 'a year of the dataset (its meta.years)',
		present: 'always'
	},
	{
		column: 'state_a',
		type: 'text',
		meaning: 'The first state of the pair: its id. A pair’s two ids are in alphabetical order.',
		values: 'an actor id of the dataset (ISO 3166-1 alpha-3, e.g. CHN)',
		present: 'always'
	},
	{ column: 'state_a_name', type: 'text', meaning: 'The first state’s name, as the dataset gives it.', values: 'text', present: 'always' },
	{
		column: 'state_b',
		type: 'text',
		meaning: 'The second state of the pair: its id (after state_a alphabetically).',
		values: 'an actor id of the dataset (ISO 3166-1 alpha-3, e.g. KOR)',
		present: 'always'
	},
	{ column: 'state_b_name', type: 'text', meaning: 'The second state’s name, as the dataset gives it.', values: 'text', present: 'always' },
	...evidenceLayer('military', 'Military cooperation'),
	{
		column: 'trade_score',
		type: 'number',
		meaning:
			'Goods-trade intensity in the year: the square root of trade_usd_bn / 700, capped at 1. Empty when the year has no trade figure (trade_status missing): a missing score is never 0. Given whether or not the view shows the layer.',
		values: `${SCORE_VALUES}; empty when missing`,
		present: 'always'
	},
	{
		column: 'trade_status',
		type: 'text',
		meaning: 'Where trade_usd_bn and trade_score come from.',
		values: TRADE_STATUSES,
		present: 'always'
	},
	...evidenceLayer('tension', 'Tension'),
	{
		column: 'net_weight',
		type: 'number',
		meaning:
			'Net cooperation under the view’s layers and weights: (w_military × military_score + w_trade × trade_score − w_tension × tension_score) divided by the sum of those weights, over the layers the view shows that have a weight above 0 and a score that year (a missing trade score drops out of both sums); 0 when no layer is left. The weights are the view’s (weights= in the address; view.weights in the JSON export; 1 each by default).',
		values: '−1 to 1, three decimals',
		present: 'always'
	},
	{
		column: 'trade_usd_bn',
		type: 'number',
		meaning:
			'Bilateral goods trade (exports plus imports) in the year, as trade_reporter’s statistics give it; estimated where trade_status says so.',
		values: 'US$ billions, nominal (as reported); empty when missing',
		present: 'always'
	},
	{
		column: 'trade_reporter',
		type: 'text',
		meaning:
			'Whose statistics trade_usd_bn comes from: a state’s id or an agency (e.g. IMF-DOTS); for an estimate, the reporter of the figures at both ends.',
		values: 'text; empty when missing',
		present: 'always'
	},
	{
		column: 'evidence_ids',
		type: 'list',
		meaning:
			'The evidence records that count towards military_score and tension_score in the year (military first, then tension). Unconfirmed claims count for nothing and are not listed.',
		values: `record ids, ${LIST_VALUES}`,
		present: 'always'
	},
	{
		column: 'evidence_titles',
		type: 'list',
		meaning:
			'The title of each record in evidence_ids, in the same order (the first 80 characters of its description where it has no title).',
		values: `text, ${LIST_VALUES}`,
		present: 'always'
	},
	{
		column: 'source_urls',
		type: 'list',
		meaning:
			'The addresses of the sources behind the row: those of the records in evidence_ids, then those of the trade figure (both ends for an estimate); each once.',
		values: `URLs, ${LIST_VALUES}`,
		present: 'always'
	},
	{
		column: 'compare_year',
		type: 'integer',
		meaning: 'The view’s compare year (compare= in the address): the year the change is measured from.',
		values: 'a year of the dataset',
		present: 'with compare'
	},
	...(['military', 'trade', 'tension'] as const).map((layer): CodebookEntry => ({
		column: `compare_${layer}_score`,
		type: 'number',
		meaning: `${layer}_score in compare_year.`,
		values: layer === 'trade' ? `${SCORE_VALUES}; empty when missing` : SCORE_VALUES,
		present: 'with compare'
	})),
	{
		column: 'compare_trade_status',
		type: 'text',
		meaning: 'trade_status in compare_year.',
		values: TRADE_STATUSES,
		present: 'with compare'
	},
	{
		column: 'compare_net_weight',
		type: 'number',
		meaning: 'net_weight in compare_year, under the same layers and weights.',
		values: '−1 to 1, three decimals',
		present: 'with compare'
	},
	...(['military', 'trade', 'tension'] as const).map((layer): CodebookEntry => ({
		column: `${layer}_change`,
		type: 'number',
		meaning: `${layer}_score minus compare_${layer}_score.${layer === 'trade' ? ' Empty where either is empty (a missing trade figure): never a change from or to 0.' : ''}`,
		values: '−1 to 1, three decimals',
		present: 'with compare'
	})),
	{
		column: 'net_weight_change',
		type: 'number',
		meaning:
			'net_weight minus compare_net_weight. Empty where the layers with a score differ between the two years, since the difference would then partly be a layer coming or going from the data.',
		values: '−2 to 2, three decimals',
		present: 'with compare'
	}
] satisfies CodebookEntry[]);

/** The columns of a view's export: the compare columns only when it compares. */
export function dataColumns(view: Pick<ViewState, 'compare'>): DataColumn[] {
	return view.compare === null ? [...DATA_COLUMNS] : [...DATA_COLUMNS, ...COMPARE_COLUMNS];
}

/** The years an export covers: the view's, or every year of the dataset. */
export function exportYears(dataset: Dataset, view: Pick<ViewState, 'year'>, allYears: boolean): number[] {
	return allYears ? datasetYears(dataset) : [view.year];
}

/** A record's title, or where it has none the start of its description. */
function titleOf(e: { title?: string; description: string }): string {
	if (e.title) return e.title;
	const text = e.description.replace(/\s+/g, ' ').trim();
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The rows of ties already scored (a graph's `ties`): those shown, with names, evidence and sources. */
export function rowsOfTies(dataset: Dataset, ties: readonly TieWithWeight[]): DataRow[] {
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	const evidence = new Map(dataset.evidence.map((e) => [e.id, e]));
	const url = new Map(dataset.sources.map((s) => [s.id, s.url]));
	return ties
		.filter((t) => t.shown)
		.map((t) => {
			const sources = [...new Set([...t.evidence.flatMap((id) => evidence.get(id)?.sources ?? []), ...t.trade.sources])];
			const row: DataRow = {
				year: t.year,
				state_a: t.source,
				state_a_name: names.get(t.source) ?? t.source,
				state_b: t.target,
				state_b_name: names.get(t.target) ?? t.target,
				military_score: t.scores.military,
				military_status: 'scored',
				trade_score: t.scores.trade,
				trade_status: t.trade.status,
				tension_score: t.scores.tension,
				tension_status: 'scored',
				net_weight: t.weight,
				trade_usd_bn: t.trade.usdBn,
				trade_reporter: t.trade.reporter,
				evidence_ids: [...t.evidence],
				evidence_titles: t.evidence.map((id) => {
					const e = evidence.get(id);
					return e ? titleOf(e) : '';
				}),
				source_urls: sources.map((id) => url.get(id)).filter((u): u is string => !!u)
			};
			if (t.before && t.change) {
				Object.assign(row, {
					compare_year: t.before.year,
					compare_military_score: t.before.scores.military,
					compare_trade_score: t.before.scores.trade,
					compare_tension_score: t.before.scores.tension,
					compare_trade_status: t.before.tradeStatus,
					compare_net_weight: t.before.weight,
					military_change: t.change.military,
					trade_change: t.change.trade,
					tension_change: t.change.tension,
					net_weight_change: t.change.net
				} satisfies Partial<DataRow>);
			}
			return row;
		});
}

/**
 * The rows of a view's export: for each year (the view's, or `exportYears`), the ties the view draws in
 * that year with everything but the year as the view says. Only the graph is built (no layout): it
 * alone decides which ties are drawn and their weights.
 */
export function tieRows(dataset: Dataset, view: ViewState, years: readonly number[] = [view.year]): DataRow[] {
	return years.flatMap((year) => rowsOfTies(dataset, buildGraph(dataset, { ...view, year }).ties));
}

/** A cell as CSV text: a list joined with LIST_SEPARATOR, a missing value empty. */
function cell(value: DataRow[DataColumn]): string | number | null {
	if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
	return value ?? null;
}

/**
 * The CSV export: a UTF-8 byte-order mark (so Excel reads the file as UTF-8; `parseCsv` skips it), the
 * header, then one row per tie; formula-like cells neutralised (`toCsv`).
 */
export function tiesCsv(rows: readonly DataRow[], view: Pick<ViewState, 'compare'>): string {
	const columns = dataColumns(view);
	return csvFile([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** CSV text as a file: a byte-order mark first. */
function csvFile(rows: Parameters<typeof toCsv>[0]): string {
	return `\uFEFF${toCsv(rows)}`;
}

/** The codebook as CSV: one row per column of the data exports. */
export function codebookCsv(): string {
	const fields = ['column', 'type', 'meaning', 'values', 'present'] as const;
	return csvFile([fields, ...DATA_CODEBOOK.map((e) => fields.map((f) => e[f]))]);
}

/** The dataset's sources in one line: how many, by grade. */
export function datasetSourcesLine(dataset: Pick<Dataset, 'sources'>): string {
	const grades = SOURCE_GRADES.map((g) => [g, dataset.sources.filter((s) => s.grade === g).length] as const).filter(([, n]) => n > 0);
	const count = dataset.sources.length;
	return `${count} source${count === 1 ? '' : 's'}${grades.length ? ` (${grades.map(([g, n]) => `${n} ${g}`).join(', ')})` : ''}; each tie’s source_urls lists those behind it`;
}

/** The JSON export: the dataset, the view, the years, the codebook of its columns, and the ties (lists as arrays). */
export function tiesJson(dataset: Dataset, view: ViewState, years: readonly number[], rows: readonly DataRow[]): string {
	const columns = dataColumns(view);
	const body = {
		dataset: { name: dataset.meta.name, version: dataset.meta.version, sources: datasetSourcesLine(dataset) },
		view,
		years,
		codebook: columns.map((c) => DATA_CODEBOOK.find((e) => e.column === c)!),
		ties: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}

/** What the CSV and JSON exports are served and saved as. */
export const DATA_TYPES = { csv: 'text/csv; charset=utf-8; header=present', json: 'application/json' } as const;

/** The name an export is saved under: the view's (`exportFileName`), with "all-years" for the year where it covers every year. */
export function dataFileName(view: ViewState, ext: string, allYears: boolean): string {
	// The data are the same at every export size: the size is not in their name.
	if (!allYears) return exportFileName({ ...view, size: 'page' }, ext);
	const name = exportFileName({ ...view, compare: null, size: 'page' }, ext);
	const years = `all-years${view.compare !== null ? `-from-${view.compare}` : ''}`;
	return name.replace(`alliance-atlas-${view.year}`, `alliance-atlas-${years}`);
}

export const CODEBOOK_FILE_NAME = 'alliance-atlas-codebook.csv';

/** One data export, ready to save or serve: its file name, content type, text and number of ties. */
export function dataExport(
	dataset: Dataset,
	view: ViewState,
	format: 'csv' | 'json',
	allYears: boolean
): { name: string; type: string; text: string; ties: number } {
	const years = exportYears(dataset, view, allYears);
	const rows = tieRows(dataset, view, years);
	return {
		name: dataFileName(view, format, allYears),
		type: DATA_TYPES[format],
		text: format === 'csv' ? tiesCsv(rows, view) : tiesJson(dataset, view, years, rows),
		ties: rows.length
	};
}
