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

/**
 * How far a source can be trusted as evidence: `primary` (government, treaty text, official
 * statistics), `reporting` (an established news agency, newspaper or research institute) or
 * `secondary` (encyclopaedia, blog, mirror). Every record rests on at least one primary or
 * reporting source.
 */
export const SOURCE_GRADES = ['primary', 'reporting', 'secondary'] as const;
export type SourceGrade = (typeof SOURCE_GRADES)[number];

/** The copy a source was read in, when not the original (a mirror, a repost, an archive). */
export interface SourceCopy {
	title: string;
	publisher: string;
	url: string;
}

export interface Source {
	id: string;
	/** The original's title, publisher and URL; where it was read, if elsewhere, is `via`. */
	title: string;
	publisher: string;
	url: string;
	grade: SourceGrade;
	via?: SourceCopy;
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
	'detente',
	'strategic-rivalry'
] as const;

export type MilitaryKind = (typeof MILITARY_KINDS)[number];
export type TensionKind = (typeof TENSION_KINDS)[number];
export type EvidenceKind = MilitaryKind | TensionKind;

export interface Evidence {
	id: string;
	/** A short title (at most 80 characters), for lists and timelines. */
	title?: string;
	/**
	 * The arrangement this record is an instance of ("jpn-kor-intelligence"): records of one
	 * mechanism are coded on one magnitude scale, and may not overlap on one pair (a successor ends
	 * its predecessor). `data:check` warns where they do.
	 */
	mechanism?: string;
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
	/** The other partner's figure, kept beside the pair's preferred series (never mixed into it). */
	alt?: boolean;
	exportsBn?: number;
	importsBn?: number;
	/** A: official or primary; B: secondary report of an official figure; C: worked out from cited figures. */
	confidence?: 'A' | 'B' | 'C';
	note?: string;
	/** Set where this figure's basis differs from the reporter's figure of the year before: what changed. */
	seriesBreak?: string;
	source: string;
}

/** A state's total goods trade with the world (exports + imports) in a year, for trade shares. */
export interface TradeTotal {
	actor: string;
	year: number;
	usdBn: number;
	reporter: string;
	basis: TradeBasis;
	exportsBn?: number;
	importsBn?: number;
	note?: string;
	source: string;
}

/**
 * Years of a pair with no trade figure, and why: `negligible` (no or almost no trade, e.g. under
 * sanctions), `unpublished` (no statistics exist), `not-found` (published somewhere, not found with
 * the tools at hand; `note` says where it would be published).
 */
export const GAP_REASONS = ['negligible', 'unpublished', 'not-found'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export interface TradeGap {
	pair: string;
	from: number;
	to: number;
	reason: GapReason;
	note: string;
}

export interface DatasetMeta {
	name: string;
	version: string;
	/** Where the map is, for titles ("Northeast Asia"); the name is used where absent. */
	region?: string;
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
	/** Each state's total goods trade, by year (may be empty: shares are then absent). */
	totals: TradeTotal[];
	/** Documented trade gaps (may be empty). */
	gaps: TradeGap[];
}
