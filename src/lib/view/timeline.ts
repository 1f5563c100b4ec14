/**
 * The events timeline's layout: which events a view shows, and where each mark goes. One-off events
 * are marks at their date — military above the axis (circles), tension below (diamonds), sized by
 * magnitude, stacked into lanes where they would overlap; periods are bars in their own lanes at the
 * top. Pure; the component draws and handles keys.
 */
import { yearPosition } from './chart';
import { parsePartialDate, yearOfDay, yearDays } from '../data/dates';
import type { TimelineEvent } from '../data/events';

export interface TimelineMark {
	event: TimelineEvent;
	/** Centre (events) or start (periods), and for periods the end, in timeline units. */
	x: number;
	x2: number;
	y: number;
	r: number;
	/** The year activating the mark moves to: the event's, clamped to the dataset's years. */
	year: number;
}

export interface TimelineLayout {
	width: number;
	height: number;
	axisY: number;
	marks: TimelineMark[];
	ticks: { year: number; x: number }[];
}

export const TIMELINE_WIDTH = 640;
const PAD = 10;
const LANE = 9;
const BAR_LANE = 5;
const MAX_LANES = 4;
const MAX_BAR_LANES = 10;

/**
 * The events a view's timeline shows: a pair's, or a state's, or (with neither) the major and severe
 * events and the periods that begin within the years; always only between the states drawn.
 */
export function timelineEvents(
	events: readonly TimelineEvent[],
	filter: { pair?: string | null; actor?: string | null; states?: readonly string[] | null; from?: number }
): TimelineEvent[] {
	const drawn = filter.states;
	const within = drawn ? events.filter((e) => e.pair.split('-').every((id) => drawn.includes(id))) : events;
	if (filter.pair) return within.filter((e) => e.pair === filter.pair);
	if (filter.actor) return within.filter((e) => e.pair.split('-').includes(filter.actor!));
	return within.filter((e) => e.magnitude >= 2 && (!e.period || filter.from === undefined || Number(e.from.slice(0, 4)) >= filter.from));
}

/** Greedy lane packing: the first lane whose last mark ends before `start`; the last lane if none. */
function lane(ends: number[], start: number, end: number, max: number): number {
	let i = ends.findIndex((e) => e < start);
	if (i === -1) i = ends.length < max ? ends.length : ends.indexOf(Math.min(...ends));
	ends[i] = end;
	return i;
}

export function timelineLayout(events: readonly TimelineEvent[], years: { from: number; to: number }): TimelineLayout {
	const span = years.to + 1 - years.from;
	const x = (t: number) =>
		Math.round((PAD + ((Math.min(Math.max(t, years.from), years.to + 1) - years.from) / span) * (TIMELINE_WIDTH - 2 * PAD)) * 10) / 10;
	const bars = events.filter((e) => e.period);
	const points = events.filter((e) => !e.period);
	const barEnds: number[] = [];
	const milEnds: number[] = [];
	const tenEnds: number[] = [];
	const barLanes = bars.map((e) => {
		// A period runs from the first day its start names to the last day its end names.
		const x1 = x(dayPosition(parsePartialDate(e.from)!.first));
		const x2 = e.to ? x(dayPosition(parsePartialDate(e.to)!.last + 1)) : x(years.to + 1);
		return { e, x1, x2: Math.max(x2, x1 + 3), lane: lane(barEnds, x1, Math.max(x2, x1 + 3) + 2, MAX_BAR_LANES) };
	});
	const barRows = Math.max(0, ...barLanes.map((b) => b.lane + 1));
	const pointLanes = points.map((e) => {
		const cx = x(yearPosition(e.from));
		const r = 2 + e.magnitude;
		const ends = e.layer === 'military' ? milEnds : tenEnds;
		return { e, cx, r, lane: lane(ends, cx - r, cx + r + 1, MAX_LANES) };
	});
	const milRows = Math.max(1, ...pointLanes.filter((p) => p.e.layer === 'military').map((p) => p.lane + 1));
	const tenRows = Math.max(1, ...pointLanes.filter((p) => p.e.layer !== 'military').map((p) => p.lane + 1));
	const barTop = 4;
	const axisY = barTop + barRows * BAR_LANE + 6 + milRows * LANE + 2;
	const clampYear = (d: string) => Math.min(years.to, Math.max(years.from, Number(d.slice(0, 4))));
	const marks: TimelineMark[] = [
		...barLanes.map(({ e, x1, x2, lane }) => ({ event: e, x: x1, x2, y: barTop + lane * BAR_LANE, r: 0, year: clampYear(e.from) })),
		...pointLanes.map(({ e, cx, r, lane }) => ({
			event: e,
			x: cx,
			x2: cx,
			y: e.layer === 'military' ? axisY - 2 - LANE / 2 - lane * LANE : axisY + 2 + LANE / 2 + lane * LANE,
			r,
			year: clampYear(e.from)
		}))
	].sort((a, b) => a.x - b.x || a.event.id.localeCompare(b.event.id));
	const ticks: { year: number; x: number }[] = [];
	for (let y = Math.ceil(years.from / 5) * 5; y <= years.to; y += 5) ticks.push({ year: y, x: x(y) });
	return { width: TIMELINE_WIDTH, height: axisY + 2 + tenRows * LANE + 16, axisY, marks, ticks };
}

/** A UTC day as a year and fraction (1 January 2016 is 2016.0). */
function dayPosition(day: number): number {
	const year = yearOfDay(day);
	const { first, last } = yearDays(year);
	return year + (day - first) / (last - first + 1);
}

/** What a screen reader hears for a mark: its date and short title, then layer and size. */
export function markLabel(e: TimelineEvent): string {
	const size = ['minor', 'major', 'severe'][e.magnitude - 1];
	const when = e.period ? `${e.from} to ${e.to ?? 'now'}` : e.from;
	return `${when}: ${e.title} (${e.layer}, ${size}${e.period ? ', period' : ''})`;
}
