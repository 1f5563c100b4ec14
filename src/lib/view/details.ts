/**
 * What the focus panel shows for a state: its ties ranked, each with the evidence behind every
 * score (the contribution and reason from the rubric, the record's own words, its sources) and the
 * pair's three scores across all years for the small chart.
 */
import type { Contribution } from '../data/contribution';
import { queryEvents, type TimelineEvent } from '../data/events';
import { scoreSeries } from '../data/rubric';
import type { Dataset, Evidence, Source } from '../data/types';
import { rankedTies, type Graph, type TieWithWeight } from '../graph/graph';

export interface EvidenceDetail {
	contribution: Contribution;
	evidence: Evidence;
	sources: Source[];
}

export interface TieDetail {
	tie: TieWithWeight;
	partner: string;
	military: EvidenceDetail[];
	tension: EvidenceDetail[];
	tradeSources: Source[];
	series: { year: number; military: number; trade: number | null; tension: number; tradeStatus: string }[];
	/** The pair's dated evidence over the dataset's years, for the chart's event marks (no sources: the panel lists those). */
	events: ChartEvent[];
}

/** What the tie chart needs of an event. */
export type ChartEvent = Pick<TimelineEvent, 'id' | 'from' | 'layer' | 'magnitude' | 'title' | 'period'>;

export interface FocusDetails {
	actor: string;
	name: string;
	ties: TieDetail[];
}

export function focusDetails(dataset: Dataset, graph: Graph, actor: string): FocusDetails {
	const evidence = new Map(dataset.evidence.map((e) => [e.id, e]));
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	const detail = (c: Contribution): EvidenceDetail => {
		const e = evidence.get(c.evidence)!;
		return { contribution: c, evidence: e, sources: e.sources.map((id) => sources.get(id)!).filter(Boolean) };
	};
	return {
		actor,
		name: names.get(actor) ?? actor,
		ties: rankedTies(graph, actor).map((tie) => ({
			tie,
			partner: tie.source === actor ? tie.target : tie.source,
			military: tie.military.map(detail),
			tension: tie.tension.map(detail),
			tradeSources: tie.trade.sources.map((id) => sources.get(id)!).filter(Boolean),
			events: queryEvents(dataset, { ...dataset.meta.years, pair: tie.pair }).map(({ id, from, layer, magnitude, title, period }) => ({
				id,
				from,
				layer,
				magnitude,
				title,
				period
			})),
			series: scoreSeries(dataset, tie.pair).map((t) => ({
				year: t.year,
				military: t.scores.military,
				trade: t.scores.trade,
				tension: t.scores.tension,
				tradeStatus: t.trade.status
			}))
		}))
	};
}
