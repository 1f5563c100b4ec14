/**
 * Validation of a dataset with messages that say where and what: the file, the record (index and
 * id), the field, and what is allowed. Shapes are checked with valibot, meaning (references,
 * ranges, dates in order) by hand. Nothing here throws on bad input.
 */
import * as v from 'valibot';
import { parsePartialDate } from './dates';
import { splitPair } from './pairs';
import {
	EVIDENCE_LAYERS,
	GAP_REASONS,
	SOURCE_GRADES,
	MILITARY_KINDS,
	TENSION_KINDS,
	type Actor,
	type Dataset,
	type DatasetMeta,
	type Evidence,
	type Source,
	type TradeFigure,
	type TradeGap,
	type TradeTotal
} from './types';

/** The raw content of each part of a dataset, as parsed from JSON. */
export interface DatasetInput {
	meta: unknown;
	actors: unknown;
	sources: unknown;
	evidence: unknown;
	trade: unknown;
	/** Optional parts: a dataset without them has no trade shares and no documented gaps. */
	totals?: unknown;
	gaps?: unknown;
}

/** File names used in messages, one per part (a single-file dataset uses one name for all). */
export type FileNames = Record<keyof DatasetInput, string>;

/** The parts a dataset must have, and those it may have. */
export const REQUIRED_PARTS = ['meta', 'actors', 'sources', 'evidence', 'trade'] as const;
export const OPTIONAL_PARTS = ['totals', 'gaps'] as const;

export const DEFAULT_FILE_NAMES: FileNames = {
	meta: 'meta.json',
	actors: 'actors.json',
	sources: 'sources.json',
	evidence: 'evidence.json',
	trade: 'trade.json',
	totals: 'totals.json',
	gaps: 'gaps.json'
};

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

/**
 * A value as a message may echo it: short text and numbers as they are (text cut at `max` characters),
 * anything else by its kind — never String() of an arbitrary value, which can throw or recurse.
 */
export function show(x: unknown, max = 60): string {
	if (typeof x === 'string') return x.length > max ? `${x.slice(0, max)}…` : x;
	if (typeof x === 'number' || typeof x === 'boolean') return String(x);
	if (x === null) return 'null';
	if (x === undefined) return 'nothing';
	return Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : typeof x;
}

/** A request parameter's value as an error message echoes it: quoted, at most 100 characters. */
export function echo(raw: string): string {
	return JSON.stringify(show(raw, 100));
}

/** A request parameter that must be a whole year within `years`: the year, or the message saying what is allowed. */
export function yearParam(param: string, raw: string, years: { from: number; to: number }): { year: number } | { error: string } {
	const y = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
	return y >= years.from && y <= years.to
		? { year: y }
		: { error: `${param}=${echo(raw)} is not allowed: ${param} must be a whole year from ${years.from} to ${years.to}` };
}

/** Bounds checked before any work proportional to them: years, the span scored, list sizes, text lengths. */
export const LIMITS = {
	yearMin: 1800,
	yearMax: 2200,
	span: 300,
	pairYears: 100_000,
	text: 10_000,
	lists: { actors: 60, sources: 200_000, evidence: 200_000, trade: 500_000, totals: 100_000, gaps: 100_000 }
} as const;
const text = (field: string) => v.pipe(v.string(`${field} must be text`), v.trim(), v.nonEmpty(`${field} is empty`));
const partialDate = (field: string) =>
	v.pipe(
		v.string(`${field} must be a date (${DATE_HINT})`),
		v.check(
			(s) => parsePartialDate(s) !== null,
			(i) => `${field} (${i.input.slice(0, 100)}) is not a date (${DATE_HINT})`
		),
		v.check(
			(s) => {
				const y = Number(s.slice(0, 4));
				return y >= LIMITS.yearMin && y <= LIMITS.yearMax;
			},
			(i) => `${field} (${show(i.input)}) is out of range: dates run from ${LIMITS.yearMin} to ${LIMITS.yearMax}`
		)
	);

const MetaSchema = v.object({
	name: text('name'),
	version: text('version'),
	region: v.optional(text('region')),
	years: v.object({
		from: v.pipe(
			v.number('years.from must be a number'),
			v.integer('years.from must be a whole year'),
			v.minValue(LIMITS.yearMin, (i) => `years.from (${show(i.input)}) must be from ${LIMITS.yearMin} to ${LIMITS.yearMax}`),
			v.maxValue(LIMITS.yearMax, (i) => `years.from (${show(i.input)}) must be from ${LIMITS.yearMin} to ${LIMITS.yearMax}`)
		),
		to: v.pipe(
			v.number('years.to must be a number'),
			v.integer('years.to must be a whole year'),
			v.minValue(LIMITS.yearMin, (i) => `years.to (${show(i.input)}) must be from ${LIMITS.yearMin} to ${LIMITS.yearMax}`),
			v.maxValue(LIMITS.yearMax, (i) => `years.to (${show(i.input)}) must be from ${LIMITS.yearMin} to ${LIMITS.yearMax}`)
		)
	}),
	description: v.optional(v.string('description must be text'))
});

const ActorSchema = v.object({
	id: v.pipe(
		v.string('id must be text'),
		v.regex(/^[A-Z]{3}$/, (i) => `id (${show(i.input)}) must be an ISO 3166-1 alpha-3 code such as KOR`)
	),
	name: text('name'),
	isoNumeric: v.pipe(
		v.string('isoNumeric must be text such as "036" (world-atlas ids are zero-padded strings)'),
		v.regex(/^\d{3}$/, (i) => `isoNumeric (${show(i.input)}) must be three digits, zero-padded, such as "036"`)
	),
	capital: v.object({
		name: text('capital.name'),
		lon: v.pipe(
			v.number('capital.lon must be a number'),
			v.minValue(-180, (i) => `capital.lon (${show(i.input)}) must be within -180..180`),
			v.maxValue(180, (i) => `capital.lon (${show(i.input)}) must be within -180..180`)
		),
		lat: v.pipe(
			v.number('capital.lat must be a number'),
			v.minValue(-90, (i) => `capital.lat (${show(i.input)}) must be within -90..90`),
			v.maxValue(90, (i) => `capital.lat (${show(i.input)}) must be within -90..90`)
		)
	})
});

const SourceSchema = v.object({
	id: text('id'),
	title: text('title'),
	publisher: text('publisher'),
	url: v.pipe(
		v.string('url is missing'),
		v.trim(),
		v.nonEmpty('url is missing'),
		v.check(isWebUrl, (i) => `url (${show(i.input)}) must be an http(s) address`)
	),
	date: partialDate('date'),
	dateKind: v.optional(v.picklist(['published', 'accessed'] as const, (i) => `dateKind (${show(i.input)}) must be published or accessed`)),
	grade: v.picklist(SOURCE_GRADES, (i) =>
		i.input === undefined
			? `grade is missing: say how far the source can be trusted (${SOURCE_GRADES.join(', ')})`
			: `grade (${show(i.input)}) must be one of ${SOURCE_GRADES.join(', ')}`
	),
	via: v.optional(
		v.object({
			title: text('via.title'),
			publisher: text('via.publisher'),
			url: v.pipe(
				v.string('via.url is missing'),
				v.trim(),
				v.check(isWebUrl, (i) => `via.url (${show(i.input)}) must be an http(s) address`)
			)
		})
	)
});

const KINDS = [...MILITARY_KINDS, ...TENSION_KINDS] as const;
const EvidenceSchema = v.object({
	id: text('id'),
	title: v.optional(
		v.pipe(
			text('title'),
			v.maxLength(80, (i) => `title is ${i.input.length} characters long; at most 80`)
		)
	),
	mechanism: v.optional(
		v.pipe(
			text('mechanism'),
			v.regex(/^[a-z0-9-]+$/, (i) => `mechanism (${show(i.input)}) must be lower-case words joined by "-"`)
		)
	),
	pair: v.string('pair must be text such as "JPN-KOR"'),
	layer: v.picklist(EVIDENCE_LAYERS, (i) => `layer (${show(i.input)}) must be one of ${EVIDENCE_LAYERS.join(', ')}`),
	kind: v.picklist(KINDS, (i) => `kind (${show(i.input)}) is unknown; allowed: ${KINDS.join(', ')}`),
	from: partialDate('from'),
	to: v.optional(partialDate('to')),
	magnitude: v.picklist([1, 2, 3] as const, (i) => `magnitude (${show(i.input)}) must be 1, 2 or 3`),
	confirmed: v.optional(v.boolean('confirmed must be true or false'), true),
	description: text('description'),
	sources: v.pipe(
		v.array(v.string('sources must list source ids'), 'sources must be a list of source ids'),
		v.minLength(1, 'sources is empty: every piece of evidence needs at least one source')
	)
});

const amount = (field: string) =>
	v.pipe(
		v.number(`${field} must be a number (USD billions)`),
		v.finite(`${field} must be a finite number`),
		v.minValue(0, (i) => `${field} (${show(i.input)}) is out of range: must be 0..100000 (USD billions)`),
		v.maxValue(100_000, (i) => `${field} (${show(i.input)}) is out of range: must be 0..100000 (USD billions)`)
	);
const TradeSchema = v.object({
	pair: v.string('pair must be text such as "CHN-KOR"'),
	year: v.pipe(
		v.number('year must be a number'),
		v.integer((i) => `year (${show(i.input)}) must be a whole year`)
	),
	usdBn: amount('usdBn'),
	reporter: text('reporter'),
	basis: v.picklist(['reported', 'sum', 'derived'] as const, (i) => `basis (${show(i.input)}) must be one of reported, sum, derived`),
	alt: v.optional(v.boolean('alt must be true or false')),
	exportsBn: v.optional(amount('exportsBn')),
	importsBn: v.optional(amount('importsBn')),
	confidence: v.optional(v.picklist(['A', 'B', 'C'] as const, (i) => `confidence (${show(i.input)}) must be A, B or C`)),
	note: v.optional(v.string('note must be text')),
	seriesBreak: v.optional(text('seriesBreak')),
	source: text('source')
});

const year = (field: string) =>
	v.pipe(
		v.number(`${field} must be a number`),
		v.integer((i) => `${field} (${show(i.input)}) must be a whole year`)
	);

const TotalSchema = v.object({
	actor: text('actor'),
	year: year('year'),
	usdBn: amount('usdBn'),
	reporter: text('reporter'),
	basis: v.picklist(['reported', 'sum', 'derived'] as const, (i) => `basis (${show(i.input)}) must be one of reported, sum, derived`),
	exportsBn: v.optional(amount('exportsBn')),
	importsBn: v.optional(amount('importsBn')),
	note: v.optional(v.string('note must be text')),
	source: text('source')
});

const GapSchema = v.object({
	pair: v.string('pair must be text such as "MNG-PRK"'),
	from: year('from'),
	to: year('to'),
	reason: v.picklist(GAP_REASONS, (i) => `reason (${show(i.input)}) must be one of ${GAP_REASONS.join(', ')}`),
	note: text('note')
});

function isWebUrl(s: string): boolean {
	try {
		const u = new URL(s);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** "evidence[41] 'gsomia-2016'" — the record's place and, when it has one, its id (trade: pair and year). */
function where(collection: string, index: number, record: unknown): string {
	const raw = (record ?? {}) as Record<string, unknown>;
	// Only short text and numbers go into a label: a nested value in a field must not be printed (or recursed into).
	const r = Object.fromEntries(
		['id', 'pair', 'actor', 'year', 'from', 'to'].map((k) => {
			const x = raw[k];
			return [k, (typeof x === 'string' && x.length <= 100) || typeof x === 'number' ? x : undefined];
		})
	) as { id?: string | number; pair?: unknown; actor?: unknown; year?: unknown; from?: unknown; to?: unknown };
	const who = r.pair ?? r.actor;
	const label =
		typeof r.id === 'string'
			? r.id
			: who !== undefined && r.year !== undefined
				? `${String(who)} ${String(r.year)}`
				: who !== undefined && r.from !== undefined
					? `${String(who)} ${String(r.from)}-${String(r.to)}`
					: '';
	return `${collection}[${index}]${label ? ` '${label}'` : ''}`;
}

/** What to write where a required field is missing, for fields whose name alone does not say. */
const MISSING_HINTS: Record<string, string> = {
	grade: `say how far the source can be trusted (${SOURCE_GRADES.join(', ')})`
};

function issueMessages(issues: readonly v.BaseIssue<unknown>[]): string[] {
	return issues.map((issue) => {
		const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		// Our messages name their field; valibot's defaults (missing keys) do not.
		if (issue.kind === 'schema' && issue.input === undefined && path)
			return `${path} is missing${MISSING_HINTS[path] ? `: ${MISSING_HINTS[path]}` : ''}`;
		// valibot's own wording for a wrong type does not name the field.
		if (issue.kind === 'schema' && issue.message.startsWith('Invalid type'))
			return `${path || 'this'} must be ${issue.expected === 'Object' ? 'an object' : issue.expected === 'Array' ? 'a list' : (issue.expected ?? 'something else')}, not ${show(issue.input)}`;
		return issue.message;
	});
}

/** The object schema inside optional/pipe wrappers, if any. */
function objectEntries(schema: v.GenericSchema): Record<string, v.GenericSchema> | null {
	let s = schema as unknown as {
		type: string;
		entries?: Record<string, v.GenericSchema>;
		wrapped?: v.GenericSchema;
		pipe?: v.GenericSchema[];
	};
	for (let i = 0; i < 4; i++) {
		if (s.type === 'object' && s.entries) return s.entries;
		if (s.wrapped) s = s.wrapped as never;
		else if (s.pipe?.[0] && s.pipe[0] !== (s as unknown)) s = s.pipe[0] as never;
		else return null;
	}
	return null;
}

/** Edit distance, for suggesting the key a typo meant (small inputs only). */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}

/** "did you mean …" for an unknown key: the known key nearest by case-insensitive edit distance, if near. */
export function nearestKey(key: string, known: readonly string[]): string | null {
	if (key.length > 60) return null;
	let best: string | null = null;
	let bestD = Infinity;
	for (const k of known) {
		const d = distance(key.toLowerCase(), k.toLowerCase());
		if (d < bestD) [best, bestD] = [k, d];
	}
	return best !== null && bestD <= (best.length >= 4 ? Math.max(2, Math.floor(best.length / 3)) : 1) ? best : null;
}

/**
 * Keys a schema does not know (a typo such as "To" or "confirmd" would otherwise be dropped and change
 * scores without a word) and text longer than the limit, in the record and its nested objects.
 */
function strictProblems(schema: v.GenericSchema, value: unknown, prefix = ''): string[] {
	const entries = objectEntries(schema);
	if (!entries || !value || typeof value !== 'object' || Array.isArray(value)) return [];
	const problems: string[] = [];
	const known = Object.keys(entries);
	for (const key of Object.keys(value)) {
		const x = (value as Record<string, unknown>)[key];
		const name = `${prefix}${key.slice(0, 60)}`;
		if (!Object.hasOwn(entries, key)) {
			const near = nearestKey(key, known);
			problems.push(
				`unknown field "${name}"${near ? `; did you mean "${prefix}${near}"?` : `; allowed: ${known.map((k) => prefix + k).join(', ')}`}`
			);
		} else if (typeof x === 'string' && x.length > LIMITS.text) {
			problems.push(`${name} is ${x.length} characters long; at most ${LIMITS.text}`);
		} else if (x && typeof x === 'object' && !Array.isArray(x)) problems.push(...strictProblems(entries[key]!, x, `${name}.`));
	}
	return problems;
}

/** Check a list of records against a schema; messages are prefixed with file and record. */
function checkList<S extends v.GenericSchema>(
	file: string,
	collection: string,
	raw: unknown,
	schema: S,
	errors: string[]
): { index: number; value: v.InferOutput<S> }[] {
	if (!Array.isArray(raw)) {
		errors.push(`${file}: ${collection} must be a list (JSON array)`);
		return [];
	}
	const cap = LIMITS.lists[collection as keyof typeof LIMITS.lists];
	if (cap !== undefined && raw.length > cap) {
		errors.push(`${file}: ${collection} has ${raw.length} records; at most ${cap}`);
		return [];
	}
	const out: { index: number; value: v.InferOutput<S> }[] = [];
	raw.forEach((record, index) => {
		if (!record || typeof record !== 'object' || Array.isArray(record)) {
			errors.push(`${file}: ${collection}[${index}]: must be an object`);
			return;
		}
		const strict = strictProblems(schema, record);
		if (strict.length) {
			for (const m of strict) errors.push(`${file}: ${where(collection, index, record)}: ${m}`);
			return;
		}
		const result = v.safeParse(schema, record);
		if (result.success) out.push({ index, value: result.output });
		else for (const m of issueMessages(result.issues)) errors.push(`${file}: ${where(collection, index, record)}: ${m}`);
	});
	return out;
}

/** Report ids used twice within one collection. */
function checkUniqueIds(file: string, collection: string, rows: { index: number; value: { id: string } }[], errors: string[]) {
	const seen = new Map<string, number>();
	for (const { index, value } of rows) {
		const first = seen.get(value.id);
		if (first !== undefined)
			errors.push(`${file}: ${collection}[${index}] '${value.id}': duplicate id (first used at ${collection}[${first}])`);
		else seen.set(value.id, index);
	}
}

const knownCache = new WeakMap<Set<string>, string>();
/** The known actor ids for a message: sorted once per dataset, and at most 20 of them. */
function known(ids: Set<string>): string {
	let text = knownCache.get(ids);
	if (text === undefined) {
		const sorted = [...ids].sort();
		text = sorted.length > 20 ? `${sorted.slice(0, 20).join(', ')} and ${sorted.length - 20} more` : sorted.join(', ');
		knownCache.set(ids, text);
	}
	return text;
}

/** Check a pair key against the known actors; returns an error text or null. */
function pairProblem(pair: string, actorIds: Set<string>): string | null {
	const ids = splitPair(pair);
	if (!ids) return `pair (${pair}) must be two actor ids joined by "-", such as "JPN-KOR"`;
	for (const id of ids) {
		if (!actorIds.has(id)) return `pair (${show(pair)}): unknown actor "${show(id)}"; known: ${known(actorIds)}`;
	}
	if (ids[0] === ids[1]) return `pair (${pair}) names the same actor twice`;
	if (ids[0] > ids[1]) return `pair (${pair}) must be in alphabetical order: "${ids[1]}-${ids[0]}"`;
	return null;
}

/** Validate every part of a dataset; all problems are reported, not just the first. */
export function validateDataset(input: DatasetInput, names: FileNames = DEFAULT_FILE_NAMES): ValidationResult {
	const errors: string[] = [];

	let meta: DatasetMeta | undefined;
	const metaStrict = strictProblems(MetaSchema, input.meta);
	const metaResult = v.safeParse(MetaSchema, input.meta);
	if (metaStrict.length) for (const m of metaStrict) errors.push(`${names.meta}: meta: ${m}`);
	else if (metaResult.success) {
		meta = metaResult.output;
		if (meta.years.from > meta.years.to)
			errors.push(`${names.meta}: meta: years.from (${meta.years.from}) is after years.to (${meta.years.to})`);
		else if (meta.years.to - meta.years.from + 1 > LIMITS.span)
			errors.push(
				`${names.meta}: meta: years ${meta.years.from}..${meta.years.to} span ${meta.years.to - meta.years.from + 1} years; at most ${LIMITS.span}`
			);
	} else {
		for (const m of issueMessages(metaResult.issues)) errors.push(`${names.meta}: meta: ${m}`);
	}

	const actors = checkList(names.actors, 'actors', input.actors, ActorSchema, errors);
	checkUniqueIds(names.actors, 'actors', actors, errors);
	if (Array.isArray(input.actors) && input.actors.length < 2)
		errors.push(`${names.actors}: actors has ${input.actors.length === 0 ? 'no states' : 'one state'}: a dataset needs at least two`);
	const actorIds = new Set(actors.map((a) => a.value.id));

	const sources = checkList(names.sources, 'sources', input.sources, SourceSchema, errors);
	checkUniqueIds(names.sources, 'sources', sources, errors);
	const sourceIds = new Set(sources.map((s) => s.value.id));

	const evidence = checkList(names.evidence, 'evidence', input.evidence, EvidenceSchema, errors);
	checkUniqueIds(names.evidence, 'evidence', evidence, errors);
	for (const { index, value: e } of evidence) {
		const at = `${names.evidence}: ${where('evidence', index, e)}`;
		const problem = pairProblem(e.pair, actorIds);
		if (problem) errors.push(`${at}: ${problem}`);
		const kinds: readonly string[] = e.layer === 'military' ? MILITARY_KINDS : TENSION_KINDS;
		if (!kinds.includes(e.kind)) errors.push(`${at}: kind (${e.kind}) belongs to the other layer; ${e.layer} kinds: ${kinds.join(', ')}`);
		if (e.to !== undefined) {
			const from = parsePartialDate(e.from);
			const to = parsePartialDate(e.to);
			if (from && to && to.last < from.first) errors.push(`${at}: to (${e.to}) is before from (${e.from})`);
		}
		for (const s of e.sources) {
			if (!sourceIds.has(s)) errors.push(`${at}: source "${s}" is not in ${names.sources}`);
		}
	}

	const trade = checkList(names.trade, 'trade', input.trade, TradeSchema, errors);
	const tradeKeys = new Map<string, number>();
	for (const { index, value: t } of trade) {
		const at = `${names.trade}: ${where('trade', index, t)}`;
		const problem = pairProblem(t.pair, actorIds);
		if (problem) errors.push(`${at}: ${problem}`);
		if (meta && (t.year < meta.years.from || t.year > meta.years.to)) {
			errors.push(`${at}: year (${t.year}) is out of range: the dataset covers ${meta.years.from}..${meta.years.to}`);
		}
		if (!sourceIds.has(t.source)) errors.push(`${at}: source "${t.source}" is not in ${names.sources}`);
		const key = `${t.pair} ${t.year} ${t.reporter}`;
		const first = tradeKeys.get(key);
		if (first !== undefined) errors.push(`${at}: duplicate figure for reporter ${t.reporter} (first at trade[${first}])`);
		else tradeKeys.set(key, index);
	}

	const inYears = (y: number) => !meta || (y >= meta.years.from && y <= meta.years.to);
	const range = () => (meta ? `${meta.years.from}..${meta.years.to}` : '');
	const totals = input.totals === undefined ? [] : checkList(names.totals, 'totals', input.totals, TotalSchema, errors);
	const totalKeys = new Map<string, number>();
	for (const { index, value: t } of totals) {
		const at = `${names.totals}: ${where('totals', index, t)}`;
		if (!actorIds.has(t.actor)) errors.push(`${at}: actor "${show(t.actor)}" is unknown; known: ${known(actorIds)}`);
		if (!inYears(t.year)) errors.push(`${at}: year (${t.year}) is out of range: the dataset covers ${range()}`);
		if (!sourceIds.has(t.source)) errors.push(`${at}: source "${t.source}" is not in ${names.sources}`);
		const key = `${t.actor} ${t.year}`;
		const first = totalKeys.get(key);
		if (first !== undefined) errors.push(`${at}: a second total for ${key} (first at totals[${first}])`);
		else totalKeys.set(key, index);
	}
	const gaps = input.gaps === undefined ? [] : checkList(names.gaps, 'gaps', input.gaps, GapSchema, errors);
	for (const { index, value: g } of gaps) {
		const at = `${names.gaps}: ${where('gaps', index, g)}`;
		const problem = pairProblem(g.pair, actorIds);
		if (problem) errors.push(`${at}: ${problem}`);
		if (g.to < g.from) errors.push(`${at}: to (${g.to}) is before from (${g.from})`);
		if (!inYears(g.from) || !inYears(g.to)) errors.push(`${at}: years ${g.from}..${g.to} are out of range: the dataset covers ${range()}`);
	}

	// Scores are computed for every pair and year: bound that work before anything is scored.
	if (meta && actors.length > 1) {
		const pairYears = ((actors.length * (actors.length - 1)) / 2) * (meta.years.to - meta.years.from + 1);
		if (pairYears > LIMITS.pairYears)
			errors.push(
				`${names.meta}: ${actors.length} states over ${meta.years.to - meta.years.from + 1} years make ${pairYears} pair-years to score; at most ${LIMITS.pairYears} (fewer states or years)`
			);
	}
	if (Array.isArray(input.evidence) && Array.isArray(input.trade) && input.evidence.length === 0 && input.trade.length === 0)
		errors.push(`${names.evidence}: the dataset has no evidence and no trade figures: nothing to score`);

	if (errors.length > 0 || !meta) return { ok: false, errors };
	return {
		ok: true,
		dataset: {
			meta,
			actors: actors.map((a) => a.value as Actor),
			sources: sources.map((s) => s.value as Source),
			evidence: evidence.map((e) => e.value as Evidence),
			trade: trade.map((t) => t.value as TradeFigure),
			totals: totals.map((t) => t.value as TradeTotal),
			gaps: gaps.map((g) => g.value as TradeGap)
		}
	};
}
