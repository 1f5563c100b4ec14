/**
 * The data model of Alliance Atlas: actors, sources, dated evidence and trade figures.
 * Plain types; validation lives in `validate.ts`, scoring in `rubric.ts`.
 */

export const LAYERS = ['military', 'trade', 'tension'] as const;
export type Layer = (typeof LAYERS)[number];

/** Layers whose scores come from coded evidence (trade comes from figures). */
export const EVIDENCE_LAYERS = ['military', 'tension'] as const;
export type EvidenceLayer = (typeof EVIDENCE_LAYERS)[number];

/** A state. `id` is ISO 3166-1 alpha-3; `isoNumeric` the zero-padded string world-atlas uses as feature id. */
export interface Actor {
	id: string;
	name: string;
	isoNumeric: string;
	capital: { name: string; lon: number; lat: number };
}

export interface Source {
	id: string;
	title: string;
	publisher: string;
	url: string;
	/** Date published (or, where the page shows none, accessed): YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** What `date` is; absent means published. */
	dateKind?: 'published' | 'accessed';
}

/** Kinds of military evidence; `period` kinds hold while in force, `event` kinds decay after their date. */
export const MILITARY_KINDS = [
	'defence-treaty',
	'consultation-pact',
	'non-aggression',
	'strategic-partnership',
	'intelligence-sharing',
	'basing',
	'arms-transfers',
	'joint-exercise',
	'defence-dialogue',
	'military-rupture'
] as const;

export const TENSION_KINDS = [
	'territorial-dispute',
	'historical-dispute',
	'armed-standoff',
	'sanction',
	'incident',
	'weapons-test',
	'coercion',
	'diplomatic-crisis',
	'detente'
] as const;

export type MilitaryKind = (typeof MILITARY_KINDS)[number];
export type TensionKind = (typeof TENSION_KINDS)[number];
export type EvidenceKind = MilitaryKind | TensionKind;

export interface Evidence {
	id: string;
	/** "A-B" with A < B (alpha-3 ids). */
	pair: string;
	layer: EvidenceLayer;
	kind: EvidenceKind;
	/** Start (or the date of an event): YYYY, YYYY-MM or YYYY-MM-DD. */
	from: string;
	/** End, inclusive; absent means still in force (period kinds) or a one-off event. */
	to?: string;
	/** 1 minor, 2 major, 3 severe. */
	magnitude: 1 | 2 | 3;
	/** False when the sources report a claim they do not confirm. */
	confirmed: boolean;
	description: string;
	sources: string[];
}

export type TradeBasis = 'reported' | 'sum' | 'derived';

/** Bilateral goods trade (exports + imports) for one pair and calendar year, as one reporter published it. */
export interface TradeFigure {
	pair: string;
	year: number;
	usdBn: number;
	/** Whose statistics: an actor id, or an agency such as "IMF-DOTS". */
	reporter: string;
	basis: TradeBasis;
	exportsBn?: number;
	importsBn?: number;
	/** A: official or primary; B: secondary report of an official figure; C: worked out from cited figures. */
	confidence?: 'A' | 'B' | 'C';
	note?: string;
	source: string;
}

export interface DatasetMeta {
	name: string;
	version: string;
	/** First and last year scored, inclusive. */
	years: { from: number; to: number };
	description?: string;
}

export interface Dataset {
	meta: DatasetMeta;
	actors: Actor[];
	sources: Source[];
	evidence: Evidence[];
	trade: TradeFigure[];
}
