/**
 * The dated evidence as a timeline: each record with its short title, dates, magnitude and sources,
 * filtered by years, pair, state and layer, in date order. Pure; `GET /api/events`, the page's
 * timeline and the focus panel's chart all read it.
 */
import { parsePartialDate, yearDays } from './dates';
import { pairKey, splitPair } from './pairs';
import { KIND_RULES } from './rules';
import { echo, yearParam } from './validate';
import { EVIDENCE_LAYERS, type Dataset, type Evidence, type EvidenceKind, type EvidenceLayer } from './types';

export interface EventSource {
	title: string;
	publisher: string;
	url: string;
	date: string;
}

export interface TimelineEvent {
	id: string;
	pair: string;
	layer: EvidenceLayer;
	kind: EvidenceKind;
	from: string;
	/** The end of a period (inclusive); null for a one-off event or a period still in force. */
	to: string | null;
	/** A period (in force from `from` to `to`, or still) rather than a one-off event. */
	period: boolean;
	magnitude: 1 | 2 | 3;
	confirmed: boolean;
	title: string;
	sources: EventSource[];
}

export interface EventQuery {
	/** Whole years, inclusive: an event dated in them, or a period in force during any of them. */
	from: number;
	to: number;
	pair?: string;
	actor?: string;
	layer?: EvidenceLayer;
}

/** Whether a record holds over a span of time (it has an end, or its kind counts while in force). */
export function isPeriod(e: Pick<Evidence, 'kind' | 'to'>): boolean {
	return e.to !== undefined || KIND_RULES[e.kind].timing === 'period';
}

/** The first and last day of a record, in UTC days; a period still in force runs on without end. */
function span(e: Evidence): { first: number; last: number } {
	const first = parsePartialDate(e.from)!.first;
	if (e.to !== undefined) return { first, last: parsePartialDate(e.to)!.last };
	return { first, last: isPeriod(e) ? Infinity : parsePartialDate(e.from)!.last };
}

type EventSet = Pick<Dataset, 'evidence' | 'sources'>;
const allEvents = new WeakMap<EventSet, { event: TimelineEvent; first: number; last: number }[]>();

/** Every record of a dataset as a timeline event with its span, by start date (then id); computed once per dataset. */
function eventsOf(dataset: EventSet) {
	let events = allEvents.get(dataset);
	if (!events) {
		const sources = new Map(dataset.sources.map((s) => [s.id, s]));
		events = dataset.evidence
			.map((e) => ({ event: toEvent(e, sources), ...span(e) }))
			.sort((a, b) => a.first - b.first || a.event.id.localeCompare(b.event.id));
		allEvents.set(dataset, events);
	}
	return events;
}

/** The dataset's events that match a query, by start date (then id). */
export function queryEvents(dataset: EventSet, q: EventQuery): TimelineEvent[] {
	const lo = yearDays(q.from).first;
	const hi = yearDays(q.to).last;
	return eventsOf(dataset)
		.filter(({ event: e, first, last }) => {
			if (q.pair && e.pair !== q.pair) return false;
			if (q.actor && !splitPair(e.pair)?.includes(q.actor)) return false;
			if (q.layer && e.layer !== q.layer) return false;
			return first <= hi && last >= lo;
		})
		.map((x) => x.event);
}

function toEvent(e: Evidence, sources: Map<string, Dataset['sources'][number]>): TimelineEvent {
	return {
		id: e.id,
		pair: e.pair,
		layer: e.layer,
		kind: e.kind,
		from: e.from,
		to: e.to ?? null,
		period: isPeriod(e),
		magnitude: e.magnitude,
		confirmed: e.confirmed,
		title: e.title ?? e.id,
		sources: e.sources.flatMap((id) => {
			const s = sources.get(id);
			return s ? [{ title: s.title, publisher: s.publisher, url: s.url, date: s.date }] : [];
		})
	};
}

export interface ParamError {
	param: string;
	error: string;
}

/** Parse `from`, `to`, `pair`, `actor` and `layer` of GET /api/events; years default to the dataset's. */
export function parseEventQuery(
	params: URLSearchParams,
	ctx: { years: { from: number; to: number }; actorIds: readonly string[] }
): { ok: true; query: EventQuery } | { ok: false; errors: ParamError[] } {
	const errors: ParamError[] = [];
	const known = ['from', 'to', 'pair', 'actor', 'layer'];
	for (const key of new Set(params.keys())) {
		if (!known.includes(key)) errors.push({ param: key, error: `unknown parameter ${echo(key)}; allowed: ${known.join(', ')}` });
		else if (params.getAll(key).length > 1)
			errors.push({ param: key, error: `${key} is given ${params.getAll(key).length} times; give it once` });
	}
	const { from: first, to: last } = ctx.years;
	const year = (param: 'from' | 'to', fallback: number) => {
		const raw = params.get(param);
		if (raw === null) return fallback;
		const r = yearParam(param, raw, ctx.years);
		if ('error' in r) errors.push({ param, error: r.error });
		return 'year' in r ? r.year : fallback;
	};
	const query: EventQuery = { from: year('from', first), to: year('to', last) };
	if (query.from > query.to) errors.push({ param: 'from', error: `from=${query.from} is after to=${query.to}; give from ≤ to` });
	const ids = [...ctx.actorIds].sort().join(', ');
	const pair = params.get('pair');
	if (pair !== null) {
		const parts = splitPair(pair);
		if (!parts || parts[0] === parts[1] || !parts.every((id) => ctx.actorIds.includes(id)))
			errors.push({
				param: 'pair',
				error: `pair=${echo(pair)} is not allowed: pair must be two different states as A-B, of ${ids}`
			});
		else query.pair = pairKey(parts[0], parts[1]);
	}
	const actor = params.get('actor');
	if (actor !== null) {
		if (!ctx.actorIds.includes(actor))
			errors.push({ param: 'actor', error: `actor=${echo(actor)} is not allowed: actor must be one of ${ids}` });
		else query.actor = actor;
	}
	const layer = params.get('layer');
	if (layer !== null) {
		if (!(EVIDENCE_LAYERS as readonly string[]).includes(layer))
			errors.push({
				param: 'layer',
				error: `layer=${echo(layer)} is not allowed: layer must be ${EVIDENCE_LAYERS.join(' or ')} (trade comes from yearly figures, not dated events)`
			});
		else query.layer = layer as EvidenceLayer;
	}
	return errors.length ? { ok: false, errors } : { ok: true, query };
}
